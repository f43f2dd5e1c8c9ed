namespace Weft.Engine;

/// <summary>
/// One thread's state under the release/acquire model: its happens-before clock, the clock of its last fence (a relaxed
/// store after a fence carries it, so an acquire load reading that store synchronizes with the fence), the clocks of the
/// stores its relaxed loads read since its last fence (a later fence acquires them), and whether it has yielded since
/// its last load (see <see cref="RaMemory"/> on spin loops).
/// </summary>
internal sealed class RaThreadView
{
    public readonly VectorClock Clock = new();
    public readonly VectorClock FenceRelease = new();
    public readonly VectorClock AcquirePending = new();
    public bool YieldedSinceLoad;

    public void Clear()
    {
        Clock.Clear();
        FenceRelease.Clear();
        AcquirePending.Clear();
        YieldedSinceLoad = false;
    }
}
