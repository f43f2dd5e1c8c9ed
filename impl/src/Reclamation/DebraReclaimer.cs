using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>
/// DEBRA, distributed epoch-based reclamation, and DEBRA+ (with neutralization): T. A. Brown, "Reclaiming Memory
/// for Lock-Free Data Structures: There Has to Be a Better Way", PODC 2015. Spec: tla/DEBRA/DEBRA.tla.
///
/// Epochs. Each thread announces, at the start of an operation, the global epoch it read, with a full fence
/// (SeqCst store: the announcement must be visible before the thread reads any shared handle), and marks itself
/// quiescent when the operation ends (DEBRA+ keeps the announcement instead, see "Kept announcements"). Every
/// <see cref="WeftConfig.EpochCheckInterval"/> operations it checks one thread (Brown's MIN_OPS_BEFORE_READ: the
/// announcement it reads is a line its owner writes on every operation, so reading it on every operation costs a
/// coherence miss each time, and on one thread every operation would advance the epoch and rotate the bags); once it
/// has seen every thread either quiescent or announcing the current epoch e, it tries to advance the epoch from e to
/// e+1 with a CAS. The interval changes only how often the epoch may advance, not when a node may be freed, so it is a
/// constant of tla/DEBRA (CheckInterval).
///
/// Limbo bags. A thread retires nodes into its current bag. When it observes a new epoch it rotates: the oldest
/// of its three bags (nodes it retired two epochs before its previous one) is freed and becomes current.
/// Invariant: a node retired in the thread's epoch e is freed only once the global epoch has reached e+2, i.e.
/// after every thread that could have read it (in an operation announced at most e+1) has been seen quiescent or
/// in a later epoch.
///
/// DEBRA+ and neutralization. Plain DEBRA cannot advance past a thread stalled inside an operation, so its limbo
/// bags grow without bound. DEBRA+ neutralizes such a thread: when a checker finds the same announcement from the
/// same non-quiescent thread on <see cref="WeftConfig.StallThreshold"/> consecutive checks, it raises that thread's
/// neutralization flag (SeqCst) and from then on treats it as quiescent. Brown signals the thread, whose handler
/// siglongjmps to recovery code before it can touch memory again. .NET has no signal-to-thread with siglongjmp, so
/// neutralization here is cooperative and equally safe under a discipline the structure follows:
///   1. every read of a node field before the operation's linearizing CAS is followed by <see cref="Validate"/>,
///      which throws <see cref="NeutralizedException"/> if the flag is up, so a value read from a node that may
///      have been freed after neutralization is never used (pool memory is type-stable: the read itself is harmless);
///   2. writes before the linearization point go only to roots (cells that are never freed) or to nodes the
///      thread owns (allocated, unpublished), and CASes compare generation-tagged handles, so a stale CAS fails;
///   3. after the linearizing CAS the thread touches only the node it unlinked (not yet retired, so not freeable)
///      and is not abandoned.
/// Under this discipline "the thread observes the flag at its next validated access and restarts" is equivalent to
/// "the handler runs before its next access": neither lets the thread act on a node freed after neutralization.
/// A structure that writes to shared nodes before linearizing cannot follow rule 2 and uses IBR instead (the
/// fallback the design names for where neutralization is impossible).
///
/// Kept announcements (DEBRA+). <see cref="EndOperation"/> of DEBRA+ publishes nothing: the thread keeps the
/// announcement of its last operation. Its next <see cref="BeginOperation"/> reads its own flag, then the epoch e; if
/// the flag is down and e is the epoch it announced, it publishes nothing (no store, no fence: the common case, as the
/// epoch moves once per N checks); otherwise it announces as before (rotating if e moved, clearing the flag, the SeqCst
/// store). Why this stays safe: the announcement a checker can see is the thread's last store, made with SeqCst before
/// every handle read that followed it, so the Dekker pattern with the checker holds across the operation boundary as
/// within one operation, and an announcement of e covers the operation's reads exactly as a fresh store of e would.
/// Why garbage stays bounded: an idle thread holding an announcement of e blocks the epoch only as a thread stalled
/// inside an operation of epoch e does, and is neutralized the same way (StallThreshold consecutive checks); a
/// neutralized thread's next operation finds its flag up and takes the announcing path (clear the flag, announce the
/// epoch it read), so it never runs on an announcement the others have stopped honouring. A checker with a stale e may
/// neutralize a thread that announced the current epoch: that thread reads the same epoch, but its flag sends it down
/// the announcing path too. <see cref="Quiesce"/> (and <see cref="Reclaimer.Unregister"/>) enters the quiescent state,
/// so that an idle thread costs the others no neutralization.
///
/// Plain DEBRA does not keep its announcement: <see cref="EndOperation"/> enters the quiescent state as before. An
/// announced idle thread blocks every epoch advance, and plain DEBRA has no neutralization to recover, so keeping it
/// would turn every thread that stops without <see cref="Quiesce"/> into a stalled one, whose garbage grows without
/// bound for everyone (reclamation/stall-debra); IBR can keep its reservation because a kept reservation blocks only
/// the nodes alive in its own eras. Plain DEBRA pays the SeqCst store in every operation for that.
///
/// Waiting at the pool's maximum (plain DEBRA). An allocation that finds the pool exhausted waits for reclamation
/// before it reports exhaustion (DebraReclaimer.PoolWait.cs).
/// </summary>
public sealed partial class DebraReclaimer : Reclaimer
{
    /// <summary>Per-thread announcement words (longs) and neutralization flags (ints) sit <see cref="ArchInfo.PaddingBytes"/>
    /// apart (two detected cache lines) so threads do not false-share them.</summary>
    private static readonly int Stride = ArchInfo.Current.PaddedStride(sizeof(long)), FlagStride = ArchInfo.Current.PaddedStride(sizeof(int));
    private const long QuiescentBit = 1;
    private const string Clock = "DEBRA epoch";

