using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>
/// 2GE interval-based reclamation: H. Wen, J. Izraelevitz, W. Cai, H. A. Beadle and M. L. Scott,
/// "Interval-Based Memory Reclamation", PPoPP 2018 (the "2GE-IBR" variant). Spec: tla/IBR/IBR.tla.
///
/// Eras. A global era counter advances every <see cref="WeftConfig.EpochFrequency"/> allocations of a thread.
/// Every node records its birth era (at allocation) and its retire era (at retirement): its lifetime is the
/// interval [birth, retire].
///
/// Reservations. A thread in an operation reserves the interval [lower, upper] of eras: <c>lower</c> is the era
/// when the operation began; <c>upper</c> is raised to the current era each time the thread reads a shared
/// handle (<see cref="Protect"/>: read the handle, then the era; if the era moved, publish it and read again).
/// Before its first operation and after <see cref="Quiesce"/> both are +infinity.
///
/// Kept reservations. <see cref="EndOperation"/> publishes nothing: the thread keeps [lower, upper] of its last
/// operation. <see cref="BeginOperation"/> reads the era e; if the kept reservation is exactly [e, e] it publishes
/// nothing (no store, no fence: the common case, as the era moves once every EpochFrequency allocations), else it
/// publishes [e, e] as before (upper, then lower with the SeqCst store). Why this stays safe (NoUseAfterFree): the
/// reservation a scan can see is the thread's last store, made with SeqCst before every handle read that followed it,
/// so the Dekker pattern with the scan's fence holds across the operation boundary as within one operation; and the
/// operation's own reads are covered exactly as if it had stored [e, e] itself (birth of a node read at era e is
/// &lt;= e, its retirement comes after the read, so at an era &gt;= e). Why garbage stays bounded: lower is reset to
/// the era at every begin whose era differs, so a kept reservation never widens from one operation to the next; an
/// idle thread holds [lower, upper] of its last operation, which blocks only the nodes alive in those eras, exactly
/// what a thread stalled inside that operation blocks (the bound IBR already has). <see cref="Quiesce"/> drops the
/// reservation before a long idle period; <see cref="Reclaimer.Unregister"/> calls it.
///
/// Invariant (what makes freeing safe): a thread can hold a reference to node n only if its reservation
/// overlaps n's lifetime, i.e. lower &lt;= retire(n) and birth(n) &lt;= upper. A scan therefore frees a retired
/// node only when no reservation overlaps its lifetime; age alone never frees. Retired nodes wait in three
/// limbo lists filed by retire era mod 3 and are scanned every <see cref="WeftConfig.RetireThreshold"/> retirements.
///
/// Memory orders: the reservation stores are SeqCst (the store must be ordered before the following read of a
/// shared handle: a store-load fence, which acquire/release do not give); era reads are acquire.
/// Birth and retire eras are thread-owned data: written by the allocating/retiring thread and published by the
/// structure's own release CAS, so they are plain array slots.
/// </summary>
public sealed class IbrReclaimer : Reclaimer
{
    /// <summary>Reservation words sit <see cref="ArchInfo.PaddingBytes"/> apart (two detected cache lines: 16 longs on a
    /// 64-byte-line machine) so threads do not false-share them.</summary>
    private static readonly int Stride = ArchInfo.Current.PaddedStride(sizeof(long));
    public const long Infinity = long.MaxValue;
    private const string Clock = "IBR era";

    private AtomicInt64 _era = new(1);
    private readonly AtomicInt64[] _lower;
    private readonly AtomicInt64[] _upper;
    private readonly long[] _birth;
    private readonly long[] _retire;

    private readonly int _epochFrequency;

    // The configuration's per-operation settings, read once (a pop tests a field instead of Config.SeededBug's two loads).
    private readonly int _retireThreshold;
    private readonly bool _doubleRetire;
    private readonly bool _keepWhileReserved;
    private readonly MemoryOrder _protectOrder;

