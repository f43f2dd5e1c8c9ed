using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Memory;
using Weft.Reclamation;
using Weft.Tla;

namespace Weft.Specs;

/// <summary>The root cell of the reclamation workloads, in a class so that <c>Protect</c> can take it by reference.</summary>
internal sealed class RootCell
{
    public AtomicInt64 Head;

    /// <summary>
    /// The writer's half of an operation of tla/IBR and tla/DEBRA, after the protected read of <paramref name="h"/>:
    /// allocate a replacement (an empty pool gives the replacement up), CAS it in at the label <c>cas_head</c>,
    /// then retire <paramref name="h"/>, or free the unpublished replacement at the label <c>discard</c>.
    /// <see cref="ReclaimerLocals.NewNode"/> holds the replacement exactly while the spec's <c>newNode</c> does.
    /// </summary>
    public void Replace(Reclaimer r, NodePool pool, ReclaimerLocals me, long h)
    {
        var rt = me.Registration!;
        long n;
        try
        {
            n = r.AllocateRestartable(rt); // at the pool's maximum it throws at once under every scheme, as the spec's alloc_pool/AllocExhausted step: no wait
        }
        catch (InvalidOperationException)
        {
            return; // the pool is empty: give up the replacement
        }
        me.NewNode = n;
        Checker.Label("cas_head");
        // Winning this CAS replaces the head node: h is unlinked and this thread retires it.
        if (Head.TryCompareExchange(h, n, MemoryOrder.AcqRel))
        {
            me.NewNode = NodePool.Null;
            r.Retire(rt, h);
        }
        else
        {
            Checker.Label("discard");
            pool.Free(rt.Index, n);
            me.NewNode = NodePool.Null;
        }
    }
}