    private readonly bool _neutralize;
    private readonly int _checkInterval;

    // The configuration's per-operation settings, read once (an operation tests a field instead of Config.SeededBug's two loads).
    private readonly bool _announceAhead, _doubleRetire, _keepAcrossEpoch;
    private readonly MemoryOrder _announceOrder;
    private AtomicInt64 _epoch = new(1);
    private readonly AtomicInt64[] _announce;   // (epoch << 1) | quiescent
    private readonly AtomicInt32[] _neutralized;
    private readonly long[] _stallWord;         // per checker: the announcement last seen blocking
    private readonly int[] _stallCount;         // per checker: consecutive checks that saw it

    public DebraReclaimer(NodePool pool, int maxThreads, WeftConfig config, bool neutralize) : base(pool, maxThreads, config)
    {
        _neutralize = neutralize;
        _checkInterval = config.EpochCheckInterval;
        _announceAhead = config.SeededBug == SeededBug.DebraAnnounceAhead;
        _doubleRetire = config.SeededBug == SeededBug.DoubleRetire;
        _keepAcrossEpoch = config.SeededBug == SeededBug.DebraKeepAcrossEpoch;
        _announceOrder = config.SeededBug == SeededBug.DebraAnnouncementRelease ? MemoryOrder.Release : MemoryOrder.SeqCst;
        _waitsAtCapacity = !neutralize && config.DebraPoolWaitMilliseconds > 0;
        _announce = new AtomicInt64[maxThreads * Stride];
        _neutralized = new AtomicInt32[maxThreads * FlagStride];
        for (int i = 0; i < maxThreads; i++) _announce[i * Stride] = new AtomicInt64((1L << 1) | QuiescentBit);
        _stallWord = new long[maxThreads];
        _stallCount = new int[maxThreads];
    }

    public override ReclamationScheme Scheme => _neutralize ? ReclamationScheme.DebraPlus : ReclamationScheme.Debra;

    public override bool Neutralizes => _neutralize;

