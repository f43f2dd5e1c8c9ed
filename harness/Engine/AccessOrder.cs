namespace Weft.Engine;

/// <summary>
/// The memory order of a shared access as the engine sees it: the atomics layer's <c>Weft.Atomics.MemoryOrder</c>,
/// value for value (the production build of the atomics layer does not reference the harness, so the engine keeps
/// its own copy of the five names). Locks, futex operations and thread creation/join are reported as
/// <see cref="SeqCst"/>: each is a full fence and a synchronization point.
/// </summary>
internal enum AccessOrder : byte
{
    Relaxed,
    Acquire,
    Release,
    AcqRel,
    SeqCst,
}
