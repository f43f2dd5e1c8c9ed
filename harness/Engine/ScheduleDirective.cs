namespace Weft.Engine;

/// <summary>
/// One non-default decision of a guided run. A thread directive (<see cref="Ordinal"/> -1) says: at the decision that
/// follows the <see cref="AnchorCount"/>-th selection of thread <see cref="AnchorThread"/>, run thread
/// <see cref="Value"/>. A value directive says: the <see cref="Ordinal"/>-th value choice after that decision is
/// <see cref="Value"/>. A lazy thread directive waits from its anchor until switching is free (the anchor thread
/// blocks, finishes or yields) and then runs <see cref="Value"/>: the preemption-free form of a context switch.
/// A point directive (<see cref="Point"/> set) ignores the count: it applies the first time thread
/// <see cref="AnchorThread"/> is paused at that program point when a decision is made, whatever its count; it re-places a
/// preemption at the same place in the code after other directives changed how the thread got there.
/// A flush directive (<see cref="Value"/> at or above <see cref="ControlledRuntime.FlushIdBase"/>, TSO) flushes the
/// oldest store of thread <see cref="Value"/> - FlushIdBase at a decision of its anchor; a flush is not a selection, so
/// one anchor can have several, taken in order before its thread directive.
/// <see cref="Preemptive"/> records whether taking it preempted an enabled thread, <see cref="Decision"/> the number of
/// the thread decision at (or after) which it was taken: both describe a realized directive, not what it asks for.
/// </summary>
internal readonly record struct ScheduleDirective(int AnchorThread, int AnchorCount, int Ordinal, int Value, bool Lazy, bool Preemptive)
{
    public int Decision { get; init; }

    /// <summary>Where the anchor thread was paused when the directive was taken (realized), or where it applies (a point directive).</summary>
    public ProgramPoint? Point { get; init; }

    /// <summary>True for a flush directive (see the type's summary).</summary>
    public bool IsFlush => Value >= ControlledRuntime.FlushIdBase;

    /// <summary>True for a point directive (see the type's summary).</summary>
    public bool AtPoint { get; init; }
}
