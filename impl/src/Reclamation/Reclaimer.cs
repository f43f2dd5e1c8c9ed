using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>
/// Safe memory reclamation for structures whose nodes live in a <see cref="NodePool"/>. The protocol a structure
/// follows on each operation:
/// <code>
/// r.BeginOperation(t);
/// try { ... h = r.Protect(t, ref cell) for every shared handle it will dereference ...
///       r.Retire(t, h) after unlinking h ... }
/// finally { r.EndOperation(t); }
/// </code>
/// and it allocates through <see cref="Allocate"/>. A scheme frees a retired node only when no thread can still
/// hold a reference obtained before it was unlinked.
/// </summary>
public abstract class Reclaimer
{
    private readonly AtomicInt32[] _registered;
    private readonly int[] _owner; // the controlled thread id of each slot's owner (for monitor events)
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId(); // this instance in monitor events (two reclaimers keep two clocks)
#endif

    protected Reclaimer(NodePool pool, int maxThreads, WeftConfig config)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        Pool = pool;
        MaxThreads = maxThreads;
        Config = config;
        if (config.SeededBug == SeededBug.NodePoolSharedMagazine) pool.ShareMagazinesForSeededDefect();
        if (config.SeededBug == SeededBug.NodePoolRunPlainStore) pool.StoreRunHeadsForSeededDefect();
        if (config.SeededBug == SeededBug.NodePoolRemoteLinkAfterPublish) pool.LinkRemoteFreesLateForSeededDefect();
        if (config.SeededBug == SeededBug.NodePoolOverflowPopPlainStore) pool.StoreOverflowHeadsForSeededDefect();
        _registered = new AtomicInt32[maxThreads];
        _owner = new int[maxThreads];
    }

    /// <summary>The controlled thread that registered slot <paramref name="index"/> (-1 outside a controlled test).</summary>
    protected int ThreadOf(int index) => _owner[index];

    /// <summary>
    /// Controlled build: reports a value of this reclaimer's global clock that the calling thread read
    /// (<paramref name="wrote"/> false) or wrote to the EpochMonotonic monitor. Call it right after the access, with
    /// no scheduling point in between, so the events come in the order of the accesses. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    protected void ClockObserved(string clock, long value, bool wrote = false)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new ClockEvent(_id, clock, value, SchedulingHooks.ThreadId, wrote));
#endif
    }

    /// <summary>
    /// Controlled build: reports that the calling thread stored <paramref name="value"/> as its <paramref name="kind"/>
    /// (a reservation end or an announcement) while the global clock was <paramref name="clock"/> (read without a
    /// scheduling point), to the monitor of ReservationsBounded / AnnouncementsBounded. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    protected void ReservationPublished(string kind, long value, long clock)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new ReservationEvent(_id, kind, SchedulingHooks.ThreadId, value, clock));