    public IbrReclaimer(NodePool pool, int maxThreads, WeftConfig config) : base(pool, maxThreads, config)
    {
        _epochFrequency = config.EpochFrequency;
        _retireThreshold = config.RetireThreshold;
        _doubleRetire = config.SeededBug == SeededBug.DoubleRetire;
        _keepWhileReserved = config.SeededBug == SeededBug.IbrScanKeepsWhileReserved;
        _protectOrder = config.SeededBug == SeededBug.IbrProtectAcquire ? MemoryOrder.Acquire : MemoryOrder.SeqCst;
        _lower = new AtomicInt64[maxThreads * Stride];
        _upper = new AtomicInt64[maxThreads * Stride];
        for (int i = 0; i < maxThreads; i++)
        {
            _lower[i * Stride] = new AtomicInt64(Infinity);
            _upper[i * Stride] = new AtomicInt64(Infinity);
        }
        // A growable pool's slots beyond its first chunk may never exist: reserve their eras without zeroing (a slot's
        // eras are written, at allocation and retirement, before a scan reads them), so untouched pages stay untouched.
        bool growable = pool.CommittedSlots < pool.Capacity;
        _birth = growable ? GC.AllocateUninitializedArray<long>(pool.Capacity) : new long[pool.Capacity];
        _retire = growable ? GC.AllocateUninitializedArray<long>(pool.Capacity) : new long[pool.Capacity];
    }

    protected override void OnRegister(ReclaimerThread t)
    {
        // Scan snapshots are per thread: two threads scanning at once must not overwrite each other's view of the
        // reservations (a shared snapshot can lose a reservation between one scanner's load and its store).
        t.ScanLower = new long[MaxThreads];
        t.ScanUpper = new long[MaxThreads];
    }

    public override ReclamationScheme Scheme => ReclamationScheme.Ibr;

    /// <summary>The current global era (for monitors and tests).</summary>
    public long Era => _era.Peek();

    /// <summary>Thread <paramref name="index"/>'s reservation (for monitors): (+inf, +inf) when idle.</summary>
    public (long Lower, long Upper) Reservation(int index) => (_lower[index * Stride].Peek(), _upper[index * Stride].Peek());

    /// <summary>The birth and retire eras recorded for slot <paramref name="slot"/> (refinement mappings; no scheduling point).</summary>
    internal (long Birth, long Retire) SlotEras(int slot) => (_birth[slot], _retire[slot]);

    /// <summary>The lifetime [birth, retire] recorded for a node.</summary>
    public (long Birth, long Retire) Lifetime(long handle)
    {
        int idx = NodePool.IndexOf(handle);
        return (_birth[idx], _retire[idx]);
    }

    // Labels (StepLabel.At) name the pc values of tla/IBR/IBR.tla; a TLC trace replay runs a thread from one to the next.

    public override void BeginOperation(ReclaimerThread t)
    {
        StepLabel.At("begin_read_era");
        long e = _era.Load(MemoryOrder.Acquire);
        ClockObserved(Clock, e);
        // The reservation kept from the last operation is [e, e] already: nothing to publish (see the class essay).
        if (e == t.LowerSeen && e == t.UpperSeen) return;
        // The seeded defect reserves one era ahead (as if to spare the first Protect a re-read): ReservationsBounded.
        long reserve = Config.SeededBug == SeededBug.IbrReserveAhead ? e + 1 : e;
        // Upper first: between the two stores the reservation is [+inf, e] (none was held: empty, so a thread preempted
        // here blocks nothing) or [lower, e] with the kept lower <= e (a superset of the kept one and of the new one).
        // (Lower first would publish [e, +inf] or [e, kept upper]: the first overlaps every node retired from now on, so one
        // stalled thread would stop all reclamation.) The SeqCst store orders both before any handle read.
        StepLabel.At("begin_store_upper", e);
        _upper[t.Index * Stride].Store(reserve, MemoryOrder.Relaxed);
        ReservationPublished("upper", reserve, _era.Peek());
        t.UpperSeen = e;
        StepLabel.At("begin_store_lower", e);
        _lower[t.Index * Stride].Store(e, ReservationOrder);
        ReservationPublished("lower", e, _era.Peek());
        t.LowerSeen = e;
    }

