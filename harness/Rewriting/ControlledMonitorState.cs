namespace Weft.Rewriting;

/// <summary>
/// The controlled state of one object's monitor (<see cref="ControlledMonitor"/>) in one iteration: its owner and
/// recursion count, and the object its <c>Wait</c>ers block on. A scheduler-side record: user code never sees it.
/// </summary>
internal sealed class ControlledMonitorState
{
    /// <summary>The iteration the state belongs to (<c>SchedulingHooks.IterationSerial</c>); a state of an older one is reset.</summary>
    public long Iteration;

    /// <summary>The controlled thread id of the owner, -1 when free.</summary>
    public int Owner = -1;

    /// <summary>How many times the owner has entered (Monitor is reentrant).</summary>
    public int Count;

    /// <summary>What threads in <c>Monitor.Wait</c> block on until a <c>Pulse</c> wakes them (the lock's waiters block on the state itself).</summary>
    public object Condition = new ControlledMonitorCondition();

    public void Reset(long iteration)
    {
        Iteration = iteration;
        Owner = -1;
        Count = 0;
        Condition = new ControlledMonitorCondition();
    }

    public override string ToString() => Owner < 0 ? "monitor (free)" : $"monitor (held by thread {Owner})";
}
