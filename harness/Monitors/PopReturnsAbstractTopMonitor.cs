using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// PopReturnsAbstractTop (tla/Treiber): every pop returns the value the abstract stack popped at the pop's
/// linearization point (its winning CAS).
/// </summary>
public sealed class PopReturnsAbstractTopMonitor : PropertyMonitor, IMonitorOf<StackEvent>
{
    private readonly AbstractStacks _abstractStacks = new();
    private readonly Dictionary<(int Stack, int Thread), long?> _expect = new();

    public override void OnEvent(object e) { }

    public void On(in StackEvent e)
    {
        switch (e.Step)
        {
            case StackStep.Push:
                _abstractStacks.Apply(in e, out _);
                break;
            case StackStep.Pop:
                _abstractStacks.Apply(in e, out var popped);
                _expect[(e.Stack, e.Thread)] = popped;
                break;
            case StackStep.Exchanged:
                _expect[(e.Stack, e.Thread)] = e.Value; // the abstract push of Value, then the pop, which returns it
                break;
            case StackStep.PopResult:
                _expect.TryGetValue((e.Stack, e.Thread), out var want);
                if (want != e.Value)
                    Fail(string.Create(CultureInfo.InvariantCulture,
                        $"thread {e.Thread}'s pop returned {e.Value}, but at its linearization point the abstract stack's top was {(want is { } w ? w.ToString(CultureInfo.InvariantCulture) : "nothing (empty)")}"));
                break;
        }
    }
}
