using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// The happens-before relation of one iteration, kept with vector clocks (<see cref="VectorClock"/>; Lamport 1978,
/// Mattern 1989) as the data-race detector needs it (<see cref="RaceDetector"/>; the clock discipline is FastTrack's,
/// Flanagan and Freund, PLDI 2009, with the C11 synchronizes-with rules of Batty, Owens, Sarkar, Sewell, Weber,
/// "Mathematizing C++ Concurrency", POPL 2011, for the atomics layer's declared memory orders).
///
/// State. Each controlled thread t has a clock C_t; its own entry C_t[t] is its current epoch, advanced after every
/// operation by which t publishes (a release), so an access made after a release is not ordered before an acquirer of
/// that release. Each atomic location x (a cell's address) has a release clock L_x: what a thread that reads the value
/// now in x, with acquire, synchronizes with. Each lock has the clock of its last release.
///
/// Edges (the engine calls these when the operation takes effect, which is when its thread is chosen):
/// <list type="bullet">
/// <item>Store to x: Release or stronger sets L_x := C_t (the head of a new release sequence); Relaxed sets L_x to the
/// clock of t's last SeqCst fence, else empty (a relaxed store ends the release sequence, as in C++20).</item>
/// <item>Load of x: Acquire or stronger joins L_x into C_t; Relaxed joins it into t's pending-acquire clock, which
/// t's next SeqCst fence joins into C_t (C11's fence rules).</item>
/// <item>Read-modify-write on x (exchange, fetch-op, a successful CAS): reads the newest value, so it is in the release
/// sequence of every release before it: it acquires as a load does, and a Release-or-stronger RMW joins C_t into L_x
/// (L_x only grows along the sequence). A failed CAS is a load with the CAS's order minus its release half.</item>
/// <item>SeqCst fence (the only fence the atomics layer offers): an acquire fence and a release fence. SeqCst
/// operations add no edge of their own beyond their release/acquire halves (C11: the total order S constrains which
/// values are read, it does not create happens-before).</item>
/// <item>Lock release -> the next acquire of that lock; futex wake -> the waits it ends (the waker's clock is joined
/// into each woken thread); spawn (parent -> child); join (child's final clock -> joiner).</item>
/// </list>
///
/// Which store a load reads. Under SC a load reads the newest store to its location, whose clock is L_x. Under TSO a
/// store waits in its thread's buffer: its clock is captured when it is issued and becomes L_x when it is flushed
/// (<see cref="OnFlush"/>), in buffer order; a load that forwards from its own thread's buffer reads its own store and
/// synchronizes with nothing. Under the release/acquire model a load may read an older store, so the location edges
/// above (<see cref="OnAccess"/>, <see cref="OnCasOutcome"/>) are not used: <see cref="RaMemory"/> keeps each store's
/// clock in the location's history and joins the clock of the store a load actually reads into the same per-thread
/// clocks (<see cref="Thread"/>). This object is then the one source of happens-before for both the model (which stores
/// a load may read) and the race detector (which plain accesses are ordered): only a synchronizing reads-from (an
/// acquire reading a release, through fences and release sequences), the full fences of <see cref="RaMemory"/> and the
/// thread edges (spawn, join, wake) create edges.
///
/// Addresses name locations only while the garbage collector does not move objects. The runtime holds the heap still
/// (<see cref="StableHeap"/>) while the detector runs, and every call checks <see cref="GC.CollectionCount(int)"/>: when
/// a collection ran anyway, the address-keyed state is stale, so tracking stops for the rest of the iteration
/// (<see cref="Stopped"/>): no race is reported from then on (none is invented either), and the iteration is counted in
/// <see cref="StoppedIterations"/>.
/// </summary>
internal sealed class HappensBefore
{
    private readonly List<ThreadClocks> _threads = new();
    private readonly Dictionary<nint, VectorClock> _locations = new();
    private readonly Dictionary<object, VectorClock> _resources = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<VectorClock> _spare = new();
    private int _gcStamp;