    /// <summary>Plain DEBRA's Protect is an acquire load (the announcement at BeginOperation protects); DEBRA+'s also checks the flag.</summary>
    public override bool ProtectIsPlainLoad => !_neutralize;

    /// <summary>The global epoch (for monitors and tests).</summary>
    public long Epoch => _epoch.Peek();

    /// <summary>Thread <paramref name="index"/>'s announcement: its epoch and whether it is quiescent.</summary>
    public (long Epoch, bool Quiescent) Announcement(int index)
    {
        long a = _announce[index * Stride].Peek();
        return (a >> 1, (a & QuiescentBit) != 0);
    }

    /// <summary>Whether thread <paramref name="index"/> has been neutralized and not yet restarted.</summary>
    public bool IsNeutralized(int index) => _neutralized[index * FlagStride].Peek() != 0;

    protected override void OnRegister(ReclaimerThread t)
    {
        t.LocalEpoch = _epoch.Load(MemoryOrder.Acquire);
        ClockObserved(Clock, t.LocalEpoch);
        _announce[t.Index * Stride].Store((t.LocalEpoch << 1) | QuiescentBit, MemoryOrder.Release);
        ReservationPublished("announcement", t.LocalEpoch, _epoch.Peek());
    }

    protected override void OnUnregister(ReclaimerThread t)
    {
        t.Active = false;
        Quiesce(t);
    }

    // Labels (StepLabel.At) name the pc values of tla/DEBRA/DEBRA.tla; a TLC trace replay runs a thread from one to the next.

    /// <summary>The stall bookkeeping of checker <paramref name="index"/> (refinement mappings): the epoch of the blocking announcement last seen, and how often.</summary>
    internal (long Epoch, int Count) Stall(int index) => (_stallWord[index] >> 1, _stallCount[index]);

    public override void BeginOperation(ReclaimerThread t)
    {
        t.Active = true;
        long e;
        if (_neutralize && t.Announced && FlagDown(t))
        {
            // The announcement kept from the last operation (class essay): nothing to publish if the epoch is still its.
            StepLabel.At("begin_read_epoch_kept");
            e = _epoch.Load(MemoryOrder.Acquire);
            ClockObserved(Clock, e);
            // The seeded defect reuses the kept announcement in whatever epoch it reads, going on in its old one.
            if (e == t.LocalEpoch || _keepAcrossEpoch)
            {
                CountOperation(t, t.LocalEpoch);
                return;
            }
        }
        else
        {
            StepLabel.At("begin_read_epoch");
            e = _epoch.Load(MemoryOrder.Acquire);
            ClockObserved(Clock, e);
        }
        Announce(t, e);
    }

    /// <summary>DEBRA+, a thread that kept its announcement: whether its neutralization flag is down. Acquire suffices: a
    /// flag raised after this load is seen by Protect's SeqCst check before the operation uses anything it reads.</summary>
    private bool FlagDown(ReclaimerThread t)
    {
        StepLabel.At("begin_read_flag");
        return _neutralized[t.Index * FlagStride].Load(MemoryOrder.Acquire) == 0;
    }

    /// <summary>Leaves the quiescent state (or a kept announcement of another epoch, or one the others stopped honouring):
    /// rotates if <paramref name="e"/> is a new epoch, clears the flag (DEBRA+), announces e with the fence.</summary>
    private void Announce(ReclaimerThread t, long e)
    {
        if (e != t.LocalEpoch)
        {
            t.LocalEpoch = e;
            t.CheckNext = 0;
            RotateAndReclaim(t);
        }
        if (_neutralize)
        {
            StepLabel.At("begin_clear_flag", e);
            _neutralized[t.Index * FlagStride].Store(0, MemoryOrder.Relaxed); // restarting: the neutralization is served
            FlagCleared();
        }
        StepLabel.At("begin_announce", e);
        // The seeded defect announces the epoch the thread expects to help reach, one ahead (AnnouncementsBounded).
        long announced = _announceAhead ? e + 1 : e;
        // SeqCst: the announcement must be visible before the next handle read; the seeded defect weakens it to Release.
        _announce[t.Index * Stride].Store(announced << 1, _announceOrder);
        ReservationPublished("announcement", announced, _epoch.Peek());
        t.Announced = true;
        CountOperation(t, e);
    }

