using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// Treiber's lock-free stack (R. K. Treiber, "Systems Programming: Coping with Parallelism", IBM RJ 5118, 1986)
/// over a <see cref="NodePool"/>, with a pluggable <see cref="Reclaimer"/>. Spec: tla/Treiber/Treiber.tla.
///
/// Invariant: <c>_top</c> is the handle of the first node; following links from it visits exactly the
/// pushed-but-not-popped values, newest first. Push links its new node to the observed top and publishes it with a
/// CAS; pop reads the top and its successor and swings the top with a CAS. Both linearize at their successful CAS.
///
/// ABA: between a popper's read of top = A (successor B) and its CAS, other threads may pop A, recycle its slot and
/// push it again with another successor; an untagged CAS then succeeds and installs the stale B. Generation-tagged
/// handles make the recycled A a different word, so the CAS fails. Reclamation decides when a popped node may be
/// recycled at all: the reclaimer's <see cref="Reclaimer.Protect"/> keeps the node read as top allocated until the
/// operation ends (IBR, DEBRA), so the successor read is never a use-after-free; the immediate reclaimer offers no
/// such guarantee and is the negative control.
///
/// Contention: a thread whose CAS failed backs off (<see cref="Backoff"/>, the calling thread's, configured by the
/// reclaimer's <see cref="WeftConfig.Backoff"/>) before it reads the top again. The wait touches no shared memory,
/// so it adds no step to the algorithm (in the controlled build it is a yield); an operation that wins its first
/// CAS never touches the backoff.
///
/// DEBRA+ discipline (see <see cref="DebraReclaimer"/>): before its CAS, pop reads one node field (the link) and
/// validates right after; it writes only the root. Push writes only its own unpublished node and the root. After
/// the winning CAS, pop touches only the node it unlinked. So a neutralized pop restarts safely.
///
/// Elimination backoff (optional: built with an <see cref="EliminationArray"/>; Hendler, Shavit and Yerushalmi,
/// SPAA 2004): a lost CAS sends the operation to the elimination array instead of the plain backoff wait. A push
/// offers its value there for one wait and a pop looks for an offer; when a pop takes one, the push and the pop
/// linearize together at the pop's CAS on the slot (push first), neither touches the top, and the push frees the
/// node it never published. The exchange hands over values, not nodes, so no node changes hands outside the top and
/// the reclaimer's rules above hold unchanged (see <see cref="EliminationArray"/>). A push that wins its first CAS
/// never visits the array; a pop looks at one slot before its first CAS (one load), so it can take the offer of a
/// push that lost its CAS without losing one itself.
/// </summary>
public sealed class TreiberStack
{
    /// <summary>The top word, alone on its cache lines: every push and pop CASes it, and the fields below are read by
    /// every operation, so sharing a line with them would cost the other thread a miss on each of its reads.</summary>
    private TopLine _top;
    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;

    /// <summary>The reclaimer when it is IBR, DEBRA or DEBRA+ (else null): the protected paths call its sealed methods
    /// directly (see Dispatch below).</summary>
    private readonly IbrReclaimer? _ibr;
    private readonly DebraReclaimer? _debra;

    /// <summary>
    /// The scheme has no per-operation protocol (no reclamation, or immediate reuse in type-stable memory): operations
    /// skip the begin/end brackets, the protected read and the neutralization handler, and run the bare algorithm.
    /// </summary>
    private readonly bool _bare;

    /// <summary>The seeded defect <see cref="SeededBug.TreiberPopReturnsNext"/> is on (read once: pops test one field).</summary>
    private readonly bool _popReturnsNext;

    /// <summary>The order of push's publishing CAS: Release (the seeded defect <see cref="SeededBug.TreiberPushRelaxed"/>: Relaxed).</summary>
    private readonly MemoryOrder _publishOrder;

    /// <summary>The orders of the bare pop's top read and CAS: Acquire and AcqRel (the seeded defect <see cref="SeededBug.TreiberPopRelaxed"/>: both Relaxed).</summary>
    private readonly MemoryOrder _popReadOrder, _popCasOrder;

    /// <summary>The elimination array a lost CAS visits instead of the backoff wait (null: plain backoff).</summary>
    private readonly EliminationArray? _elimination;

    /// <summary>Operations visit the elimination array before their first CAS (<see cref="EliminationArray.VisitFirst"/>).</summary>
    private readonly bool _eliminateFirst;

