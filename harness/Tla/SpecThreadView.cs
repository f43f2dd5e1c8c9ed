namespace Weft.Tla;

/// <summary>
/// Where a spec thread is: paused at a label, finished, or inside a futex wait (<paramref name="InFutexWait"/>:
/// asleep in it, <paramref name="Asleep"/>, or woken and not yet resumed; the spec's pc is then the label after the
/// wait and, while asleep, the thread is in the spec's set of sleepers). <paramref name="TimedOut"/>: the thread's
/// last timed futex wait ended by the engine expiring it (it stays set until the thread blocks again).
/// </summary>
public sealed record SpecThreadView(int SpecThread, string? Label, bool Completed, bool InFutexWait = false, bool Asleep = false, bool TimedOut = false);
