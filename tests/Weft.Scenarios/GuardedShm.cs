using System;
using System.IO;
using Weft.Atomics;
using Weft.Ipc;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Guarded shared memory (impl/src/Ipc/GuardedSharedMemory.cs) under the scheduler, with processes and names simulated
/// (<see cref="SimulatedIpc"/>): every controlled thread is a process with its own pid that can crash, and
/// create/open/unlink by name work on an in-process name table, one scheduling point each. The segments track 2 or 3
/// pid slots so that exhaustive DFS with a preemption bound finishes in seconds (tests/Weft.Tests/GuardedShmSchedulerTests).
/// The three invariant monitors of tla/GuardedShm watch every iteration; each seeded defect is a negative control
/// caught by the monitor of the invariant it breaks.
/// </summary>
public static class GuardedShmScenarios
{
    private const string Name = "guarded";

    [WeftTest("ipc/shm", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "two processes: the creator detaches while another attaches and detaches; the last detacher removes the name")]
    public static void AttachDetach() => AttachDetachWorkload(1, IpcOptions.Default);

    [WeftTest("ipc/shm-3", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "three processes on one segment of three slots: the creator detaches while two others attach and detach")]
    public static void AttachDetach3() => AttachDetachWorkload(2, IpcOptions.Default);

    [WeftTest("ipc/shm-attach-over-live-pid", NegativeControl = true, ExpectedMonitor = "GuardedShmAttachedHoldSlotMonitor", Budget = 300,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded: attach takes any slot not holding its own pid, overwriting the live creator's slot")]
    public static void AttachOverLivePid() => AttachDetachWorkload(1, IpcOptions.Default with { SeededBug = SeededBug.GuardedShmAttachOverLivePid });

    [WeftTest("ipc/shm-detach-skips-clear", NegativeControl = true, ExpectedMonitor = "GuardedShmSlotsValidMonitor", Budget = 300,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded: the last live process removes the name without clearing its slot, which keeps a detached live pid")]
    public static void DetachSkipsClear() => AttachDetachWorkload(1, IpcOptions.Default with { SeededBug = SeededBug.GuardedShmDetachSkipsClear });

    /// <summary>The body creates a segment of 1 + <paramref name="attachers"/> slots; each attacher attaches (if the name is still there) and detaches, while the body detaches.</summary>
    private static void AttachDetachWorkload(int attachers, IpcOptions options)
    {
        SimulatedIpc.BeginIteration();
        var creator = GuardedSharedMemory.Create(Name, 8, 1 + attachers, options);
        var workers = new WeftThread[attachers];
        for (int i = 0; i < attachers; i++) workers[i] = WeftThread.Start(() => AttachAndDetach(options));
        creator.Dispose();
        foreach (var w in workers) w.Join();
        Checker.Assert(!ShmSegment.Exists(Name), "every process detached, but the name is still linked");
    }

    private static void AttachAndDetach(IpcOptions options)
    {
        var g = TryAttach(options);
        g?.Dispose();
    }

    /// <summary>Every process of the segment is dead or detached: the name is gone, or clean-up removes it.</summary>
    private static void AssertCleanedUp(IpcOptions options)
    {
        if (ShmSegment.Exists(Name)) Checker.Assert(GuardedSharedMemory.CleanupIfAbandoned(Name, options), "the segment's processes all died, but clean-up left it");
        Checker.Assert(!ShmSegment.Exists(Name), "the name is still linked after clean-up");
    }

    /// <summary>Attaches, or null if the name is gone, names a segment its creator has not published yet, or every slot holds a live process.</summary>
    private static GuardedSharedMemory? TryAttach(IpcOptions options)
    {
        try
        {
            return GuardedSharedMemory.Attach(Name, options);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            return null;
        }
    }

    [WeftTest("ipc/shm-crash", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "two slots: a process attaches and crashes; a third attaches (reclaiming the dead slot if it can) and detaches while the creator detaches; what is left is cleaned up")]
    public static void Crash()
    {
        SimulatedIpc.BeginIteration();
        var creator = GuardedSharedMemory.Create(Name, 8, 2);
        var crasher = WeftThread.Start(() =>
        {
            _ = TryAttach(IpcOptions.Default);
            SimulatedIpc.Crash();
        });
        var late = WeftThread.Start(() => AttachAndDetach(IpcOptions.Default));
        creator.Dispose();
        crasher.Join();
        late.Join();
        // Every live process detached; the crasher is dead. The last detacher removed the name unless the crasher was
        // still alive at its scan; then the segment is abandoned and clean-up removes it.
        AssertCleanedUp(IpcOptions.Default);
    }

    [WeftTest("ipc/shm-cleanup", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "the creator crashed; one process attaches and crashes while another runs CleanupIfAbandoned")]
    public static void Cleanup() => CleanupWorkload(IpcOptions.Default);

    [WeftTest("ipc/shm-cleanup-attach-acqrel-ra", NegativeControl = true, ExpectedMonitor = "GuardedShmNoEarlyUnlinkMonitor", MemoryModel = "ra", Budget = 3000,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded, release/acquire model: the attach CAS is AcqRel, so the cleaner's scan reads the dead pid it replaced and removes the name under the live attacher")]
    public static void CleanupAttachAcqRel() => CleanupWorkload(IpcOptions.Default with { SeededBug = SeededBug.GuardedShmAttachAcqRel });

    private static void CleanupWorkload(IpcOptions options)
    {
        SimulatedIpc.BeginIteration();
        WeftThread.Start(() =>
        {
            _ = GuardedSharedMemory.Create(Name, 8, 2, options);
            SimulatedIpc.Crash();
        }).Join();
        var attacher = WeftThread.Start(() =>
        {
            _ = TryAttach(options);
            SimulatedIpc.Crash();
        });
        var cleaner = WeftThread.Start(() => GuardedSharedMemory.CleanupIfAbandoned(Name, options));
        attacher.Join();
        cleaner.Join();
        AssertCleanedUp(options);
    }

    [WeftTest("ipc/shm-creator-crash", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "the creator may die before publishing (a crash point) or after; one process tries to attach and detaches, a cleaner runs; what is left is cleaned up")]
    public static void CreatorCrash() => CreatorCrashWorkload(IpcOptions.Default);

    [WeftTest("ipc/shm-creator-crash-skipped", NegativeControl = true, Budget = 300,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded: clean-up leaves a segment whose creator died before publishing, so the name outlives every process")]
    public static void CreatorCrashSkipped() => CreatorCrashWorkload(IpcOptions.Default with { SeededBug = SeededBug.GuardedShmCleanupSkipsUnpublished });

    private static void CreatorCrashWorkload(IpcOptions options)
    {
        SimulatedIpc.BeginIteration(crashPoints: true);
        var creator = WeftThread.Start(() =>
        {
            try
            {
                _ = GuardedSharedMemory.Create(Name, 8, 2, options);
            }
            catch (SimulatedCrashException)
            {
                return; // died before publishing
            }
            SimulatedIpc.Crash();
        });
        var attacher = WeftThread.Start(() => AttachAndDetach(options));
        var cleaner = WeftThread.Start(() => GuardedSharedMemory.CleanupIfAbandoned(Name, options));
        creator.Join();
        attacher.Join();
        cleaner.Join();
        // Every process is dead or detached: the name is gone, or clean-up removes it, published or not.
        AssertCleanedUp(options);
    }

    [WeftTest("ipc/shm-recreate", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "two processes detach together while a third creates the name anew as soon as it is gone; the new incarnation survives")]
    public static void Recreate() => RecreateWorkload(IpcOptions.Default);

    [WeftTest("ipc/shm-unlink-without-claim", NegativeControl = true, ExpectedMonitor = "GuardedShmNoEarlyUnlinkMonitor", Budget = 300,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded: the last detachers check the incarnation and unlink without the claim; the second removes the re-created segment")]
    public static void UnlinkWithoutClaim() => RecreateWorkload(IpcOptions.Default with { SeededBug = SeededBug.GuardedShmUnlinkWithoutClaim });

    private static void RecreateWorkload(IpcOptions options)
    {
        SimulatedIpc.BeginIteration();
        var creator = GuardedSharedMemory.Create(Name, 8, 2, options);
        var created = new Flag();
        var attacher = WeftThread.Start(() => AttachAndDetach(options));
        var recreator = WeftThread.Start(() =>
        {
            try
            {
                // Kept attached: this process stays alive holding the new incarnation.
                _ = GuardedSharedMemory.Create(Name, 8, 2, options);
                created.Cell.Store(1, MemoryOrder.Relaxed);
            }
            catch (IOException)
            {
                // The name still existed.
            }
        });
        creator.Dispose();
        attacher.Join();
        recreator.Join();
        bool recreated = created.Cell.Load(MemoryOrder.Relaxed) == 1;
        Checker.Assert(ShmSegment.Exists(Name) == recreated,
            recreated ? "the re-created segment's process is alive and attached, but its name was removed" : "every process of the segment detached, but the name is still linked");
    }

    [WeftTest("ipc/shm-new-incarnation", Budget = 300, Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "an operator removes the name and creates a new segment under it; the old segment's last detacher, racing with an attacher of the new one, leaves it")]
    public static void NewIncarnation() => NewIncarnationWorkload(IpcOptions.Default);

    [WeftTest("ipc/shm-unlink-without-incarnation-check", NegativeControl = true, ExpectedMonitor = "GuardedShmNoEarlyUnlinkMonitor", Budget = 300,
        Monitors = new[] { typeof(GuardedShmSlotsValidMonitor), typeof(GuardedShmAttachedHoldSlotMonitor), typeof(GuardedShmNoEarlyUnlinkMonitor) },
        Description = "seeded: the old segment's last detacher unlinks the name without checking the incarnation, removing the new segment")]
    public static void UnlinkWithoutIncarnationCheck() => NewIncarnationWorkload(IpcOptions.Default with { SeededBug = SeededBug.GuardedShmUnlinkWithoutIncarnationCheck });

    private static void NewIncarnationWorkload(IpcOptions options)
    {
        SimulatedIpc.BeginIteration();
        var old = GuardedSharedMemory.Create(Name, 8, 2, options);
        WeftThread.Start(() =>
        {
            // The operator's process: removes the name (as rm /dev/shm/name would) and starts a new segment, staying attached.
            ShmSegment.Unlink(Name);
            _ = GuardedSharedMemory.Create(Name, 8, 2, options);
        }).Join();
        var attacher = WeftThread.Start(() => AttachAndDetach(options));
        old.Dispose();
        attacher.Join();
        Checker.Assert(ShmSegment.Exists(Name), "the new segment's creator is alive and attached, but its name was removed");
    }

    private sealed class Flag
    {
        public AtomicInt32 Cell;
    }
}
