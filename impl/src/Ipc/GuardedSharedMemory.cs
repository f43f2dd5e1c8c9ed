using System;
using System.Diagnostics;
using System.IO;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>
/// A named shared-memory segment that knows which processes are attached and removes itself when the last of them
/// detaches or dies. Spec: tla/GuardedShm/GuardedShm.tla.
///
/// Layout: a 64-byte header (magic, version, data size, an incarnation id, the number of pid slots, the unlink claim),
/// then a table of <see cref="MaxProcesses"/> pid slots of which the first <see cref="SlotCount"/> are used (0 = free),
/// then the caller's data from <see cref="DataOffset"/> (64-byte aligned).
///
/// Attach claims a slot with a CAS from 0, or from the pid of a dead process (a slot whose process died without
/// detaching is reclaimed). Detach clears its slot with a CAS from our pid, then scans the table for a live pid; a
/// detacher that finds none, like <see cref="CleanupIfAbandoned"/> on a segment whose processes all died, then competes
/// for the header's unlink claim (a CAS from 0 to 1): only its winner removes the name, and only if the name still
/// refers to this incarnation (the incarnation id stored in the header equals the one found under the name).
///
/// Invariants (each a monitor under the scheduler): a slot holds the pid of a process that attached and has not
/// detached, or 0, or a dead pid; a live attached process always holds a slot; the name is unlinked only by a process
/// whose liveness scan of this incarnation found no live pid, and so never while a process that attached before that
/// scan began is alive and still attached, and never when it refers to a newer incarnation.
///
/// Benign race: an attach that races with the last detach. The scan reads the slots one by one; a process whose slot
/// CAS comes after the scan read that slot is not seen, and the detacher may unlink the name while it is attached. That
/// process keeps a working mapping that no later process can open (its own detach finds the claim taken and unlinks
/// nothing). The claim is what makes the incarnation check sound: without it two last detachers (or a detacher and a
/// cleanup) could both find the name still theirs, the first unlink it, a new incarnation be created under the name,
/// and the second remove that. Only an unlink from outside (<see cref="ShmSegment.Unlink"/>) between the claim winner's
/// check and its unlink can still make it remove a newer incarnation (tla/GuardedShm/MC_Operator.cfg). Pid reuse makes a dead process look alive (the
/// segment then lingers; it is never removed early).
/// </summary>
public sealed class GuardedSharedMemory : IDisposable
{
    /// <summary>Processes (attachments) one segment can track at most.</summary>
    public const int MaxProcesses = 64;

    private const int DataSizeField = 16, IncarnationField = 24, SlotCountField = 32;

    /// <summary>The header's unlink claim word and the pid table's offset (read by the spec model's refinement mapping).</summary>
    internal const int UnlinkClaimField = 36, TableOffset = IpcHeader.Size;

    /// <summary>Where the caller's data begins in <see cref="Segment"/>.</summary>
    public const int DataOffset = TableOffset + MaxProcesses * 4;

    private readonly int _slot;
    private readonly IpcOptions _options;
    private bool _detached;

    private GuardedSharedMemory(ShmSegment segment, string name, int slot, int slots, IpcOptions options)
    {
        Segment = segment;
        Name = name;
        _slot = slot;
        SlotCount = slots;
        _options = options;
    }

    public string Name { get; }

    /// <summary>The whole mapping; the caller's data is at <see cref="DataOffset"/> (use <see cref="ShmSegment.Int32At"/> for atomics).</summary>
    public ShmSegment Segment { get; }

    /// <summary>The pid slots this segment tracks (set by its creator, at most <see cref="MaxProcesses"/>).</summary>
    public int SlotCount { get; }

    /// <summary>Bytes of caller data.</summary>
    public int DataSize => Segment.Int32At(DataSizeField).Load(MemoryOrder.Relaxed);

    /// <summary>The caller's data (not atomic).</summary>
    public Span<byte> Data => Segment.Bytes(DataOffset, DataSize);

    private static long NewIncarnation() => BitConverter.ToInt64(Guid.NewGuid().ToByteArray(), 0) | 1;

    private static ref AtomicInt32 Slot(ShmSegment s, int i) => ref s.Int32At(TableOffset + 4 * i);

