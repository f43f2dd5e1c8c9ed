using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// StackMatchesAbstract (tla/Treiber): an abstract stack follows the linearization points (a push's and a pop's
/// winning CAS), and after each of them the payloads read from top down must be exactly the abstract stack. With
/// ABA, a stale CAS installs a node that is no longer on the stack, and the two part ways at that CAS.
/// Attach it to tests of <c>TreiberStack</c> (it reacts only to <see cref="StackEvent"/>).
/// </summary>
public sealed class StackMatchesAbstractMonitor : PropertyMonitor, IMonitorOf<StackEvent>
{
    private readonly AbstractStacks _abstractStacks = new();

    public override void OnEvent(object e) { }

    public void On(in StackEvent e)
    {
        if (e.Step == StackStep.PopResult) return;
        var abs = _abstractStacks.Apply(in e, out _);
        if (!e.Payloads.SequenceEqual(abs))
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"after thread {e.Thread}'s {StepName(e.Step)} the stack reads {Show(e.Payloads)} from top, but the abstract stack is {Show(abs)}"));
    }

    private static string StepName(StackStep step) => step switch
    {
        StackStep.Push => "push",
        StackStep.Exchanged => "exchange (a push eliminated by its pop)",
        _ => "pop",
    };

    private static string Show(IEnumerable<long> xs) => "[" + string.Join(", ", xs.Select(x => x.ToString(CultureInfo.InvariantCulture))) + "]";
}

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

/// <summary>The abstract stacks of the stack monitors, one per stack, following the linearization points.</summary>
internal sealed class AbstractStacks
{
    private readonly Dictionary<int, List<long>> _stacks = new();

    /// <summary>Applies a push or a pop; <paramref name="popped"/> is the value an abstract pop returned (null on an empty stack).</summary>
    public List<long> Apply(in StackEvent e, out long? popped)
    {
        if (!_stacks.TryGetValue(e.Stack, out var abs)) _stacks[e.Stack] = abs = new List<long>();
        popped = null;
        if (e.Step == StackStep.Push) abs.Insert(0, e.Value);
        else if (e.Step == StackStep.Pop && abs.Count > 0)
        {
            popped = abs[0];
            abs.RemoveAt(0);
        }
        return abs;
    }
}
