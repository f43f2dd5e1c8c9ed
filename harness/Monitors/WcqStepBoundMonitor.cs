using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// WaitFree (tla/wCQ/wCQ.tla; wCQ, Nikolaev and Ravindran SPAA 2022): every operation of a wCQ ring completes within its
/// bound of its own steps, <c>steps[t] - helpSteps[t] &lt;= OwnBound /\ helpSteps[t] &lt;= HelpBound</c>. A thread's
/// steps are the scheduling points it reaches (every shared-memory access of the controlled build); the bound is
/// <c>WcqRing.StepBound</c>. An operation above it was outrun by the others longer than helping allows: wCQ without
/// helping is only lock-free (the seeded defect <c>WcqNoHelping</c>). An operation that never returns is the engine's
/// livelock report (MaxSteps). Attach it to tests of <c>WcqRing</c>/<c>WcqQueue</c>.
/// </summary>
public sealed class WcqStepBoundMonitor : PropertyMonitor, IMonitorOf<WcqOperationStepsEvent>
{
    public override void OnEvent(object e) { }

    public void On(in WcqOperationStepsEvent e)
    {
        string op = e.Dequeue ? "dequeue" : "enqueue";
        long own = e.Steps - e.HelpSteps;
        if (own > e.OwnBound)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"an {op} of record {e.Record} on ring {e.Ring} took {own} of its own steps outside Help, above its wait-freedom bound {e.OwnBound}"));
        else if (e.HelpSteps > e.HelpBound)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"an {op} of record {e.Record} on ring {e.Ring} took {e.HelpSteps} of its own steps helping another request, above the bound {e.HelpBound}"));
    }
}
