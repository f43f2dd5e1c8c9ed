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