    /// <summary>True once a garbage collection ran in this iteration: addresses may be stale, nothing more is tracked.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Iterations (over this object's life) in which a collection stopped the tracking.</summary>
    public int StoppedIterations { get; private set; }

    /// <summary>Forgets everything: a new iteration, with thread 0 at epoch 1.</summary>
    public void Reset()
    {
        foreach (var c in _locations.Values) Recycle(c);
        _locations.Clear();
        foreach (var c in _resources.Values) Recycle(c);
        _resources.Clear();
        foreach (var t in _threads) t.Reset();
        Stopped = false;
        _gcStamp = GC.CollectionCount(0);
    }

    /// <summary>Thread <paramref name="thread"/>'s clock (the race detector reads its epochs).</summary>
    public VectorClock ClockOf(int thread) => Thread(thread).Clock;

    /// <summary>False (and tracking stopped) when a collection ran since the iteration began.</summary>
    public bool HeapStable()
    {
        if (Stopped) return false;
        if (GC.CollectionCount(0) == _gcStamp) return true;
        Stopped = true;
        StoppedIterations++;
        return false;
    }

    // ---- threads ----

    /// <summary>A new thread: the child starts with its parent's clock (spawn edge) and its own epoch 1; the parent moves on.</summary>
    public void OnNewThread(int child, int parent)
    {
        var c = Thread(child);
        if (parent >= 0)
        {
            var p = Thread(parent);
            c.Clock.CopyFrom(p.Clock);
            p.Clock.Tick(parent);
        }
        c.Clock.Set(child, 1);
    }

    /// <summary>A join returned: everything <paramref name="target"/> did happens before what the joiner does next.</summary>
    public void OnJoin(int joiner, int target) => Thread(joiner).Clock.Join(Thread(target).Clock);

    /// <summary>A futex or lock wake released <paramref name="woken"/>: the waker's past happens before the woken thread's future.</summary>
    public void OnWake(int waker, int woken)
    {
        var w = Thread(waker);
        Thread(woken).Clock.Join(w.Clock);
        w.Clock.Tick(waker);
    }

    // ---- atomic accesses ----

    /// <summary>
    /// The operation <paramref name="op"/> of <paramref name="thread"/> takes effect now on the cell at
    /// <paramref name="address"/> (0: none) or the lock <paramref name="resource"/>, with memory order
    /// <paramref name="order"/>. <paramref name="buffered"/>: under TSO, the store waits in the thread's buffer.
    /// </summary>
    public void OnAccess(int thread, OpKind op, nint address, object? resource, AccessOrder order, bool buffered)
    {
        if (!HeapStable()) return;
        var t = Thread(thread);
        switch (op)
        {
            case OpKind.Fence:
                t.Clock.Join(t.PendingAcquire);
                t.FenceRelease.CopyFrom(t.Clock);
                t.HasFenceRelease = true;
                t.Clock.Tick(thread);
                break;
            case OpKind.LockAcquire when resource is not null:
                if (_resources.TryGetValue(resource, out var released)) t.Clock.Join(released);
                break;
            case OpKind.LockRelease when resource is not null:
                if (!_resources.TryGetValue(resource, out var lockClock)) _resources[resource] = lockClock = Rent();
                lockClock.CopyFrom(t.Clock);
                t.Clock.Tick(thread);
                break;
            case OpKind.Load or OpKind.FutexWait when address != 0:
                Load(thread, t, address, order);
                break;
            case OpKind.Store when address != 0:
                Store(thread, t, address, order, buffered);
                break;
            case OpKind.Exchange or OpKind.FetchAdd or OpKind.FetchOr or OpKind.FetchAnd when address != 0:
                ReadModifyWrite(thread, t, address, order);
                break;
            case OpKind.CompareExchange when address != 0:
                t.PendingCasAddress = address; // its effect depends on its outcome (OnCasOutcome)
                t.PendingCasOrder = order;
                break;
        }
    }

