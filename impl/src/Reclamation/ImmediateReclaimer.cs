using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>
/// Frees at retire time. Unsafe by design: another thread that read the handle before the unlink may still
/// dereference it (a use-after-free the controlled build reports), and the slot's reuse enables ABA.
/// It is the negative control every real scheme is measured against.
/// </summary>
public sealed class ImmediateReclaimer : Reclaimer
{
    public ImmediateReclaimer(NodePool pool, int maxThreads, WeftConfig config) : base(pool, maxThreads, config) { }

    public override ReclamationScheme Scheme => ReclamationScheme.Immediate;
    public override bool ProtectIsPlainLoad => true;
    public override void BeginOperation(ReclaimerThread t) { }
    public override void EndOperation(ReclaimerThread t) { }
    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell) => cell.Load(MemoryOrder.Acquire);

    public override void Retire(ReclaimerThread t, long handle)
    {
        Pool.MarkRetired(handle);
        // A free at once: into this thread's magazine whatever the slot's home (no home lookup between the pop and the next push).
        Pool.FreeLocal(t.Index, handle);
        // The seeded defect retires the node twice (a retire repeated on a retry path): its slot is freed twice (NoDoubleFree).
        if (Config.SeededBug == SeededBug.DoubleRetire) Pool.FreeLocal(t.Index, handle);
    }

    public override void Flush(ReclaimerThread t) { }
}
