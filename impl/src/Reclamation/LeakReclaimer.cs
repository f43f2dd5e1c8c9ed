using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>Never frees (the safe baseline): retire only marks the node retired.</summary>
public sealed class LeakReclaimer : Reclaimer
{
    public LeakReclaimer(NodePool pool, int maxThreads, WeftConfig config) : base(pool, maxThreads, config) { }

    public override ReclamationScheme Scheme => ReclamationScheme.None;
    public override bool ProtectIsPlainLoad => true;
    public override void BeginOperation(ReclaimerThread t) { }
    public override void EndOperation(ReclaimerThread t) { }
    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell) => cell.Load(MemoryOrder.Acquire);
    public override void Retire(ReclaimerThread t, long handle) => Pool.MarkRetired(handle);
    public override void Flush(ReclaimerThread t) { }
}
