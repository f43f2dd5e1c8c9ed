using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Weft.Engine;

/// <summary>
/// The release/acquire/relaxed memory of one controlled runtime: the C11 model as operational model checkers explore it
/// (Norris and Demsky, "CDSChecker: Checking Concurrent Data Structures Written with C/C++ Atomics", OOPSLA 2013; loom's
/// <c>rt/atomic.rs</c>), over vector clocks (<see cref="VectorClock"/>).
///
/// State. Every location touched in the iteration keeps its stores in modification order (mo), the newest
/// <see cref="RaLocation.HistoryBound"/> of them (<see cref="RaLocation"/>). Every thread keeps a clock
/// (<see cref="ThreadClocks"/>, owned by <see cref="HappensBefore"/> and shared with the race detector, so the
/// detector's happens-before is this model's: spawn, join and wake edges come from there). A store records its thread
/// and that thread's own clock entry, so it happens before a point exactly when the point's clock has seen that entry.
///
/// Modification order. A store goes last in mo, or, as a value decision (<see cref="ControlledRuntime.ChooseValue"/>,
/// option 0: last), before up to <see cref="PlacementBound"/> of the newest stores when none of them is ordered before
/// it: none happens before it, none was read by a read that happens before it (write-write and read-write coherence),
/// none is a read-modify-write (which must stay right after the store it read) and neither store is SeqCst (mo agrees
/// with the SeqCst order, which is the interleaving's). That is the freedom C11 gives to unordered stores, which
/// produces 2+2W's weak outcome (each location ends with the first store of its thread); the interleaving log says
/// "store placed before N newer". Coherence holds afterwards: a thread that read or wrote a store placed after it can
/// no longer read it (it is older than what it saw), and the storing thread reads it or something newer.
///
/// Invariant: a cell's own field always holds the newest store in mo (a store placed before newer ones does not write
/// it). Stores and read-modify-writes write the field at once (so <c>Peek</c>, monitors and read-modify-writes see the
/// mo-latest value); only plain loads may return an older store, which they take from the history.
///
/// Loads. A load by thread t may read any kept store not older in mo than the newest store that is coherence-visible to
/// t: one that happens before t's current point, or that some read happening before t's point has read (t's own reads
/// and stores included). Which of the allowed stores it reads is a value decision (<see cref="ControlledRuntime.ChooseValue"/>):
/// option 0 is the newest, so every strategy chooses it as it chooses threads, schedules record it and replay
/// reproduces it; the interleaving log says "read stale X (newest Y)". A relaxed load of an int or long cell may also
/// read a promise: a value a later store of another thread will write (<see cref="RaPromises"/>: bounded, certified
/// speculation, one promise per execution), which produces load buffering's weak outcome; the log says "read promised X
/// from a later store of thread T", and an execution whose promise is not kept is discarded. Acquire and SeqCst loads,
/// reference loads and read-modify-writes read only stores that exist when they run.
///
/// Synchronization (C++20 wording). An acquire load that reads a release store joins the store's clock. A relaxed store
/// carries the clock of its thread's last fence (fence-to-acquire synchronization); a relaxed load's store clock is
/// joined at the thread's next fence (release-to-fence synchronization). A read-modify-write reads the newest store and
/// its store continues the release sequence of the store it read (it carries that store's clock as well as its own).
/// Failed compare-and-swaps are loads of the newest store.
///
/// SeqCst. One global clock stands for the total order S: a SeqCst load or read-modify-write first joins it, a SeqCst
/// store or read-modify-write then publishes its clock into it, and a fence (the only fence the atomics layer offers is
/// SeqCst) does both and is an acquire and a release fence. Every SeqCst operation therefore sees every SeqCst store
/// that ran before it, which forbids store buffering with SeqCst loads and stores (or with fences) and IRIW with
/// SeqCst readers, as C11 does; it also orders SeqCst operations on different locations by happens-before, which is
/// stronger than C11 (a bug that needs two SeqCst operations on different locations to stay unordered is missed). Locks,
/// futex waits and wakes, thread creation, join and exit are full fences too (the kernel's futex calls are full
/// barriers), and a thread woken from a block joins the global clock.
///
/// Spin loops. A thread's first load after a yield (<c>WeftThread.Yield</c>, a backoff wait) or a futex wait (which
/// returns at once when the word no longer holds the expected value, and the caller loads it again) reads a store newer than
/// the newest store of that location it had read or written, when one exists: a store becomes visible to a spinning
/// reader in finite time, as C++ requires ([intro.progress], [atomics.order] p11), and a spin-wait on a flag ends.
///
/// Cells are named by address, so the heap is held still while RA iterations run (<see cref="StableHeap"/>) and every
/// access first checks that no collection ran since the iteration began. A cell written outside the atomics layer (a
/// plain assignment) is noticed at its next access, when its field no longer equals its newest store: its history
/// restarts with the field's value as an initial value visible to every thread.
/// </summary>
internal sealed class RaMemory
{
    private readonly ControlledRuntime _runtime;
    private readonly Dictionary<nint, RaLocation> _locations = new();
    private readonly Stack<RaLocation> _spare = new();
    /// <summary>The per-thread clocks, shared with the race detector: one happens-before for both.</summary>
    private readonly HappensBefore _clocks;
    /// <summary>The SeqCst total order as a clock: everything the SeqCst operations run so far have published.</summary>
    private readonly VectorClock _seqCst = new();
    private int _gcStamp;
    private readonly RaPromises _promises = new();
    /// <summary>The serial the next store of this iteration gets (<see cref="RaStore.Serial"/>).</summary>
    private long _storeSerial;

