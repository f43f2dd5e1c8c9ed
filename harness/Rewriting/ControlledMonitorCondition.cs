namespace Weft.Rewriting;

/// <summary>The wait set of a controlled monitor: what threads in <c>Monitor.Wait</c> block on.</summary>
internal sealed class ControlledMonitorCondition
{
    public override string ToString() => "monitor wait set";
}