    /// <summary>Every <see cref="WeftConfig.EpochCheckInterval"/> operations, checks one thread against epoch <paramref name="e"/>.</summary>
    private void CountOperation(ReclaimerThread t, long e)
    {
        if (++t.OpsSinceCheck < _checkInterval) return;
        t.OpsSinceCheck = 0;
        CheckOne(t, e);
    }

    /// <summary>DEBRA+ keeps its announcement (class essay); plain DEBRA enters the quiescent state.</summary>
    public override void EndOperation(ReclaimerThread t)
    {
        t.Active = false;
        if (!_neutralize) EnterQuiescence(t);
    }

    /// <summary>Outside an operation: enters the quiescent state, dropping the announcement DEBRA+ keeps between
    /// operations, so that the others neither wait for nor neutralize an idle thread. Call it before a long idle period;
    /// <see cref="Reclaimer.Unregister"/> calls it. A no-op for a thread already quiescent (plain DEBRA after every operation).</summary>
    public override void Quiesce(ReclaimerThread t)
    {
        if (t.Announced) EnterQuiescence(t);
    }

    private void EnterQuiescence(ReclaimerThread t)
    {
        StepLabel.At("end_announce");
        _announce[t.Index * Stride].Store((t.LocalEpoch << 1) | QuiescentBit, MemoryOrder.Release);
        ReservationPublished("announcement", t.LocalEpoch, _epoch.Peek());
        t.Announced = false;
    }

    public override long Protect(ReclaimerThread t, ref AtomicInt64 cell)
    {
        StepLabel.At("protect_read_handle");
        long h = cell.Load(MemoryOrder.Acquire);
        if (_neutralize)
        {
            StepLabel.At("protect_validate", h);
            CheckFlag(t, afterRead: false);
        }
        return h;
    }

    public override void Validate(ReclaimerThread t)
    {
        if (_neutralize) CheckFlag(t, afterRead: true);
    }

    /// <summary>Throws <see cref="NeutralizedException"/> when the thread's flag is up: Protect's check of the handle it
    /// read (<paramref name="afterRead"/> false), or the structure's check after it read a node field (true).</summary>
    private void CheckFlag(ReclaimerThread t, bool afterRead)
    {
        bool up = _neutralized[t.Index * FlagStride].Load(MemoryOrder.SeqCst) != 0;
        if (up && afterRead && Config.SeededBug == SeededBug.DebraPlusResumeNeutralized)
        {
            // The seeded defect: the check after a node read serves the neutralization by clearing the flag and lets
            // the operation go on with what it read, instead of restarting it (NeutralizationSafety).
            _neutralized[t.Index * FlagStride].Store(0, MemoryOrder.Relaxed);
            FlagCleared();
            up = false;
        }
        Validated(up);
        if (up) throw new NeutralizedException();
    }

    /// <summary>Controlled build: tells the monitors that the calling thread's neutralization flag is down again.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void FlagCleared()
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new NeutralizeEvent(SchedulingHooks.ThreadId, Raised: false));
#endif
    }

    /// <summary>Controlled build: tells the monitors that the calling thread's validation found its flag <paramref name="up"/> or down.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void Validated(bool up)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new ValidateEvent(SchedulingHooks.ThreadId, up));
#endif
    }

    /// <summary>Controlled build: tells the monitors that the calling thread raised the neutralization flag of controlled thread <paramref name="thread"/>.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void FlagRaised(int thread)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new NeutralizeEvent(thread));