    public RaMemory(ControlledRuntime runtime, HappensBefore clocks)
    {
        _runtime = runtime;
        _clocks = clocks;
    }

    /// <summary>Loads that read an older store than the newest, over the runtime's life (a statistic for tests and benches).</summary>
    public long StaleReads { get; private set; }

    /// <summary>Stores placed before newer stores in modification order, over the runtime's life.</summary>
    public long StoresPlacedBefore { get; private set; }

    /// <summary>
    /// The most newer stores a store may be placed before in modification order (see the class essay): 2 covers 2+2W
    /// (one) with one to spare; a weak outcome that needs a store to land 3 or more places back is missed.
    /// </summary>
    public const int PlacementBound = 2;

    /// <summary>The promises of this runtime: the certified values, this execution's promise, statistics.</summary>
    public RaPromises Promises => _promises;

    /// <summary>True while this execution's promise waits for its store (a bug reached now is not reported).</summary>
    public bool PromiseOutstanding => _promises.Outstanding;

    /// <summary>
    /// Forgets every location (a new iteration; the thread clocks are reset by their owner, <see cref="HappensBefore.Reset"/>);
    /// records the collection count the addresses depend on.
    /// </summary>
    public void Reset()
    {
        foreach (var location in _locations.Values) _spare.Push(location);
        _locations.Clear();
        _seqCst.Clear();
        _promises.Reset();
        _storeSerial = 0;
        _gcStamp = GC.CollectionCount(0);
    }

    private ThreadClocks View(int thread)
    {
        var view = _clocks.Thread(thread);
        if (view.Clock[thread] == 0) view.Clock.Set(thread, 1); // own entries start at 1: 0 in ReadBy means "never read"
        return view;
    }

    // ---- loads ----