    /// <summary>
    /// Creates the named segment with <paramref name="dataSize"/> zero bytes of data and attaches this process.
    /// <paramref name="processes"/> is how many attachments it tracks (1 to <see cref="MaxProcesses"/>).
    /// </summary>
    public static GuardedSharedMemory Create(string name, int dataSize, int processes = MaxProcesses, IpcOptions? options = null)
    {
        if (dataSize <= 0 || dataSize > int.MaxValue - DataOffset)
            throw new ArgumentOutOfRangeException(nameof(dataSize), dataSize, $"data size must lie in [1, {int.MaxValue - DataOffset}]");
        if (processes < 1 || processes > MaxProcesses)
            throw new ArgumentOutOfRangeException(nameof(processes), processes, $"a guarded segment tracks 1 to {MaxProcesses} processes");
        StepLabel.At("create");
        var s = ShmSegment.CreateNamed(name, DataOffset + dataSize);
        try
        {
            Initialize(s, dataSize, processes, ProcessLiveness.CurrentPid);
            ReportAttached(s, 0, 0);
        }
        catch
        {
            s.Dispose();
            ShmSegment.Unlink(name);
            throw;
        }
        StepLabel.At("publish");
        // Controlled build: a simulated process may die here, before publishing (SimulatedIpc.CrashPoint); the segment
        // then exists with our pid in slot 0 and magic 0, which CleanupIfAbandoned recognizes as abandoned.
        CrashPoint();
        IpcHeader.Publish(s, 0, IpcHeader.GuardMagic);
        return new GuardedSharedMemory(s, name, 0, processes, options ?? IpcOptions.Default);
    }

    /// <summary>
    /// The creator's private initialization, before it publishes: sizes, incarnation, and its own pid in slot 0. The pid
    /// store is a release so that a clean-up which finds it in a segment never published (its creator died) also finds
    /// the sizes written before it.
    /// </summary>
    internal static void Initialize(ShmSegment s, int dataSize, int processes, int creatorPid)
    {
        s.Int32At(DataSizeField).Store(dataSize, MemoryOrder.Relaxed);
        s.Int64At(IncarnationField).Store(Incarnation(s), MemoryOrder.Relaxed);
        s.Int32At(SlotCountField).Store(processes, MemoryOrder.Relaxed);
        Slot(s, 0).Store(creatorPid, MemoryOrder.Release);
    }

    /// <summary>
    /// The live local a step label passes for the segment a thread has mapped (the stateful spec search tells states
    /// apart by it, see <c>StepLabel.At</c>): the simulated object's number, 0 outside a simulation.
    /// </summary>
    private static long SegmentId(ShmSegment s) => s.SimulatedId;

    /// <summary>A new incarnation id; in a simulated namespace the object's number (deterministic across replays).</summary>
    private static long Incarnation(ShmSegment s) => SegmentId(s) is var id and not 0 ? id : NewIncarnation();

    /// <summary>Attaches this process to an existing guarded segment. Throws if all its slots hold live processes.</summary>
    public static GuardedSharedMemory Attach(string name, IpcOptions? options = null)
    {
        options ??= IpcOptions.Default;
        StepLabel.At("attach_open");
        var s = Open(name, out int slots);
        try
        {
            int me = ProcessLiveness.CurrentPid;
            for (int i = 0; i < slots; i++)
            {
                StepLabel.At("attach_load", SegmentId(s), i);
                int p = Slot(s, i).Load(MemoryOrder.Acquire);
                if (!Claimable(p, me, options.SeededBug)) continue;
                // Winning this CAS (free or dead pid -> our pid) makes the slot ours; losing means another process
                // claimed it first, and we move on.
                // SeqCst, like the scan's loads (see AnyLive): an attach that is before a detacher's or cleaner's scan
                // in the SeqCst order is seen by it. With AcqRel a scan may read the slot's older value (the dead pid
                // it replaced) after the attach, and unlink the name under a live attached process (found under
                // --memory-model ra: ipc/shm-cleanup). On x86 and ARMv8 both orders compile to the same instructions.
                StepLabel.At("attach_cas", SegmentId(s), i, p);
                var order = options.SeededBug == SeededBug.GuardedShmAttachAcqRel ? MemoryOrder.AcqRel : MemoryOrder.SeqCst;
                if (Slot(s, i).CompareExchange(p, me, order) == p)
                {
                    ReportAttached(s, i, p);
                    return new GuardedSharedMemory(s, name, i, slots, options);
                }
            }
            throw new InvalidOperationException($"guarded segment '{name}' already tracks {slots} live attachments");
        }
        catch
        {
            s.Dispose();
            throw;
        }
    }

