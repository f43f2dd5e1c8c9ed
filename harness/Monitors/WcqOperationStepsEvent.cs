namespace Weft.Monitors;

/// <summary>
/// Emitted by <c>WcqRing</c> (controlled build) when an operation of record <paramref name="Record"/> returns: its own
/// scheduling points (<paramref name="Steps"/>, of which <paramref name="HelpSteps"/> in Help running another thread's
/// request) and the ring's bound for each part (<c>WcqRing.StepBound</c>).
/// </summary>
public readonly record struct WcqOperationStepsEvent(int Ring, int Record, bool Dequeue, long Steps, long HelpSteps, long OwnBound, long HelpBound);
