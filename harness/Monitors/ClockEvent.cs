namespace Weft.Monitors;

/// <summary>
/// A thread observed the global clock of one reclaimer instance (IBR's era, DEBRA's epoch): every load of the clock,
/// the value an atomic read-modify-write of it read and the value it wrote, and any plain store to it.
/// <paramref name="Reclaimer"/> is the reclaimer's object id (unique within the iteration), so two reclaimers of the
/// same scheme in one test keep separate clocks; <paramref name="Clock"/> names the clock for messages.
/// <paramref name="Wrote"/> is true when the thread wrote <paramref name="Value"/> (false: it read it).
/// </summary>
public readonly record struct ClockEvent(int Reclaimer, string Clock, long Value, int Thread, bool Wrote);
