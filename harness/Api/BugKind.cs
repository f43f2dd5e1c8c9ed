namespace Weft;

/// <summary>The classes of bug the engine reports.</summary>
public enum BugKind
{
    /// <summary>A <c>Checker.Assert</c> or a safety monitor failed.</summary>
    Assertion,
    /// <summary>An exception escaped a controlled thread.</summary>
    UnhandledException,
    /// <summary>No thread is enabled but some are blocked.</summary>
    Deadlock,
    /// <summary>A liveness monitor stayed hot at the end of an iteration or past the step threshold.</summary>
    Liveness,
    /// <summary>The iteration exceeded the step bound: a suspected livelock.</summary>
    StepBoundExceeded,
    /// <summary>A controlled thread blocked outside the runtime (a real lock, sleep, I/O or an endless loop without controlled operations).</summary>
    UncontrolledBlocking,
    /// <summary>Two accesses to one plain location, at least one a write, not ordered by happens-before (the race detector, <see cref="CheckOptions.RaceDetector"/>).</summary>
    DataRace,
}
