using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="HandWrittenMirror"/>'s counterpart of the library's abstract <c>Reclaimer</c>: the stack reaches the
/// scheme through the same abstract class and virtual <see cref="Retire"/>, with the pool and configuration as
/// properties, so the mirror pays for the same dispatch as the library.
/// </summary>
internal abstract class MirrorReclaimer
{
    protected MirrorReclaimer(MirrorPool pool, WeftConfig config)
    {
        Pool = pool;
        Config = config;
    }

    public MirrorPool Pool { get; }
    public WeftConfig Config { get; }

    /// <summary>Hands an unlinked node to the scheme.</summary>
    public abstract void Retire(MirrorThread t, long handle);
}
