using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="HandWrittenMirror"/>'s counterpart of <c>ImmediateReclaimer</c>: a retired node goes straight back to
/// the pool (safe only because the pool is type-stable and its handles are generation-tagged), with the library's
/// test of the seeded defect <see cref="SeededBug.DoubleRetire"/> on the path.
/// </summary>
internal sealed class MirrorImmediate(MirrorPool pool, WeftConfig config) : MirrorReclaimer(pool, config)
{
    public override void Retire(MirrorThread t, long handle)
    {
        Pool.MarkRetired(handle);
        Pool.Free(t.Index, handle);
        if (Config.SeededBug == SeededBug.DoubleRetire) Pool.Free(t.Index, handle);
    }
}