    /// <summary>A slot holding <paramref name="pid"/> may be claimed: it is free or its process is dead (never our own).</summary>
    private static bool Claimable(int pid, int me, SeededBug bug)
    {
        if (pid == 0) return true;
        if (pid == me) return false;
        // The seeded defect: any other process's slot is taken, live or not.
        if (bug == SeededBug.GuardedShmAttachOverLivePid) return true;
        return !ProcessLiveness.IsAlive(pid);
    }

    private static ShmSegment Open(string name, out int slots)
    {
        var s = ShmSegment.OpenNamed(name, DataOffset);
        try
        {
            IpcHeader.Validate(s, 0, IpcHeader.GuardMagic, "guarded segment", TimeSpan.FromSeconds(2));
            slots = ReadLayout(s, name);
        }
        catch
        {
            s.Dispose();
            throw;
        }
        return s;
    }

    /// <summary>Checks the data size and slot count a creator wrote (before publishing) and returns the slot count.</summary>
    private static int ReadLayout(ShmSegment s, string name)
    {
        int size = s.Int32At(DataSizeField).Load(MemoryOrder.Relaxed);
        if (size <= 0 || size > s.Size - DataOffset)
            throw new InvalidDataException($"guarded segment '{name}' declares {size} data bytes but maps {s.Size - DataOffset}");
        int slots = s.Int32At(SlotCountField).Load(MemoryOrder.Relaxed);
        if (slots < 1 || slots > MaxProcesses)
            throw new InvalidDataException($"guarded segment '{name}' declares {slots} pid slots; expected 1 to {MaxProcesses}");
        return slots;
    }

