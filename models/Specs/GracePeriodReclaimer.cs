using System.Collections.Generic;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Specs;

/// <summary>
/// The reclamation rule of tla/NMTree with <c>Reclamation = "grace"</c>: the grace period of epoch-based reclamation
/// (K. Fraser, "Practical lock-freedom", 2004; DEBRA, T. Brown, PODC 2015, enforces the same rule with epochs), without
/// the epochs. A retired node waits for every registered thread that was inside an operation when it was retired; the
/// <see cref="EndOperation"/> of the last of them frees it, and the retired nodes nobody waits for are freed in retire
/// order. So a node is freed only after every operation that could have read its handle before it was cut off has
/// ended: the contract the tree's own reclaimers (DEBRA's epochs, IBR's validated reservations) provide, in the
/// fewest steps, which keeps the spec's state space small and every free visible at one labeled step.
///
/// A stand-in for the spec's model only (tla/NMTree's replays and searches), not a reclaimer for users: it keeps one
/// shared list without synchronization, which is sound only under the controlled scheduler (one thread runs at a
/// time) and O(retired) per operation. The tree under test is the production code; <c>Protect</c> is a plain acquire
/// load, as DEBRA's is.
/// </summary>
internal sealed class GracePeriodReclaimer : Reclaimer
{
    private readonly bool[] _active;
    private readonly List<(long Handle, HashSet<int> Waiting)> _retired = new();

    public GracePeriodReclaimer(NodePool pool, int maxThreads, WeftConfig config) : base(pool, maxThreads, config)
    {
        _active = new bool[maxThreads];
    }

    /// <summary>Epoch-based in spirit: DEBRA's rule without its epochs.</summary>
    public override ReclamationScheme Scheme => ReclamationScheme.Debra;

    public override bool ProtectIsPlainLoad => true;

    /// <summary>The retired nodes not yet freed, in retire order, each with the registration indices it waits for.</summary>
    public IReadOnlyList<(long Handle, HashSet<int> Waiting)> Retired => _retired;

    /// <summary>Whether registration <paramref name="index"/> is inside an operation.</summary>
    public bool Active(int index) => _active[index];

    public override void BeginOperation(ReclaimerThread t) => _active[t.Index] = true;

    public override void EndOperation(ReclaimerThread t)
    {
        _active[t.Index] = false;
        var still = new List<(long, HashSet<int>)>();
        foreach (var (handle, waiting) in _retired)
        {
            waiting.Remove(t.Index);
            if (waiting.Count == 0) Pool.Free(t.Index, handle);
            else still.Add((handle, waiting));
        }
        _retired.Clear();
        _retired.AddRange(still);
    }

    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell) => cell.Load(MemoryOrder.Acquire);

    public override void Retire(ReclaimerThread t, long handle)
    {
        Pool.MarkRetired(handle);
        var waiting = new HashSet<int>();
        for (int i = 0; i < _active.Length; i++)
            if (_active[i]) waiting.Add(i);
        _retired.Add((handle, waiting));
    }

    public override void Flush(ReclaimerThread t) { }
}
