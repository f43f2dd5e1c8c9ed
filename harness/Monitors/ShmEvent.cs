namespace Weft.Monitors;

/// <summary>
/// Emitted by the controlled build of <c>Weft.Ipc.SimulatedIpc</c> (names, crashes) and
/// <c>Weft.Ipc.GuardedSharedMemory</c> (pid table), right after the step it reports (no scheduling point between).
/// <paramref name="Segment"/> is the simulated object's number within the iteration (its incarnation), 0 for a crash;
/// <paramref name="Process"/> is the acting process's simulated pid.
/// </summary>
public readonly record struct ShmEvent(ShmOp Op, int Segment, int Process, int Slot = -1, int Value = 0, bool Cleared = false);