    public unsafe int Load32(ControlledThread t, ref int cell, AccessOrder order) =>
        (int)ReadBits(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 4, cell, null), order);

    public unsafe long Load64(ControlledThread t, ref long cell, AccessOrder order) =>
        ReadBits(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 8, cell, null), order);

    public unsafe T LoadReference<T>(ControlledThread t, ref T cell, AccessOrder order) where T : class? =>
        (T)Read(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), BufferedStore.ReferenceWidth, 0, cell), order, mayPromise: false, out _)!.Reference!;

    /// <summary>A load of an int or long cell: a relaxed one may read a promise (<see cref="RaPromises"/>).</summary>
    private long ReadBits(ControlledThread t, RaLocation location, AccessOrder order) =>
        Read(t, location, order, order == AccessOrder.Relaxed, out long promised) is { } s ? s.Bits : promised;

    /// <summary>
    /// Chooses the store a load reads among those coherence and happens-before allow, and applies its synchronization;
    /// with <paramref name="mayPromise"/> it may instead read a promise (returns null, the value in <paramref name="promised"/>).
    /// </summary>
    private RaStore? Read(ControlledThread t, RaLocation location, AccessOrder order, bool mayPromise, out long promised)
    {
        promised = 0;
        var view = View(t.Id);
        if (_promises.Outstanding && t.Id == _promises.Loader && ReferenceEquals(location, _promises.Location))
        {
            // Every store that exists is older in mo than the promised one, so a relaxed re-read can only read it again.
            if (!mayPromise) CheckLoaderAccess(t.Id, location);
            promised = _promises.Promise.Bits;
            if (_runtime.LogEnabled)
                _runtime.RecordValue(t, string.Create(CultureInfo.InvariantCulture,
                    $"read promised {promised} again (thread {_promises.Promise.Thread} has not stored it yet)"));
            return null;
        }
        if (order == AccessOrder.SeqCst) JoinSeqCst(view.Clock);
        int newest = location.Count - 1;
        int oldest = OldestReadable(view, t.Id, location);
        if (view.YieldedSinceLoad)
        {
            view.YieldedSinceLoad = false;
            if (oldest < newest && location[oldest].ObservedBy(t.Id)) oldest++; // a spinning load makes progress
        }
        int count = newest - oldest + 1;
        int pick = mayPromise ? ChooseOrPromise(t, view, location, count) : count > 1 ? _runtime.ChooseValue(t, count) : 0;
        if (pick < 0)
        {
            promised = _promises.Promise.Bits;
            return null;
        }
        var s = location[newest - pick];
        s.MarkRead(t.Id, view.Clock[t.Id]);
        if (s.Serial > view.MaxReadSerial) view.MaxReadSerial = s.Serial;
        if (IsAcquire(order)) view.Clock.Join(s.Sync);
        else view.PendingAcquire.Join(s.Sync);
        if (pick > 0) StaleReads++;
        if (_runtime.LogEnabled)
        {
            var text = s.ValueText(location.Width);
            _runtime.RecordValue(t, pick == 0
                ? count == 1 ? text : string.Create(CultureInfo.InvariantCulture, $"{text} (newest of {count} visible)")
                : string.Create(CultureInfo.InvariantCulture, $"read stale {text} (newest {location.Newest.ValueText(location.Width)}; {pick} newer)"));
        }
        return s;
    }

    /// <summary>
    /// The read decision of a relaxed int or long load (see <see cref="RaPromises"/>): keeps the load for certification
    /// while the execution has made no promise, offers the values certified for its decision prefix (DFS and DPOR: the
    /// promise option whenever another thread has not finished) and returns the index of the store read among the
    /// <paramref name="count"/> allowed (0 the newest), or -1 when the load read a promise.
    /// </summary>
    private int ChooseOrPromise(ControlledThread t, ThreadClocks view, RaLocation location, int count)
    {
        List<PromiseCandidate>? candidates = null;
        bool offerEmpty = false;
        if (!_promises.Made && _runtime.Exploring)
        {
            ulong prefix = _runtime.PrefixHash();
            location.RecordLoad(new RaLoadRecord(t.Id, view.Clock[t.Id], _storeSerial, prefix));
            candidates = _promises.CandidatesAt(prefix);
            offerEmpty = _runtime.SystematicSearch && _runtime.PromiseMayBeKept(t.Id);
        }
        int pick = _runtime.ChooseRead(t, count, candidates, offerEmpty, out var promise);
        if (pick >= 0) return pick;
        if (pick == ControlledRuntime.NoPromiseCertified)
            _runtime.DiscardInfeasible(t.Id, "discarded: the promise option was chosen but no value is certified for this load");
        if (promise.Thread == t.Id || !_runtime.MayStillStore(promise.Thread))
            _runtime.DiscardInfeasible(t.Id, $"discarded: thread {promise.Thread} cannot keep a promise to this load");
        _promises.Make(t.Id, view.Clock[t.Id], location, promise);
        if (_runtime.LogEnabled)
            _runtime.RecordValue(t, string.Create(CultureInfo.InvariantCulture,
                $"read promised {promise.Bits} from a later store of thread {promise.Thread}"));
        return -1;
    }

    /// <summary>
    /// The loader of the outstanding promise stored to, read-modify-wrote or acquire-loaded its location: coherence and
    /// synchronization with a store not yet made cannot be checked, so the promise is broken.
    /// </summary>
    private void CheckLoaderAccess(int thread, RaLocation location)
    {
        if (thread == _promises.Loader && ReferenceEquals(location, _promises.Location))
            Break(thread, $"discarded: thread {thread} wrote or acquire-loaded the location before thread {_promises.Promise.Thread} kept its promise");
    }

    /// <summary>The outstanding promise cannot be kept: the execution is infeasible and is discarded.</summary>
    [DoesNotReturn]
    private void Break(int thread, string why)
    {
        _promises.Break();
        _runtime.DiscardInfeasible(thread, why);
    }

    /// <summary>The index of the oldest store <paramref name="thread"/> may read: the newest one coherence-visible to it.</summary>
    private static int OldestReadable(ThreadClocks view, int thread, RaLocation location)
    {
        for (int i = location.Count - 1; i > 0; i--)
            if (location[i].VisibleTo(view.Clock)) return i;
        return 0;
    }

    // ---- stores ----

    /// <summary>
    /// A store of <paramref name="value"/>, called before the cell's field is written. Returns false when the store was
    /// placed before newer stores in modification order: the field then keeps the newest store and must not be written.
    /// </summary>
    public unsafe bool Store32(ControlledThread t, ref int cell, int value, AccessOrder order, string? file, int line) =>
        Write(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 4, cell, null), value, null, order, file, line);

    public unsafe bool Store64(ControlledThread t, ref long cell, long value, AccessOrder order, string? file, int line) =>
        Write(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 8, cell, null), value, null, order, file, line);

    public unsafe bool StoreReference<T>(ControlledThread t, ref T cell, T value, AccessOrder order, string? file, int line) where T : class? =>
        Write(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), BufferedStore.ReferenceWidth, 0, cell), 0, value, order, file, line);

    private bool Write(ControlledThread t, RaLocation location, long bits, object? reference, AccessOrder order, string? file, int line)
    {
        var view = View(t.Id);
        bool keeps = _promises.Outstanding && KeepsPromise(t.Id, view, location, bits, order);
        int placeable = keeps || order == AccessOrder.SeqCst ? 0 : PlaceableBefore(location, view.Clock);
        int newer = placeable > 0 ? _runtime.ChooseValue(t, placeable + 1) : 0;
        var newest = location.Newest;
        var s = location.Append(bits, reference, t.Id, view.Clock[t.Id]);
        s.Serial = _storeSerial++;
        if (newer > 0)
        {
            location.PlaceNewestBefore(newer);
            StoresPlacedBefore++;
            if (_runtime.LogEnabled)
                _runtime.RecordValue(t, string.Create(CultureInfo.InvariantCulture,
                    $"store placed before {newer} newer (newest stays {newest.ValueText(location.Width)})"));
        }
        s.FixedInOrder = order == AccessOrder.SeqCst;
        s.File = file;
        s.Line = line;
        SetSync(s, view, order);
        if (location.LoadCount > 0 && !_promises.Made && order != AccessOrder.SeqCst) Certify(t.Id, view, location, bits);
        if (keeps) Keep(t, s, location);
        if (order == AccessOrder.SeqCst) PublishSeqCst(view.Clock);
        view.Clock.Tick(t.Id); // later reads of this thread do not happen before a load that synchronizes with this store
        return newer == 0;
    }

    /// <summary>
    /// True when this store keeps the outstanding promise: the promising thread's relaxed or release store of the
    /// promised value to its location, not happening after the load. The loader storing to the location breaks it.
    /// </summary>
    private bool KeepsPromise(int thread, ThreadClocks view, RaLocation location, long bits, AccessOrder order)
    {
        if (!ReferenceEquals(location, _promises.Location)) return false;
        CheckLoaderAccess(thread, location);
        return thread == _promises.Promise.Thread && bits == _promises.Promise.Bits
            && order is AccessOrder.Relaxed or AccessOrder.Release
            && !view.Clock.HasSeen(_promises.Loader, _promises.LoaderEpoch);
    }

    /// <summary>The store <paramref name="s"/> kept the promise: the load read it (coherence) and acquires it at its next fence.</summary>
    private void Keep(ControlledThread t, RaStore s, RaLocation location)
    {
        s.MarkRead(_promises.Loader, _promises.LoaderEpoch);
        _clocks.Thread(_promises.Loader).PendingAcquire.Join(s.Sync);
        _promises.Keep();
        if (_runtime.LogEnabled)
            _runtime.RecordValue(t, string.Create(CultureInfo.InvariantCulture,
                $"{s.ValueText(location.Width)} (keeps thread {_promises.Loader}'s promise)"));
    }

    /// <summary>
    /// Certifies this store's value for the kept relaxed loads of other threads it does not depend on (see
    /// <see cref="RaPromises"/>): it does not happen after the load, and its thread read no store made after the load.
    /// The main thread's stores are not promised (it observes outcomes after joining the workers).
    /// </summary>
    private void Certify(int thread, ThreadClocks view, RaLocation location, long bits)
    {
        if (thread == 0 || !RaPromises.Fits(bits)) return;
        for (int i = 0; i < location.LoadCount; i++)
        {
            var load = location.LoadAt(i);
            if (load.Thread == thread || view.MaxReadSerial >= load.Serial || view.Clock.HasSeen(load.Thread, load.Epoch)) continue;
            _promises.Certify(load.Prefix, new PromiseCandidate(thread, bits));
        }
    }

    /// <summary>
    /// How many of the newest stores of <paramref name="location"/> a store made at <paramref name="clock"/> may be
    /// placed before in modification order (at most <see cref="PlacementBound"/>): the run of newest stores that neither
    /// happen before it nor were read by a read that happens before it (coherence: such a store must precede it), and
    /// that are not fixed in place (read-modify-writes, SeqCst stores, the oldest kept store).
    /// </summary>
    private static int PlaceableBefore(RaLocation location, VectorClock clock)
    {
        int n = 0;
        for (int i = location.Count - 1; i >= 1 && n < PlacementBound; i--, n++)
        {
            var s = location[i];
            if (s.FixedInOrder || s.VisibleTo(clock)) break;
        }
        return n;
    }

    private static void SetSync(RaStore s, ThreadClocks view, AccessOrder order)
    {
        if (IsRelease(order)) s.Sync.CopyFrom(view.Clock);
        else s.Sync.CopyFrom(view.FenceRelease);
    }

    // ---- read-modify-writes ----

    /// <summary>
    /// A read-modify-write that has just run on the cell's field: it read <paramref name="old"/> (the newest store) and,
    /// when <paramref name="wrote"/>, stored the value the field now holds.
    /// </summary>
    public unsafe void ReadModifyWrite32(ControlledThread t, ref int cell, int old, bool wrote, AccessOrder order) =>
        Update(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 4, old, null), wrote, cell, null, order);

    public unsafe void ReadModifyWrite64(ControlledThread t, ref long cell, long old, bool wrote, AccessOrder order) =>
        Update(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), 8, old, null), wrote, cell, null, order);

    public unsafe void ReadModifyWriteReference<T>(ControlledThread t, ref T cell, T old, bool wrote, AccessOrder order) where T : class? =>
        Update(t, Locate(t, (nint)Unsafe.AsPointer(ref cell), BufferedStore.ReferenceWidth, 0, old), wrote, 0, cell, order);

    private void Update(ControlledThread t, RaLocation location, bool wrote, long bits, object? reference, AccessOrder order)
    {
        var view = View(t.Id);
        if (_promises.Outstanding) CheckLoaderAccess(t.Id, location);
        if (order == AccessOrder.SeqCst) JoinSeqCst(view.Clock);
        var read = location.Newest;
        read.MarkRead(t.Id, view.Clock[t.Id]);
        if (read.Serial > view.MaxReadSerial) view.MaxReadSerial = read.Serial;
        if (IsAcquire(order)) view.Clock.Join(read.Sync);
        else view.PendingAcquire.Join(read.Sync);
        if (wrote)
        {
            var s = location.Append(bits, reference, t.Id, view.Clock[t.Id]);
            s.Serial = _storeSerial++;
            s.FixedInOrder = true; // it stays right after the store it read (atomicity)
            SetSync(s, view, order);
            s.Sync.Join(read.Sync); // the release sequence of the store it read goes on through this one
        }
        if (order == AccessOrder.SeqCst) PublishSeqCst(view.Clock);
        if (wrote) view.Clock.Tick(t.Id);
    }

    // ---- synchronization outside the cells ----

    /// <summary>
    /// A full fence (<c>AtomicFence.SeqCst</c>, and locks, futex calls, spawn and join): acquires what the thread's
    /// relaxed loads read and everything SeqCst published, then publishes the thread's clock as a release fence.
    /// </summary>
    public void Fence(int thread)
    {
        if (_promises.Outstanding) CheckLoaderFence(thread);
        var view = View(thread);
        view.Clock.Join(view.PendingAcquire);
        JoinSeqCst(view.Clock);
        view.FenceRelease.CopyFrom(view.Clock);
        view.HasFenceRelease = true;
        PublishSeqCst(view.Clock);
        view.Clock.Tick(thread);
    }

    /// <summary>
    /// An acquire-release fence outside the SeqCst order (C11 <c>atomic_thread_fence(memory_order_acq_rel)</c>; only a
    /// memory-order mutant of <c>AtomicFence.SeqCst</c> makes one): acquires what the thread's relaxed loads read and
    /// publishes its clock for its later relaxed stores, without joining or publishing the SeqCst clock.
    /// </summary>
    public void AcquireReleaseFence(int thread)
    {
        if (_promises.Outstanding) CheckLoaderFence(thread);
        var view = View(thread);
        view.Clock.Join(view.PendingAcquire);
        view.FenceRelease.CopyFrom(view.Clock);
        view.HasFenceRelease = true;
        view.Clock.Tick(thread);
    }

    /// <summary>The thread yielded: its next load makes progress on its location (see the class essay).</summary>
    public void Yielded(int thread) => View(thread).YieldedSinceLoad = true;

    /// <summary>A blocked thread was woken (lock release, futex wake, joined thread's exit): it acquires what they published.</summary>
    public void Resumed(int thread) => JoinSeqCst(View(thread).Clock);

    /// <summary>
    /// The loader of the outstanding promise reached a fence (or a lock, futex, spawn or join): the fence would acquire the
    /// promised store's clock, which does not exist yet, so the promise is broken.
    /// </summary>
    private void CheckLoaderFence(int thread)
    {
        if (thread == _promises.Loader)
            Break(thread, $"discarded: thread {thread} reached a fence before thread {_promises.Promise.Thread} kept its promise");
    }

    /// <summary>
    /// The thread ended: a joiner synchronizes with everything it did. False when it owed the outstanding promise: the
    /// promise is broken and the execution must be discarded.
    /// </summary>
    public bool Exited(int thread)
    {
        PublishSeqCst(View(thread).Clock);
        if (!_promises.Outstanding || _promises.Promise.Thread != thread) return true;
        _promises.Break();
        return false;
    }

    /// <summary>
    /// Acquires everything the SeqCst order has published so far. The order's clock is one state every SeqCst operation
    /// and full fence shares, whatever its location, so the runtime's step log notes the access (a dependency of DPOR).
    /// </summary>
    private void JoinSeqCst(VectorClock clock)
    {
        clock.Join(_seqCst);
        _runtime.NoteSeqCstClock(publishes: false);
    }

    /// <summary>Publishes <paramref name="clock"/> into the SeqCst order's clock (see <see cref="JoinSeqCst"/>).</summary>
    private void PublishSeqCst(VectorClock clock)
    {
        _seqCst.Join(clock);
        _runtime.NoteSeqCstClock(publishes: true);
    }

    // ---- locations ----

    /// <summary>
    /// The history of the cell at <paramref name="address"/>, whose field holds <paramref name="bits"/> /
    /// <paramref name="reference"/> right now. A cell seen for the first time, or whose field no longer holds its newest
    /// store (written outside the atomics layer), starts a history with that value as its initial store.
    /// </summary>
    private RaLocation Locate(ControlledThread t, nint address, byte width, long bits, object? reference)
    {
        if (GC.CollectionCount(0) != _gcStamp)
            _runtime.AbortInternal(
                "internal: a garbage collection ran during a release/acquire iteration, so the cell addresses its store " +
                $"histories are kept by may be stale; the iteration was stopped (thread {t.Id})");
        if (!_locations.TryGetValue(address, out var location))
        {
            location = _spare.Count > 0 ? _spare.Pop() : new RaLocation();
            location.Restart(width, bits, reference);
            _locations.Add(address, location);
            return location;
        }
        var newest = location.Newest;
        if (width == BufferedStore.ReferenceWidth ? !ReferenceEquals(newest.Reference, reference) : newest.Bits != bits)
            location.Restart(width, bits, reference);
        return location;
    }

    private static bool IsAcquire(AccessOrder order) => order is AccessOrder.Acquire or AccessOrder.AcqRel or AccessOrder.SeqCst;

    private static bool IsRelease(AccessOrder order) => order is AccessOrder.Release or AccessOrder.AcqRel or AccessOrder.SeqCst;
}