    /// <summary>SeqCst: the reservation must be visible before the next handle read (a Dekker pattern with the scan).
    /// The seeded defect weakens it to Release, which TSO exploration catches.</summary>
    private MemoryOrder ReservationOrder => Config.SeededBug == SeededBug.IbrReservationRelease ? MemoryOrder.Release : MemoryOrder.SeqCst;

    /// <summary>Publishes nothing: the thread keeps its reservation until an operation begins in an era other than the
    /// kept [e, e], or until <see cref="Quiesce"/> (see the class essay).</summary>
    public override void EndOperation(ReclaimerThread t) { }

    /// <summary>Ends the reservation a thread keeps between operations: (+inf, +inf), lower first (the intermediate
    /// [+inf, upper] is empty, while [lower, +inf] would block everything). Call it outside an operation before a long
    /// idle period; <see cref="Reclaimer.Unregister"/> calls it. The next operation publishes a fresh reservation.</summary>
    public override void Quiesce(ReclaimerThread t)
    {
        _lower[t.Index * Stride].Store(Infinity, MemoryOrder.Release);
        ReservationPublished("lower", Infinity, _era.Peek());
        _upper[t.Index * Stride].Store(Infinity, MemoryOrder.Release);
        ReservationPublished("upper", Infinity, _era.Peek());
        t.LowerSeen = 0;
        t.UpperSeen = 0;
    }

    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell)
    {
        while (true)
        {
            StepLabel.At("protect_read_handle");
            // SeqCst, not Acquire: this re-read and the reservation store before it are one side of a Dekker pattern
            // with Scan (whose fence comes before it reads the reservations); in C11 only SeqCst accesses and fences
            // order a store before a later load of another location. An Acquire read may return a handle older than one
            // the scan already saw unlinked, and the scan then frees it (found by the release/acquire model:
            // treiber/churn-ibr). Production: a SeqCst load is the same Volatile.Read as an Acquire one.
            // (The seeded defect IbrProtectAcquire: Acquire, in _protectOrder.)
            long h = cell.Load(_protectOrder);
            StepLabel.At("protect_read_era", h);
            long e = _era.Load(MemoryOrder.Acquire);
            ClockObserved(Clock, e);
            if (e == t.UpperSeen) return h; // the reservation already covers the era in which h was read
            StepLabel.At("protect_store_upper", h, e);
            _upper[t.Index * Stride].Store(e, ReservationOrder);
            ReservationPublished("upper", e, _era.Peek());
            t.UpperSeen = e;
        }
    }

    public override long Allocate(ReclaimerThread t)
    {
        StepLabel.At("alloc");
        // A counter reset at the frequency, not a modulo: no division on the allocation path (Allocations stays in
        // [0, EpochFrequency), so its value is the spec's allocs either way).
        if (++t.Allocations == _epochFrequency)
        {
            t.Allocations = 0;
            AdvanceEra(t);
            StepLabel.At("alloc_pool");
        }
        long h = Pool.Allocate(t.Index);
        StepLabel.At("alloc_birth", h);
        long birth = _era.Load(MemoryOrder.Acquire);
        ClockObserved(Clock, birth);
        Plain.Write(ref _birth[NodePool.IndexOf(h)], birth);
        return h;
    }

    /// <summary>Moves the era on by one: an atomic increment, so concurrent advances never lose one.</summary>
    private void AdvanceEra(ReclaimerThread t)
    {
        if (Config.SeededBug == SeededBug.IbrEraRollback)
        {
            // The seeded defect advances from the thread's own view of the era (the era of its reservation) with a
            // plain store: a thread whose view is stale moves the era backwards (EpochMonotonic).
            long next = t.UpperSeen + 1;
            _era.Store(next, MemoryOrder.Release);
            ClockObserved(Clock, next, wrote: true);
            return;
        }
        long old = _era.FetchAdd(1, MemoryOrder.AcqRel);
        ClockObserved(Clock, old);
        ClockObserved(Clock, old + 1, wrote: true);
    }

    public override void Retire(ReclaimerThread t, long handle)
    {
        StepLabel.At("retire");
        Pool.MarkRetired(handle);
        long e = _era.Load(MemoryOrder.Acquire);
        ClockObserved(Clock, e);
        Plain.Write(ref _retire[NodePool.IndexOf(handle)], e);
        t.Limbo[(int)(e % 3)].Add(handle);
        // The seeded defect files the node twice (a retire repeated on a retry path): the scan frees it twice (NoDoubleFree).
        if (_doubleRetire) t.Limbo[(int)(e % 3)].Add(handle);
        if (++t.RetiredSinceScan >= _retireThreshold) Scan(t);
    }

    /// <summary>Outside an operation: drops the calling thread's kept reservation, then scans.</summary>
    public override void Flush(ReclaimerThread t)
    {
        Quiesce(t);
        Scan(t);
    }

    protected override void OnUnregister(ReclaimerThread t)
    {
        Quiesce(t);
        Scan(t);
    }

    /// <summary>Frees every node in this thread's limbo lists whose lifetime no reservation overlaps.</summary>
    private void Scan(ReclaimerThread t)
    {
        t.RetiredSinceScan = 0;
        // The other side of Protect's Dekker pattern: the unlinking CAS of every node in the limbo lists comes before
        // this fence, the reservation reads after it. Production: one full barrier per scan (every RetireThreshold retires).
        if (Config.SeededBug != SeededBug.IbrProtectAcquire) AtomicFence.SeqCst();
        int n = MaxThreads;
        for (int j = 0; j < n; j++)
        {
            // lower before upper: a reservation that changes between the two reads yields an interval that is
            // either a superset of a real one (conservative) or empty because the thread is starting an operation,
            // which cannot reach nodes retired before it began (its SeqCst lower store precedes its first read).
            StepLabel.At("scan_lower", j);
            t.ScanLower[j] = _lower[j * Stride].Load(MemoryOrder.Acquire);
            StepLabel.At("scan_upper", j);
            t.ScanUpper[j] = _upper[j * Stride].Load(MemoryOrder.Acquire);
            // The widest reservation a scan has seen (WidestReservationSpan): what the stress run's bound on limbo is computed from.
            if (t.ScanUpper[j] != Infinity && t.ScanLower[j] != Infinity) t.WidestReservationSpan = Math.Max(t.WidestReservationSpan, t.ScanUpper[j] - t.ScanLower[j] + 1);
        }
        long eraNow = 0;
        if (Config.SeededBug == SeededBug.IbrFreeByAge)
        {
            eraNow = _era.Load(MemoryOrder.Acquire);
            ClockObserved(Clock, eraNow);
        }
        for (int bag = 0; bag < t.Limbo.Length; bag++)
        {
            var list = t.Limbo[bag];
            int keep = 0;
            for (int k = 0; k < list.Count; k++)
            {
                long h = list[k];
                int idx = NodePool.IndexOf(h);
                long birth = Plain.Read(ref _birth[idx]), retire = Plain.Read(ref _retire[idx]);
                bool reserved = false;
                for (int j = 0; j < n; j++)
                {
                    // The seeded defect keeps the node while thread j holds any reservation, whatever its eras.
                    if ((t.ScanLower[j] <= retire && birth <= t.ScanUpper[j]) || (_keepWhileReserved && t.ScanLower[j] != Infinity))
                    {
                        reserved = true;
                        break;
                    }
                }
                if (Config.SeededBug == SeededBug.IbrFreeByAge) reserved = retire >= eraNow; // the seeded defect: age alone frees
                if (reserved) list[keep++] = h;
                else
                {
                    // Live: the list, the position in it and the kept prefix (the spec's scanQueue); eraNow is live only under
                    // the seeded defect, and the list's contents are the model's (IbrModel's unobserved state).
                    StepLabel.At("scan_free", bag, k, (long)keep << 32 | (uint)eraNow);
                    Pool.Free(t.Index, h);
                }
            }
            list.Truncate(keep);
        }
    }
}
