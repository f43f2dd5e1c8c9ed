using System.Collections.Generic;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Specs;

/// <summary>
/// The free rule of tla/SkipList and tla/LazySkipList as a reclaimer, for trace replay: the grace period
/// that DEBRA's epochs implement (and IBR's reservations imply for every node an operation reaches). A retired node
/// is freed only after every other thread that was inside an operation when it was retired has ended that operation;
/// its retiring thread frees it, in retire order, when one of its own operations ends (<see cref="EndOperation"/>).
/// This is the spec's <c>EndOp</c>, step for step: no labels, no scheduling points of its own (its bookkeeping is
/// the spec's atomic step), so a replay runs it inside the skiplist step that retires or ends the operation. The
/// tests explore the real IBR and DEBRA; tla/IBR and tla/DEBRA check that their code implements such a rule. It
/// differs from tla/NMTree's <c>GracePeriodReclaimer</c> in who frees: here the retiring thread, from its per-thread
/// limbo list (as IBR and DEBRA free from their own limbo lists), there the last waiter to end its operation.
/// A stand-in for the specs' models only: plain fields, sound only under the controlled scheduler.
/// </summary>
public sealed class SkipListGracePeriodReclaimer : Reclaimer
{
    private readonly bool[] _inOperation;
    private readonly List<(long Node, HashSet<int> WaitFor)>[] _limbo;

    public SkipListGracePeriodReclaimer(NodePool pool, int maxThreads, WeftConfig config) : base(pool, maxThreads, config)
    {
        _inOperation = new bool[maxThreads];
        _limbo = new List<(long, HashSet<int>)>[maxThreads];
        for (int i = 0; i < maxThreads; i++) _limbo[i] = new List<(long, HashSet<int>)>();
    }

    /// <summary>DEBRA's rule; reported as DEBRA (the scheme whose grace period this is).</summary>
    public override ReclamationScheme Scheme => ReclamationScheme.Debra;

    public override bool ProtectIsPlainLoad => true;

    public override void BeginOperation(ReclaimerThread t) => _inOperation[t.Index] = true;

    /// <summary>The thread no longer delays any retired node; it frees the nodes of its limbo nobody delays, in retire order.</summary>
    public override void EndOperation(ReclaimerThread t)
    {
        _inOperation[t.Index] = false;
        foreach (var limbo in _limbo)
        {
            foreach (var (_, waitFor) in limbo) waitFor.Remove(t.Index);
        }
        var own = _limbo[t.Index];
        for (int i = 0; i < own.Count;)
        {
            if (own[i].WaitFor.Count > 0)
            {
                i++;
                continue;
            }
            Pool.Free(t.Index, own[i].Node);
            own.RemoveAt(i);
        }
    }

    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell) => cell.Load(MemoryOrder.Acquire);

    /// <summary>Delays the node by every other thread inside an operation now.</summary>
    public override void Retire(ReclaimerThread t, long handle)
    {
        Pool.MarkRetired(handle);
        var waitFor = new HashSet<int>();
        for (int i = 0; i < _inOperation.Length; i++)
        {
            if (i != t.Index && _inOperation[i]) waitFor.Add(i);
        }
        _limbo[t.Index].Add((handle, waitFor));
    }

    public override void Flush(ReclaimerThread t) { }
}