    /// <summary>The compare-and-swap <paramref name="thread"/> announced has run: a read-modify-write if it won, else a load.</summary>
    public void OnCasOutcome(int thread, bool succeeded)
    {
        var t = Thread(thread);
        nint address = t.PendingCasAddress;
        t.PendingCasAddress = 0;
        if (address == 0 || !HeapStable()) return;
        if (succeeded) ReadModifyWrite(thread, t, address, t.PendingCasOrder);
        else Load(thread, t, address, t.PendingCasOrder switch { AccessOrder.Release => AccessOrder.Relaxed, AccessOrder.AcqRel => AccessOrder.Acquire, var o => o });
    }

    /// <summary>TSO: the oldest store of <paramref name="thread"/>'s buffer reached memory: its captured clock becomes its location's.</summary>
    public void OnFlush(int thread)
    {
        var t = Thread(thread);
        if (t.Buffered.Count == 0) return; // already applied (see Store: a SeqCst store drains the buffer first)
        var (address, clock) = t.Buffered.Dequeue();
        if (HeapStable()) Publish(address, clock);
        if (clock is not null) Recycle(clock);
    }

    private void Load(int thread, ThreadClocks t, nint address, AccessOrder order)
    {
        if (t.BuffersStoreTo(address)) return; // TSO: it reads its own buffered store
        if (!_locations.TryGetValue(address, out var released)) return;
        (IsAcquire(order) ? t.Clock : t.PendingAcquire).Join(released);
    }

    private void Store(int thread, ThreadClocks t, nint address, AccessOrder order, bool buffered)
    {
        bool release = IsRelease(order);
        VectorClock? clock = release ? t.Clock : t.HasFenceRelease ? t.FenceRelease : null;
        if (buffered)
        {
            VectorClock? captured = null;
            if (clock is not null)
            {
                captured = Rent();
                captured.CopyFrom(clock);
            }
            t.Buffered.Enqueue((address, captured));
        }
        else
        {
            // A store that goes to memory at once (SC, or a SeqCst store under TSO) follows the thread's buffered
            // stores: apply them first, in order, as the drain that precedes it will write them.
            while (t.Buffered.Count > 0) OnFlush(thread);
            Publish(address, clock);
        }
        if (release) t.Clock.Tick(thread);
    }

    private void ReadModifyWrite(int thread, ThreadClocks t, nint address, AccessOrder order)
    {
        if (!_locations.TryGetValue(address, out var sequence)) _locations[address] = sequence = Rent();
        (IsAcquire(order) ? t.Clock : t.PendingAcquire).Join(sequence);
        // An RMW continues the release sequence it read from; a releasing one adds the thread's own past to it.
        if (IsRelease(order))
        {
            sequence.Join(t.Clock);
            t.Clock.Tick(thread);
        }
        else if (t.HasFenceRelease) sequence.Join(t.FenceRelease);
    }

    /// <summary>A plain (non-RMW) store reaches memory at <paramref name="address"/>: it heads a new release sequence, or ends it (null).</summary>
    private void Publish(nint address, VectorClock? clock)
    {
        if (!_locations.TryGetValue(address, out var l))
        {
            if (clock is null) return;
            _locations[address] = l = Rent();
        }
        if (clock is null) l.Clear();
        else l.CopyFrom(clock);
    }

    private static bool IsAcquire(AccessOrder o) => o is AccessOrder.Acquire or AccessOrder.AcqRel or AccessOrder.SeqCst;

    private static bool IsRelease(AccessOrder o) => o is AccessOrder.Release or AccessOrder.AcqRel or AccessOrder.SeqCst;

    /// <summary>Thread <paramref name="id"/>'s clocks (created on first use).</summary>
    public ThreadClocks Thread(int id)
    {
        while (_threads.Count <= id) _threads.Add(new ThreadClocks());
        return _threads[id];
    }

    private VectorClock Rent()
    {
        if (_spare.Count == 0) return new VectorClock();
        var c = _spare.Pop();
        c.Clear();
        return c;
    }

    private void Recycle(VectorClock c) => _spare.Push(c);
}
