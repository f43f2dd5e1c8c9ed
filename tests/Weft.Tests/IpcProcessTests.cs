using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Weft.Atomics;
using Weft.Ipc;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The IPC primitives across real processes: the other processes run tests/Weft.IpcChild (the production build of
/// impl/) on named objects in /dev/shm that the test creates. Every test uses names unique to its run, unlinks them,
/// and asserts that nothing with its prefix is left in /dev/shm. Linux only (the named objects need /dev/shm).
/// </summary>
public sealed class IpcProcessTests
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A run-unique name prefix; <see cref="Dispose"/>-style cleanup lives in each test's finally.</summary>
    private static string NewPrefix() => $"weft-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40] + "-";

    private static string ChildPath()
    {
        string dll = typeof(IpcProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WeftIpcChild").Value!;
        Assert.True(File.Exists(dll), $"the IPC child program is not built: {dll}");
        return dll;
    }

    private static Process Start(params string[] args)
    {
        string dll = ChildPath();
        string apphost = Path.ChangeExtension(dll, null);
        var psi = File.Exists(apphost) ? new ProcessStartInfo(apphost) : new ProcessStartInfo("dotnet") { ArgumentList = { dll } };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        return Process.Start(psi) ?? throw new InvalidOperationException("could not start the IPC child");
    }

    private static void Finish(Process p, string what)
    {
        if (!p.WaitForExit(ChildTimeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"{what}: still running after {ChildTimeout.TotalSeconds:F0} s (killed)");
        }
        string err = p.StandardError.ReadToEnd();
        Assert.True(p.ExitCode == 0, $"{what}: exit code {p.ExitCode}; stderr: {err}");
    }

    private static void ExpectLine(Process p, string line)
    {
        var read = p.StandardOutput.ReadLineAsync();
        Assert.True(read.Wait(ChildTimeout), $"the child never printed '{line}'");
        Assert.Equal(line, read.Result);
    }

    private static void Kill(Process p)
    {
        p.Kill(entireProcessTree: true);
        p.WaitForExit(); // reaped: the pid is dead, not a zombie
    }

    private static string[] Leftovers(string prefix) =>
        Directory.Exists(ShmSegment.ShmDirectory) ? Directory.GetFiles(ShmSegment.ShmDirectory, prefix + "*") : Array.Empty<string>();

    private static void Cleanup(string prefix, params string[] names)
    {
        foreach (var n in names) ShmSegment.Unlink(n);
        Assert.Empty(Leftovers(prefix));
    }

    [Fact]
    public void Named_mutex_excludes_across_three_processes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), mutex = prefix + "mutex", data = prefix + "data";
        try
        {
            using var m = IpcMutex.CreateNamed(mutex);
            using var d = ShmSegment.CreateNamed(data, 64);
            const int Processes = 3, Iterations = 3000;
            var children = Enumerable.Range(0, Processes).Select(_ => Start("mutex-count", mutex, data, Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            foreach (var c in children) Finish(c, "mutex-count");
            Assert.Equal(0, d.Int32At(12).Load(MemoryOrder.Acquire));
            Assert.Equal(Processes * Iterations, d.Int64At(0).Load(MemoryOrder.Acquire));
            Assert.False(m.IsLocked);
        }
        finally
        {
            Cleanup(prefix, mutex, data);
        }
    }

    [Fact]
    public void Named_semaphore_conserves_units_across_four_processes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), sem = prefix + "sem";
        try
        {
            using var s = IpcSemaphore.CreateNamed(sem, 0);
            const string N = "2000";
            var children = new List<Process> { Start("sem-wait", sem, N), Start("sem-wait", sem, N), Start("sem-post", sem, N), Start("sem-post", sem, N) };
            foreach (var c in children) Finish(c, "semaphore worker");
            Assert.Equal(0, s.Count);
            Assert.Equal(0, s.WaiterHint);
            s.Post(3);
            using var other = IpcSemaphore.OpenNamed(sem);
            Assert.Equal(3, other.Count);
        }
        finally
        {
            Cleanup(prefix, sem);
        }
    }

    [Fact]
    public void Killed_owner_is_detected_and_force_released_and_a_waiter_proceeds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), mutex = prefix + "mutex";
        try
        {
            using var m = IpcMutex.CreateNamed(mutex, IpcOptions.Default with { AdaptiveSpin = false });
            var owner = Start("mutex-hold", mutex);
            ExpectLine(owner, "locked");
            Assert.True(m.IsLocked);
            Assert.Equal(owner.Id, m.OwnerPid);
            Assert.False(m.IsOwnerDead);
            Assert.Equal(ForceReleaseResult.OwnerAlive, m.ForceRelease());
            Assert.True(m.IsLocked);

            // A waiter in this process sleeps on the contended word.
            using var waiterGot = new ManualResetEventSlim();
            var waiter = new Thread(() =>
            {
                m.Acquire();
                waiterGot.Set();
            });
            waiter.Start();
            Assert.False(waiterGot.Wait(200, TestContext.Current.CancellationToken), "the waiter acquired a mutex held by a live process");

            Kill(owner);
            Assert.True(m.IsOwnerDead);
            Assert.Equal(ForceReleaseResult.Released, m.ForceRelease());
            Assert.True(waiterGot.Wait(ChildTimeout, TestContext.Current.CancellationToken), "the waiter was not woken by the force release");
            waiter.Join();
            Assert.Equal(Environment.ProcessId, m.OwnerPid);
            Assert.Equal(ForceReleaseResult.OwnerAlive, m.ForceRelease());
            m.Release();
            Assert.Equal(ForceReleaseResult.NotHeld, m.ForceRelease());
        }
        finally
        {
            Cleanup(prefix, mutex);
        }
    }

    [Fact]
    public void Named_event_set_wakes_a_waiting_process()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), ev = prefix + "event";
        try
        {
            using var e = IpcEvent.CreateNamed(ev);
            var child = Start("event-wait", ev);
            Thread.Sleep(300); // most likely asleep by now; if not, it sees the set at once
            e.Set();
            ExpectLine(child, "set");
            Finish(child, "event-wait");
        }
        finally
        {
            Cleanup(prefix, ev);
        }
    }

    [Fact]
    public void Guarded_segment_tracks_attached_pids_and_the_last_detach_unlinks_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), name = prefix + "guard";
        try
        {
            var g = GuardedSharedMemory.Create(name, 128);
            Assert.Equal(128, g.DataSize);
            Assert.Equal(1, g.AttachedProcessCount);
            var child = Start("guard-attach", name);
            ExpectLine(child, "attached");
            Assert.Equal(2, g.AttachedProcessCount);
            Assert.False(GuardedSharedMemory.CleanupIfAbandoned(name));
            Kill(child);
            Assert.Equal(1, g.AttachedProcessCount);
            Assert.True(ShmSegment.Exists(name));
            g.Dispose();
            Assert.False(ShmSegment.Exists(name), "the last live process detached but the segment is still linked");
        }
        finally
        {
            Cleanup(prefix, name);
        }
    }

    [Fact]
    public void Segment_whose_creator_died_before_publishing_is_cleaned_up_only_then()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), name = prefix + "guard", blank = prefix + "blank";
        var creator = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            // What a creator leaves when it dies between its private initialization and publishing: its pid in slot 0,
            // the sizes written, magic 0 (the same Initialize that Create runs).
            using (var s = ShmSegment.CreateNamed(name, GuardedSharedMemory.DataOffset + 64))
                GuardedSharedMemory.Initialize(s, 64, 4, creator.Id);
            // And one whose creator has not written anything yet (or died before it did): nothing tells it abandoned.
            ShmSegment.CreateNamed(blank, GuardedSharedMemory.DataOffset + 64).Dispose();

            Assert.False(GuardedSharedMemory.CleanupIfAbandoned(name), "the creator is alive: the segment is still being created");
            Assert.True(ShmSegment.Exists(name));
            Kill(creator);
            Assert.True(GuardedSharedMemory.CleanupIfAbandoned(name));
            Assert.False(ShmSegment.Exists(name));
            Assert.False(GuardedSharedMemory.CleanupIfAbandoned(blank));
            Assert.True(ShmSegment.Exists(blank), "a segment with no creator pid yet must be left alone");
        }
        finally
        {
            if (!creator.HasExited) Kill(creator);
            Cleanup(prefix, name, blank);
        }
    }

    [Fact]
    public void Segment_whose_processes_all_died_is_cleaned_up()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = NewPrefix(), name = prefix + "guard";
        try
        {
            var child = Start("guard-create", name);
            ExpectLine(child, "created");
            Assert.False(GuardedSharedMemory.CleanupIfAbandoned(name));
            Kill(child);
            Assert.True(ShmSegment.Exists(name), "the killed process could not have unlinked it");
            Assert.True(GuardedSharedMemory.CleanupIfAbandoned(name));
            Assert.False(ShmSegment.Exists(name));
            Assert.False(GuardedSharedMemory.CleanupIfAbandoned(name));
        }
        finally
        {
            Cleanup(prefix, name);
        }
    }
}