    /// <summary>
    /// The stack has an elimination array: a pop looks at its slot once before its first CAS (one load; an empty slot
    /// sends it on to the top at once), so a pop finds the offer of a push that lost its CAS without losing one itself.
    /// </summary>
    private readonly bool _popLooksFirst;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    public TreiberStack(Reclaimer reclaimer) : this(reclaimer, null) { }

    /// <summary>
    /// A stack whose lost CAS visit <paramref name="elimination"/> (elimination backoff; null: the plain backoff). The
    /// array must be built for <paramref name="reclaimer"/> and serve no other stack.
    /// </summary>
    public TreiberStack(Reclaimer reclaimer, EliminationArray? elimination)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        if (elimination is not null)
        {
            if (elimination.Reclaimer != reclaimer) throw new ArgumentException("the elimination array was built for another reclaimer", nameof(elimination));
            elimination.Claim();
        }
        _elimination = elimination;
        _eliminateFirst = elimination is { VisitFirst: true };
        _popLooksFirst = elimination is not null;
        _reclaimer = reclaimer;
        _pool = reclaimer.Pool;
        _bare = reclaimer.Scheme is ReclamationScheme.None or ReclamationScheme.Immediate;
        _ibr = reclaimer as IbrReclaimer;
        _debra = reclaimer as DebraReclaimer;
        _popReturnsNext = reclaimer.Config.SeededBug == SeededBug.TreiberPopReturnsNext;
        _publishOrder = reclaimer.Config.SeededBug == SeededBug.TreiberPushRelaxed ? MemoryOrder.Relaxed : MemoryOrder.Release;
        bool popRelaxed = reclaimer.Config.SeededBug == SeededBug.TreiberPopRelaxed;
        _popReadOrder = popRelaxed ? MemoryOrder.Relaxed : MemoryOrder.Acquire;
        _popCasOrder = popRelaxed ? MemoryOrder.Relaxed : MemoryOrder.AcqRel;
    }

    public Reclaimer Reclaimer => _reclaimer;

    /// <summary>The elimination array of this stack (null: plain backoff).</summary>
    public EliminationArray? Elimination => _elimination;

    /// <summary>
    /// A stack for up to <paramref name="maxThreads"/> registered threads built from the configuration's defaults:
    /// a generation-tagged pool of <see cref="WeftConfig.PoolCapacity"/> slots with a cache per thread, and a
    /// reclaimer of <see cref="WeftConfig.Reclamation"/> (IBR unless overridden: <see cref="Reclaimer.DefaultScheme"/>).
    /// </summary>
    /// <param name="config">null: <see cref="WeftConfig.FromEnvironment"/> (the defaults with the WEFT_* overrides set now).</param>
    public static TreiberStack WithDefaults(int maxThreads, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        return new TreiberStack(Reclaimer.Create(config.Reclamation, pool, maxThreads, config));
    }

    /// <summary>The top handle, read without a scheduling point (refinement mappings and state monitors).</summary>
    internal long PeekTop() => _top.Value.Peek();

    // Dispatch. Push and TryPop only choose a path; each path is its own method. The protected paths carry the
    // exception frames (try/finally, and catch for DEBRA+ neutralization); kept out of line, their frames cost the bare
    // path nothing. Were they in the same method, every call would pay for them: the JIT spills the arguments and
    // locals the handlers read to the stack frame, saves more callee-saved registers, and, with its loop and
    // handlers, TryPop becomes too large to inline into the caller, so each pop also pays a call and returns its
    // value through memory. The protected pop returns its value with its outcome (a pair in two registers) rather
    // than through TryPop's out parameter: passing the caller's variable by reference to a call, even one that the
    // bare path never makes, would pin that variable to the stack (zeroed on entry, stored and reloaded on every pop).
    // Measured by tools/Weft.Benchmarks TreiberBench (see the README, Measurements).
    // The protected pop is one generic method instantiated once per scheme over a struct of calls (IbrCalls,
    // DebraCalls, VirtualCalls): the JIT compiles each instantiation on its own, so under IBR and DEBRA the reclaimer's
    // Begin, Protect, Validate, Retire and End are direct calls to a sealed class, which the JIT can inline, where one
    // shared body would make five virtual calls per pop (dynamic PGO guards only the dominant type of a call site, and
    // every stack of a process shares that site whatever its scheme). The calls and their order are the same in every
    // instantiation.

    public void Push(ReclaimerThread t, long value)
    {
        if (_bare) PushBare(t, value);
        else PushProtected(t, value);
    }

    public bool TryPop(ReclaimerThread t, out long value)
    {
        if (_bare) return TryPopBare(t, out value);
        (bool popped, value) = _ibr is { } ibr ? TryPopProtected(t, new IbrCalls(ibr))
            : _debra is { } debra ? TryPopProtected(t, new DebraCalls(debra))
            : TryPopProtected(t, new VirtualCalls(_reclaimer));
        return popped;
    }

    // The protected algorithm (IBR, DEBRA, DEBRA+): the bare steps inside the reclaimer's per-operation brackets.

    /// <summary>
    /// Push under a reclaimer: allocation through the reclaimer (IBR records the node's birth era), then the bare
    /// steps, outside the reclaimer's brackets under every scheme. Push dereferences no shared node (it reads the top
    /// only to store it into its own unpublished node and to compare it in the CAS), so it needs no reservation or
    /// announcement. A popper that later reads the pushed node is protected by its own brackets: under IBR its Protect
    /// re-reads the era after the handle, and that era is at least the node's birth era (the birth read happens before
    /// the publishing CAS, which happens before the popper's read of the handle); under DEBRA the node is not retired
    /// before a pop unlinks it, after the popper's announcement. In an epoch scheme the brackets are also what moves the
    /// epoch (BeginOperation checks one thread every <see cref="WeftConfig.EpochCheckInterval"/> operations), so with
    /// push outside them only pops count towards a check: in a push/pop workload a check comes every interval pops
    /// instead of every interval operations, twice the retirements per check. Only pops retire, so the bound on the
    /// bags stays what it is per check (DEBRA+: three bags of (stall threshold + threads) checks of at most interval
    /// retirements each), and a push saves a full fence (the SeqCst announcement) and the quiescent store.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushProtected(ReclaimerThread t, long value)
    {
        long node = _ibr is { } ibr ? ibr.Allocate(t) : _reclaimer.Allocate(t);
        _pool.SetPayload(node, value);
        if (_eliminateFirst || !PushAttemptBare(node, value)) PushBareContended(t, node, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (bool Popped, long Value) TryPopProtected<TCalls>(ReclaimerThread t, TCalls reclaimer) where TCalls : struct, IReclaimerCalls
    {
        int failures = 0;
        while (true)
        {
            reclaimer.BeginOperation(t);
            try
            {
                for (; ; failures++)
                {
                    if (_popLooksFirst && failures == 0 && TookFirst(t, out long offered)) return (true, offered);
                    long top = reclaimer.Protect(t, ref _top.Value);
                    if (top == NodePool.Null)
                    {
                        if (failures != 0) Uncontended(t);
                        return (false, 0);
                    }
                    long next = _pool.LoadNext(top, MemoryOrder.Relaxed); // top is protected; the CAS validates next
                    reclaimer.Validate(t);
                    // Winning this CAS unlinks top: this thread now owns the node until it retires it.
                    if (_top.Value.TryCompareExchange(top, next, MemoryOrder.AcqRel))
                    {
                        Linearized(LinearizedPop, 0);
                        long value = _pool.Payload(PayloadNode(top, next));
                        Linearized(LinearizedPopResult, value);
                        reclaimer.Retire(t, top);
                        if (failures != 0) Uncontended(t);
                        return (true, value);
                    }
                    // Lost to another push or pop.
                    if (_elimination is null) LostCas(t);
                    else if (TookOffer(t, out long taken)) return (true, taken);
                }
            }
            catch (NeutralizedException)
            {
                // DEBRA+ neutralized this thread before its CAS: nothing took effect; start over.
            }
            finally
            {
                reclaimer.EndOperation(t);
            }
        }
    }

    /// <summary>The reclaimer's per-operation calls as the protected pop makes them (see Dispatch).</summary>
    private interface IReclaimerCalls
    {
        void BeginOperation(ReclaimerThread t);
        long Protect(ReclaimerThread t, ref AtomicInt64 cell);
        void Validate(ReclaimerThread t);
        void Retire(ReclaimerThread t, long handle);
        void EndOperation(ReclaimerThread t);
    }

    /// <summary>IBR's calls, direct.</summary>
    private readonly struct IbrCalls(IbrReclaimer r) : IReclaimerCalls
    {
        public void BeginOperation(ReclaimerThread t) => r.BeginOperation(t);
        public long Protect(ReclaimerThread t, ref AtomicInt64 cell) => r.Protect(t, ref cell);
        public void Validate(ReclaimerThread t) => r.Validate(t);
        public void Retire(ReclaimerThread t, long handle) => r.Retire(t, handle);
        public void EndOperation(ReclaimerThread t) => r.EndOperation(t);
    }

    /// <summary>DEBRA's and DEBRA+'s calls, direct.</summary>
    private readonly struct DebraCalls(DebraReclaimer r) : IReclaimerCalls
    {
        public void BeginOperation(ReclaimerThread t) => r.BeginOperation(t);
        public long Protect(ReclaimerThread t, ref AtomicInt64 cell) => r.Protect(t, ref cell);
        public void Validate(ReclaimerThread t) => r.Validate(t);
        public void Retire(ReclaimerThread t, long handle) => r.Retire(t, handle);
        public void EndOperation(ReclaimerThread t) => r.EndOperation(t);
    }

    /// <summary>Any other scheme's calls, virtual.</summary>
    private readonly struct VirtualCalls(Reclaimer r) : IReclaimerCalls
    {
        public void BeginOperation(ReclaimerThread t) => r.BeginOperation(t);
        public long Protect(ReclaimerThread t, ref AtomicInt64 cell) => r.Protect(t, ref cell);
        public void Validate(ReclaimerThread t) => r.Validate(t);
        public void Retire(ReclaimerThread t, long handle) => r.Retire(t, handle);
        public void EndOperation(ReclaimerThread t) => r.EndOperation(t);
    }

    /// <summary>
    /// The node whose payload a pop returns: the node it unlinked. The seeded defect
    /// <see cref="SeededBug.TreiberPopReturnsNext"/> reads one link too far, the node below it (the new top) when there
    /// is one, so the pop returns a value that is not the abstract top (PopReturnsAbstractTop).
    /// </summary>
    private long PayloadNode(long top, long next) => _popReturnsNext && next != NodePool.Null ? next : top;

    // Backoff. Out of line: only a lost CAS reaches these, and inlined into the retry loops they would make the bare
    // Push and TryPop too large for the JIT to inline into their callers (see Dispatch above).

    /// <summary>This thread lost a CAS on the top: wait (a spin, or a yield under the scheduler) before retrying.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LostCas(ReclaimerThread t) => t.Backoff.Wait();

    /// <summary>An operation that lost at least one CAS has completed: the next contention starts from the shortest wait.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Uncontended(ReclaimerThread t) => t.Backoff.Succeeded();

    /// <summary>
    /// Elimination, push side (in place of the backoff wait): offers the value; true when a pop took it. The push has
    /// then taken effect at that pop's CAS; <paramref name="node"/> was never published (only the top CAS, which
    /// this push did not win, links it), so no other thread holds its handle and it goes straight back to the pool.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Eliminated(ReclaimerThread t, long node, long value)
    {
        if (!_elimination!.Offer(t, value)) return false;
        _pool.Free(t.Index, node);
        Uncontended(t);
        return true;
    }

    /// <summary>
    /// Elimination, pop side, before the first CAS: one look at the slot (or, visiting first, the whole visit of
    /// <see cref="TookOffer"/>); true when this pop took a push's offer of <paramref name="value"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TookFirst(ReclaimerThread t, out long value)
    {
        if (_eliminateFirst) return TookOffer(t, out value);
        if (!_elimination!.TakePosted(t, out value)) return false;
        Linearized(LinearizedExchange, value);
        Linearized(LinearizedPopResult, value);
        return true;
    }

    /// <summary>
    /// Elimination, pop side (in place of the backoff wait): true when this pop took a push's offer of
    /// <paramref name="value"/> (both linearized at this thread's CAS on the slot, the push first).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TookOffer(ReclaimerThread t, out long value)
    {
        if (!_elimination!.Take(t, out value)) return false;
        Linearized(LinearizedExchange, value);
        Linearized(LinearizedPopResult, value);
        Uncontended(t);
        return true;
    }

    // Linearization points (the values of Weft.Monitors.StackStep).
    private const int LinearizedPush = 0, LinearizedPop = 1, LinearizedPopResult = 2, LinearizedExchange = 3;

    /// <summary>
    /// Controlled build: reports a linearization point to the monitors (StackMatchesAbstractMonitor,
    /// PopReturnsAbstractTopMonitor) with the payloads now on the stack. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Linearized(int step, long value)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<StackEvent>()) return; // walking the stack costs: only when a stack monitor listens
        var payloads = new System.Collections.Generic.List<long>();
        long h = _top.Value.Peek();
        while (h != NodePool.Null && payloads.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            payloads.Add(_pool.PeekPayload(slot));
            h = _pool.PeekNext(slot);
        }
        SchedulingHooks.Emit(new StackEvent(_id, (StackStep)step, value, SchedulingHooks.ThreadId, payloads.ToArray()));
#endif
    }

    // The bare algorithm (schemes without a per-operation protocol): the same steps as above minus the brackets.
    // Its labels are the pc values of tla/Treiber/Treiber.tla, which specifies this path (immediate reuse).

    private void PushBare(ReclaimerThread t, long value)
    {
        long node = _pool.Allocate(t.Index);
        _pool.SetPayload(node, value);
        if (_eliminateFirst || !PushAttemptBare(node, value)) PushBareContended(t, node, value);
    }

    /// <summary>
    /// The retries of a bare push that lost its first CAS (or visits the elimination array first): back off, or visit
    /// the elimination array, then attempt again (out of line, as for pop).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushBareContended(ReclaimerThread t, long node, long value)
    {
        do
        {
            if (_elimination is null) LostCas(t); // part of the push_cas step that failed (no shared access)
            else if (Eliminated(t, node, value)) return;
        }
        while (!PushAttemptBare(node, value));
        Uncontended(t);
    }

    /// <summary>One pass of the bare push: link the node to the observed top and try to publish it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PushAttemptBare(long node, long value)
    {
        StepLabel.At("push_read_top");
        long top = _top.Value.Load(MemoryOrder.Acquire);
        StepLabel.At("push_write_next");
        _pool.StoreNext(node, top, MemoryOrder.Relaxed);
        StepLabel.At("push_cas");
        // Winning this CAS publishes node as the new top with next = the observed top.
        if (!_top.Value.TryCompareExchange(top, node, _publishOrder)) return false;
        Linearized(LinearizedPush, value);
        return true;
    }

    private bool TryPopBare(ReclaimerThread t, out long value)
    {
        if (_popLooksFirst)
        {
            (bool took, value) = TryPopBareLookingFirst(t);
            return took;
        }
        var outcome = PopAttemptBare(t, out value);
        if (outcome != PopOutcome.LostCas) return outcome == PopOutcome.Popped;
        (bool popped, value) = TryPopBareContended(t);
        return popped;
    }

    /// <summary>
    /// The retries of a bare pop that lost its first CAS: back off, then attempt again. Out of line, so the pop that
    /// wins at once stays small enough to inline; it returns the value with the outcome (registers, not a reference
    /// to the caller's variable: see Dispatch).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (bool Popped, long Value) TryPopBareContended(ReclaimerThread t)
    {
        while (true)
        {
            if (_elimination is null) LostCas(t); // part of the pop_cas step that failed (no shared access)
            else if (TookOffer(t, out long taken)) return (true, taken);
            var outcome = PopAttemptBare(t, out long value);
            if (outcome == PopOutcome.LostCas) continue;
            Uncontended(t);
            return (outcome == PopOutcome.Popped, value);
        }
    }

    /// <summary>A bare pop of a stack with an elimination array: the first look at the array, then the bare pop (out of line).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (bool Popped, long Value) TryPopBareLookingFirst(ReclaimerThread t)
    {
        if (TookFirst(t, out long value)) return (true, value);
        var outcome = PopAttemptBare(t, out value);
        if (outcome != PopOutcome.LostCas) return (outcome == PopOutcome.Popped, value);
        return TryPopBareContended(t);
    }

    private enum PopOutcome { Empty, Popped, LostCas }

    /// <summary>One pass of the bare pop, from reading the top to its CAS (and, when the CAS wins, to retiring the node).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PopOutcome PopAttemptBare(ReclaimerThread t, out long value)
    {
        StepLabel.At("pop_read_top");
        long top = _top.Value.Load(_popReadOrder);
        if (top == NodePool.Null)
        {
            value = 0;
            return PopOutcome.Empty;
        }
        StepLabel.At("pop_read_next");
        long next = _pool.LoadNext(top, MemoryOrder.Relaxed); // speculative: validated by the CAS below
        StepLabel.At("pop_cas");
        // Winning this CAS unlinks top: this thread now owns the node until it retires it.
        if (!_top.Value.TryCompareExchange(top, next, _popCasOrder))
        {
            value = 0;
            return PopOutcome.LostCas;
        }
        Linearized(LinearizedPop, 0);
        StepLabel.At("pop_read_payload");
        value = _pool.Payload(PayloadNode(top, next));
        Linearized(LinearizedPopResult, value);
        StepLabel.At("pop_free");
        _reclaimer.Retire(t, top);
        return PopOutcome.Popped;
    }

    /// <summary>The top word at offset 64 of 128 bytes (two cache lines, as the adjacent-line prefetcher pairs them).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct TopLine
    {
        [FieldOffset(64)] public AtomicInt64 Value;
    }
}