#endif
    }

    public NodePool Pool { get; }
    public int MaxThreads { get; }
    public WeftConfig Config { get; }
    public abstract ReclamationScheme Scheme { get; }

    /// <summary>True if the scheme may abandon an operation with <see cref="NeutralizedException"/>.</summary>
    public virtual bool Neutralizes => false;

    private LimboBag[]? _sharedLimbo;

    /// <summary><see cref="SeededBug.ReclaimerSharedLimbo"/>: the one set of limbo bags every registration is given.</summary>
    internal LimboBag[] SharedLimboForSeededDefect() => _sharedLimbo ??= LimboBag.NewSet();

    /// <summary>Claims a per-thread slot. Throws when all <see cref="MaxThreads"/> slots are taken.</summary>
    public ReclaimerThread Register()
    {
        for (int i = 0; i < MaxThreads; i++)
        {
            // Winning this CAS makes slot i this thread's until it unregisters.
            if (_registered[i].TryCompareExchange(0, 1, MemoryOrder.AcqRel))
            {
                _owner[i] = ControlledRun.ThreadId;
                var t = new ReclaimerThread(this, i);
                OnRegister(t);
                return t;
            }
        }
        throw new InvalidOperationException($"all {MaxThreads} reclaimer slots are registered");
    }

    /// <summary>Releases the slot. Nodes the thread still has in limbo are reclaimed as far as is safe now; the rest are leaked, not freed early.</summary>
    public void Unregister(ReclaimerThread t)
    {
        OnUnregister(t);
        _registered[t.Index].Store(0, MemoryOrder.Release);
    }

    protected bool IsRegistered(int index) => _registered[index].Load(MemoryOrder.Acquire) != 0;

    protected virtual void OnRegister(ReclaimerThread t) { }
    protected virtual void OnUnregister(ReclaimerThread t) { }

    public abstract void BeginOperation(ReclaimerThread t);
    public abstract void EndOperation(ReclaimerThread t);

    /// <summary>Reads a handle from a shared cell such that the node it names stays allocated until <see cref="EndOperation"/>.</summary>
    public abstract long Protect(ReclaimerThread t, ref AtomicInt64 cell);

    /// <summary>
    /// True when <see cref="Protect"/> is exactly an acquire load of the cell (the scheme protects whole operations,
    /// not individual reads: DEBRA, no reclamation, immediate reuse), so a structure may read a shared cell with a
    /// plain acquire load instead of the virtual call. The controlled build sees the same single load either way.
    /// </summary>
    public virtual bool ProtectIsPlainLoad => false;

    /// <summary>Called after each dereference of a protected node: DEBRA+ abandons the operation here if the thread was neutralized.</summary>
    public virtual void Validate(ReclaimerThread t) { }

    /// <summary>Takes a node from the pool for this thread. At the pool's maximum, plain DEBRA waits for reclamation
    /// (<see cref="WeftConfig.DebraPoolWaitMilliseconds"/>, see <see cref="DebraReclaimer"/>) before it throws
    /// <see cref="PoolExhaustedException"/>; the other schemes throw at once.</summary>
    public virtual long Allocate(ReclaimerThread t) => Pool.Allocate(t.Index);

    /// <summary>
    /// Takes a node inside an operation that can be abandoned and started again because it has published nothing yet
    /// (the EFRB tree's insert and delete, the Natarajan-Mittal tree's insert, both skiplists' insert): at the pool's maximum it throws
    /// <see cref="PoolExhaustedException"/> at once under every scheme, so that the structure ends the operation, calls
    /// <see cref="AwaitReclamation"/> outside it when <see cref="WaitsAtCapacity"/>, and starts the operation again. A
    /// thread waiting inside its operation would hold back the epoch, and with it the frees of its own limbo bags.
    /// </summary>
    public virtual long AllocateRestartable(ReclaimerThread t) => Allocate(t);

    /// <summary>True when the scheme waits for reclamation at the pool's maximum (plain DEBRA with a wait configured):
    /// a structure that caught <see cref="PoolExhaustedException"/> from <see cref="AllocateRestartable"/> then calls
    /// <see cref="AwaitReclamation"/> and retries.</summary>
    public virtual bool WaitsAtCapacity => false;

    /// <summary>
    /// Outside an operation, after <paramref name="exhausted"/> was thrown inside one: returns once <paramref name="slots"/>
    /// slots (as many as the restarted operation allocates before it publishes anything, at most 4) are free in this
    /// thread's magazine, or throws <see cref="PoolExhaustedException"/> (naming how long it waited) when the wait ran
    /// out. Schemes that do not wait rethrow <paramref name="exhausted"/>.
    /// </summary>
    public virtual void AwaitReclamation(ReclaimerThread t, PoolExhaustedException exhausted, int slots) =>
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exhausted);

    /// <summary>Hands an unlinked node to the scheme; it is freed once no thread can reach it.</summary>
    public abstract void Retire(ReclaimerThread t, long handle);

    /// <summary>Frees every node the scheme can prove unreachable right now (tests and shutdown).</summary>
    public abstract void Flush(ReclaimerThread t);

    /// <summary>Outside an operation: drops whatever protection the scheme keeps for the thread between operations (IBR's
    /// kept reservation), before the thread idles for long. A no-op for schemes that keep none.</summary>
    public virtual void Quiesce(ReclaimerThread t) { }

    /// <summary>
    /// The scheme structures use unless told otherwise: IBR (2GE-IBR). Of the safe schemes it is the one whose
    /// guarantees hold for every structure and every schedule without help from the structure:
    /// <list type="bullet">
    /// <item>Bounded garbage with stalled threads. A thread preempted or descheduled inside an operation holds back
    /// only the nodes whose lifetime overlaps its reservation interval; DEBRA holds back every node retired after its
    /// announced epoch (on two threads its limbo reaches hundreds of thousands of nodes while a thread is preempted, which a pool must grow to hold: see the README, stress run) and needs DEBRA+'s
    /// neutralization to recover.</item>
    /// <item>No discipline asked of the structure. DEBRA+'s cooperative neutralization is sound only for structures
    /// that write nothing shared but roots and owned nodes before they linearize and validate after each node read
    /// (<see cref="DebraReclaimer"/>); IBR needs only <see cref="Protect"/> on each shared read.</item>
    /// </list>
    /// Cost does not decide it: in the reclaimer benchmark (tools/Weft.Benchmarks ReclaimerBench) neither IBR nor
    /// DEBRA+ is consistently cheaper per push/pop pair across runs on the shared 2-core machine (README, Measurements).
    /// The price is a reservation update on every protected read that sees the era move, and a scan per
    /// <see cref="WeftConfig.RetireThreshold"/> retirements. Override per process with WEFT_RECLAMATION.
    /// </summary>
    public const ReclamationScheme DefaultScheme = ReclamationScheme.Ibr;

    /// <summary>A reclaimer of the configured scheme (<see cref="WeftConfig.Reclamation"/>, IBR unless WEFT_RECLAMATION says otherwise) for <paramref name="pool"/>.</summary>
    /// <param name="config">The configuration; null: <see cref="WeftConfig.FromEnvironment"/> (the defaults with the WEFT_* overrides set now).</param>
    public static Reclaimer Create(NodePool pool, int maxThreads, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        return Create(config.Reclamation, pool, maxThreads, config);
    }

    /// <summary>A reclaimer of <paramref name="scheme"/> for <paramref name="pool"/>.</summary>
    /// <param name="config">The configuration; null: <see cref="WeftConfig.FromEnvironment"/> (the defaults with the WEFT_* overrides set now).</param>
    public static Reclaimer Create(ReclamationScheme scheme, NodePool pool, int maxThreads, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        return scheme switch
        {
            ReclamationScheme.None => new LeakReclaimer(pool, maxThreads, config),
            ReclamationScheme.Immediate => new ImmediateReclaimer(pool, maxThreads, config),
            ReclamationScheme.Ibr => new IbrReclaimer(pool, maxThreads, config),
            ReclamationScheme.Debra => new DebraReclaimer(pool, maxThreads, config, neutralize: false),
            ReclamationScheme.DebraPlus => new DebraReclaimer(pool, maxThreads, config, neutralize: true),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
        };
    }
}