    /// <summary>Live processes attached now (a snapshot; one process attached twice counts twice).</summary>
    public int AttachedProcessCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < SlotCount; i++)
            {
                int p = Slot(Segment, i).Load(MemoryOrder.Acquire);
                if (p != 0 && ProcessLiveness.IsAlive(p)) n++;
            }
            return n;
        }
    }

    /// <summary>The liveness scan: true if some slot other than <paramref name="except"/> holds a live pid (it stops at the first).</summary>
    private static bool AnyLive(ShmSegment s, int slots, int except = -1)
    {
        ReportScanBegan(s);
        for (int i = 0; i < slots; i++)
        {
            if (i == except) continue;
            StepLabel.At("scan", SegmentId(s), i);
            // SeqCst, as the detach CAS before the scan: two last detachers are a Dekker pair (each clears its own slot,
            // then reads the other's). With Acquire/AcqRel both may read the other's pid as it was before its clear
            // (store buffering, allowed by C11 and found under --memory-model ra), and then neither unlinks the name.
            int p = Slot(s, i).Load(MemoryOrder.SeqCst);
            if (p != 0 && ProcessLiveness.IsAlive(p)) return true;
        }
        return false;
    }

    /// <summary>
    /// Unlinks the guarded segment <paramref name="name"/> if every process recorded in it is dead. True if it was
    /// removed; false if it does not exist, a live process is attached, or another process is removing it.
    /// </summary>
    public static bool CleanupIfAbandoned(string name, IpcOptions? options = null)
    {
        options ??= IpcOptions.Default;
        ShmSegment s;
        try
        {
            StepLabel.At("cleanup_open");
            s = ShmSegment.OpenNamed(name, DataOffset);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        using (s)
        {
            if (!TryReadCleanupLayout(s, name, options.SeededBug, out int slots)) return false;
            if (AnyLive(s, slots)) return false;
            return ClaimAndUnlink(name, s, options.SeededBug);
        }
    }

    /// <summary>
    /// The header checks of a clean-up. A published segment is validated as an attach validates it. One never published
    /// (magic 0) is abandoned only if its creator died: the creator's pid in slot 0 names a dead process. A live creator
    /// (still initializing) or none yet (slot 0 still 0: the creator is between creating the name and its first store,
    /// or died there) leaves it alone: false.
    /// </summary>
    private static bool TryReadCleanupLayout(ShmSegment s, string name, SeededBug bug, out int slots)
    {
        slots = 0;
        if (IpcHeader.MagicOf(s, 0) != 0)
        {
            IpcHeader.Validate(s, 0, IpcHeader.GuardMagic, "guarded segment", TimeSpan.Zero);
            slots = ReadLayout(s, name);
            return true;
        }
        if (bug == SeededBug.GuardedShmCleanupSkipsUnpublished) return false;
        StepLabel.At("cleanup_creator", SegmentId(s));
        int creator = Slot(s, 0).Load(MemoryOrder.SeqCst);
        if (creator == 0 || ProcessLiveness.IsAlive(creator)) return false;
        slots = ReadLayout(s, name);
        return true;
    }

    /// <summary>
    /// The last step of a detach or clean-up that found no live process: win the incarnation's unlink claim, then
    /// remove the name if it still refers to this incarnation.
    /// </summary>
    private static bool ClaimAndUnlink(string name, ShmSegment s, SeededBug bug)
    {
        // Winning this CAS (0 -> 1) makes us the one process that removes this incarnation's name; losing means another
        // detacher or clean-up of the same incarnation won, and removes it (or found it gone).
        StepLabel.At("claim", SegmentId(s));
        if (bug != SeededBug.GuardedShmUnlinkWithoutClaim && s.Int32At(UnlinkClaimField).CompareExchange(0, 1, MemoryOrder.AcqRel) != 0)
            return false;
        long incarnation = s.Int64At(IncarnationField).Load(MemoryOrder.Relaxed);
        if (bug != SeededBug.GuardedShmUnlinkWithoutIncarnationCheck && !NameStillRefersTo(name, incarnation)) return false;
        StepLabel.At("unlink", SegmentId(s));
        return ShmSegment.Unlink(name);
    }

    /// <summary>True if <paramref name="name"/> exists and its header carries <paramref name="incarnation"/>.</summary>
    private static bool NameStillRefersTo(string name, long incarnation)
    {
        try
        {
            StepLabel.At("check_open", incarnation);
            using var now = ShmSegment.OpenNamed(name, DataOffset);
            StepLabel.At("check_incarnation", incarnation, SegmentId(now));
            return now.Int64At(IncarnationField).Load(MemoryOrder.Relaxed) == incarnation;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Detaches this process; the last live process to detach unlinks the name. Then unmaps.</summary>
    public void Dispose()
    {
        if (_detached) return;
        _detached = true;
        try
        {
            var bug = _options.SeededBug;
            if (bug == SeededBug.GuardedShmDetachSkipsClear)
            {
                // The seeded defect: the slot is not given back (the scan below skips it instead), so it keeps the pid
                // of a live process that has detached.
                ReportDetached(Segment, _slot, ProcessLiveness.CurrentPid, cleared: false);
            }
            else
            {
                // Winning this CAS (our pid -> 0) gives the slot back; it fails only if a process that saw us as dead
                // (impossible while we run) reclaimed it.
                // SeqCst: it must be ordered before this detacher's liveness scan (see AnyLive).
                int found = Slot(Segment, _slot).CompareExchange(ProcessLiveness.CurrentPid, 0, MemoryOrder.SeqCst);
                ReportDetached(Segment, _slot, found, cleared: found == ProcessLiveness.CurrentPid);
            }
            if (!AnyLive(Segment, SlotCount, except: bug == SeededBug.GuardedShmDetachSkipsClear ? _slot : -1)) ClaimAndUnlink(Name, Segment, bug);
        }
        finally
        {
            Segment.Dispose();
        }
    }

    /// <summary>Controlled build: this process took slot <paramref name="slot"/>, which held <paramref name="old"/>.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private static void ReportAttached(ShmSegment s, int slot, int old)
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active) SchedulingHooks.Emit(new ShmEvent(ShmOp.Attached, s.SimulatedId, ProcessLiveness.CurrentPid, slot, old));
#endif
    }

    /// <summary>Controlled build: this process's clearing step found <paramref name="found"/> in its slot (and cleared it or not).</summary>
    /// <summary>Controlled build: where a simulated creator may die before publishing (see <see cref="SimulatedIpc"/>).</summary>
    [Conditional("WEFT_CONTROLLED")]
    private static void CrashPoint()
    {
#if WEFT_CONTROLLED
        SimulatedIpc.CrashPoint();
#endif
    }

    [Conditional("WEFT_CONTROLLED")]
    private static void ReportDetached(ShmSegment s, int slot, int found, bool cleared)
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active) SchedulingHooks.Emit(new ShmEvent(ShmOp.Detached, s.SimulatedId, ProcessLiveness.CurrentPid, slot, found, cleared));
#endif
    }

    /// <summary>Controlled build: this process begins a liveness scan (before its first slot read).</summary>
    [Conditional("WEFT_CONTROLLED")]
    private static void ReportScanBegan(ShmSegment s)
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active) SchedulingHooks.Emit(new ShmEvent(ShmOp.ScanBegan, s.SimulatedId, ProcessLiveness.CurrentPid));
#endif
    }
}
