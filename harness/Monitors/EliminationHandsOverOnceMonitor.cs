using System;
using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// EliminationHandsOverOnce (the elimination array of <c>TreiberStack</c>, Hendler, Shavit and Yerushalmi, SPAA
/// 2004): an offered value is handed over at most once and only while it is offered. Follows every offer of every
/// elimination array from its posting to its end and fails when
/// <list type="bullet">
/// <item>a pop takes an offer that is not posted (never posted, withdrawn, or already taken: a value taken twice),
/// or takes a value other than the one offered;</item>
/// <item>an offerer withdraws an offer a pop already took (its push would go on and push the value as well: the
/// value reaches two pops, or a pop and the stack);</item>
/// <item>an offerer returns from its push as handed over although no pop took its offer (the value is lost);</item>
/// <item>a thread posts an offer while its previous one is still open.</item>
/// </list>
/// Attach it to tests of a stack built with an elimination array (it reacts only to <see cref="ExchangeEvent"/>).
/// </summary>
public sealed class EliminationHandsOverOnceMonitor : PropertyMonitor, IMonitorOf<ExchangeEvent>
{
    private readonly Dictionary<(int Exchanger, int Offerer), Open> _open = new();

    /// <summary>A posted offer: its number, its value, and the thread that took it (-1: not taken).</summary>
    private sealed class Open(long sequence, long value)
    {
        public long Sequence { get; } = sequence;
        public long Value { get; } = value;
        public int Taker { get; set; } = -1;
    }

    public override void OnEvent(object e) { }

    public void On(in ExchangeEvent e)
    {
        var key = (e.Exchanger, e.Offerer);
        _open.TryGetValue(key, out var open);
        switch (e.Step)
        {
            case ExchangeStep.Offered:
                if (open is not null) Fail(Text($"thread index {e.Offerer} posted offer #{e.Sequence} while its offer #{open.Sequence} is still open"));
                else _open[key] = new Open(e.Sequence, e.Value);
                break;
            case ExchangeStep.Taken:
                if (open is null || open.Sequence != e.Sequence)
                    Fail(Text($"thread {e.Thread}'s pop took offer #{e.Sequence} of thread index {e.Offerer}, which is not posted (value {e.Value} handed over after its offer ended)"));
                else if (open.Taker >= 0)
                    Fail(Text($"thread {e.Thread}'s pop took offer #{e.Sequence} (value {e.Value}) of thread index {e.Offerer}, which thread {open.Taker}'s pop already took: the value is handed over twice"));
                else if (open.Value != e.Value)
                    Fail(Text($"thread {e.Thread}'s pop took value {e.Value} from offer #{e.Sequence} of thread index {e.Offerer}, which offered {open.Value}"));
                else open.Taker = e.Thread;
                break;
            case ExchangeStep.Withdrawn:
                if (open is { Taker: >= 0 })
                    Fail(Text($"thread index {e.Offerer} withdrew its offer #{e.Sequence} of value {e.Value} after thread {open.Taker}'s pop took it: the push goes on and the value is pushed as well (handed over twice)"));
                else _open.Remove(key);
                break;
            case ExchangeStep.HandedOver:
                if (open is not { Taker: >= 0 })
                    Fail(Text($"thread index {e.Offerer}'s push returned as handed over, but no pop took its offer #{e.Sequence} of value {e.Value}: the value is lost"));
                else _open.Remove(key);
                break;
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