#endif
    }

    public override void Retire(ReclaimerThread t, long handle)
    {
        Pool.MarkRetired(handle);
        t.Limbo[t.CurrentBag].Add(handle);
        // The seeded defect files the node twice (a retire repeated on a retry path): the rotation frees it twice (NoDoubleFree).
        if (_doubleRetire) t.Limbo[t.CurrentBag].Add(handle);
    }

    public override void Flush(ReclaimerThread t)
    {
        // Nothing is provably safe outside the epoch protocol; try to move the epoch on instead.
        if (!t.Active) BeginOperation(t);
        EndOperation(t);
        Quiesce(t);
    }

    /// <summary>Checks one thread; advances the epoch once every thread has been seen quiescent or in epoch e.</summary>
    private void CheckOne(ReclaimerThread t, long e)
    {
        if (t.CheckNext >= MaxThreads) return;
        int j = t.CheckNext;
        StepLabel.At("check_read_announce", e);
        long a = _announce[j * Stride].Load(MemoryOrder.Acquire);
        // j passes if it is this thread, unregistered, quiescent, in epoch e, or (DEBRA+) already neutralized.
        bool passed = j == t.Index;
        if (!passed)
        {
            StepLabel.At("check_registered", e, a);
            passed = !IsRegistered(j) || (a & QuiescentBit) != 0 || (a >> 1) == e;
        }
        if (!passed && _neutralize)
        {
            StepLabel.At("check_read_flag", e, a);
            passed = _neutralized[j * FlagStride].Load(MemoryOrder.Acquire) != 0;
        }
        if (!passed && _neutralize)
        {
            // The stall record of a registration slot passes to its next owner through Register's CAS (checked plain data).
            ref long stallWord = ref _stallWord[t.Index];
            ref int stallCount = ref _stallCount[t.Index];
            if (a == Plain.Read(ref stallWord)) Plain.Write(ref stallCount, Plain.Read(ref stallCount) + 1);
            else
            {
                Plain.Write(ref stallWord, a);
                Plain.Write(ref stallCount, 1);
            }
            if (Plain.Read(ref stallCount) >= Config.StallThreshold)
            {
                // Raise j's flag: from this store on, j uses nothing it reads without first seeing the flag.
                StepLabel.At("check_neutralize", e, a);
                _neutralized[j * FlagStride].Store(1, MemoryOrder.SeqCst);
                FlagRaised(ThreadOf(j));
                Plain.Write(ref stallCount, 0);
                passed = true;
            }
        }
        if (!passed) return;
        t.CheckNext++;
        if (t.CheckNext == MaxThreads)
        {
            // Winning this CAS starts epoch e+1: every thread was seen quiescent, in epoch e, or neutralized.
            StepLabel.At("check_cas_epoch", e);
            bool advanced = _epoch.TryCompareExchange(e, e + 1, MemoryOrder.AcqRel);
            if (advanced)
            {
                ClockObserved(Clock, e);
                ClockObserved(Clock, e + 1, wrote: true);
            }
            else if (Config.SeededBug == SeededBug.DebraEpochRollback)
            {
                // The seeded defect: a checker that lost the race to advance puts back the epoch it checked, so that
                // its scan "counts"; the epoch moves backwards (EpochMonotonic).
                _epoch.Store(e, MemoryOrder.Release);
                ClockObserved(Clock, e, wrote: true);
            }
        }
    }

    private void RotateAndReclaim(ReclaimerThread t)
    {
        // The seeded defect rotates through two bags instead of three: a bag is freed one epoch too early.
        int bags = Config.SeededBug == SeededBug.DebraEarlyRotation ? 2 : 3;
        t.CurrentBag = (t.CurrentBag + 1) % bags;
        FreeBag(t, t.Limbo[t.CurrentBag]);
    }

    private void FreeBag(ReclaimerThread t, LimboBag bag)
    {
        for (int i = 0; i < bag.Count; i++)
        {
            StepLabel.At("rotate_free", i); // live: the position in the bag (the spec's toFree)
            Pool.Free(t.Index, bag[i]);
        }
        bag.Clear();
    }
}
