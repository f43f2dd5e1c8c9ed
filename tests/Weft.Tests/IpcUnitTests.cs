using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Weft.Atomics;
using Weft.Ipc;
using Weft.Monitors;
using Weft.Platform;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The IPC primitives on real threads of this process (the controlled assembly outside a test behaves as production),
/// their input validation, the spin switch, and the IPC monitors' ability to fail.
/// </summary>
public sealed class IpcUnitTests
{
    private static readonly IpcOptions NoSpin = IpcOptions.Default with { AdaptiveSpin = false };

    [Fact]
    public void Mutex_records_its_owner_and_rejects_a_release_when_free()
    {
        using var m = IpcMutex.CreateInProcess();
        Assert.False(m.IsLocked);
        Assert.Equal(0, m.OwnerPid);
        m.Acquire();
        Assert.True(m.IsLocked);
        Assert.Equal(Environment.ProcessId, m.OwnerPid);
        Assert.False(m.TryAcquire());
        Assert.False(m.IsOwnerDead);
        m.Release();
        Assert.Equal(0, m.OwnerPid);
        Assert.Throws<SynchronizationLockException>(m.Release);
        Assert.True(m.TryAcquire());
        m.Release();
    }

    [Fact]
    public void Timed_acquire_gives_up_after_its_timeout_in_nanoseconds()
    {
        using var m = IpcMutex.CreateInProcess(NoSpin);
        m.Acquire();
        bool got = true;
        var sw = Stopwatch.StartNew();
        var t = new Thread(() => got = m.TryAcquire(30_000_000)); // 30 ms
        t.Start();
        t.Join();
        sw.Stop();
        Assert.False(got);
        Assert.True(sw.Elapsed >= TimeSpan.FromMilliseconds(25), $"gave up after {sw.Elapsed.TotalMilliseconds:F1} ms");
        Assert.False(m.TryAcquire(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.TryAcquire(-2));
        m.Release();
        Assert.True(m.TryAcquire(TimeSpan.FromMilliseconds(10)));
        m.Release();
    }

    /// <summary>
    /// The word is the robust-futex layout: the holder's pid alone when uncontended, the waiters bit added by a waiter
    /// (the holder stays named), and 0 after the release; a woken waiter takes the lock with the bit set.
    /// </summary>
    [Fact]
    public void Mutex_word_holds_the_owner_pid_and_a_waiter_sets_the_waiters_bit()
    {
        using var m = IpcMutex.CreateInProcess(NoSpin);
        int pid = Environment.ProcessId;
        m.Acquire();
        Assert.Equal(pid, m.PeekState());
        var waiter = new Thread(() =>
        {
            m.Acquire();
            m.Release();
        });
        waiter.Start();
        var clock = Stopwatch.StartNew();
        while (m.PeekState() != (pid | IpcMutex.Waiters) && clock.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(1);
        Assert.Equal(pid | IpcMutex.Waiters, m.PeekState());
        Assert.Equal(pid, m.OwnerPid);
        m.Release();
        waiter.Join();
        Assert.Equal(0, m.PeekState());
        Assert.Equal(0, m.OwnerPid);
    }

    /// <summary>A release by a process that does not hold the mutex throws, naming the holder, and changes nothing.</summary>
    [Fact]
    public void Mutex_release_by_a_process_that_does_not_hold_it_throws_and_changes_nothing()
    {
        using var seg = ShmSegment.CreateInProcess(64);
        var m = IpcMutex.Initialize(seg, 0, NoSpin);
        int other = Environment.ProcessId + 1;
        foreach (int word in new[] { other, other | IpcMutex.Waiters })
        {
            seg.Int32At(8).Store(word, MemoryOrder.Relaxed);
            var e = Assert.Throws<SynchronizationLockException>(m.Release);
            Assert.Contains($"held by process {other}", e.Message, StringComparison.Ordinal);
            Assert.Equal(word, m.PeekState());
            Assert.False(m.TryAcquire());
        }
        seg.Int32At(8).Store(0, MemoryOrder.Relaxed);
        Assert.True(m.TryAcquire());
        m.Release();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Mutex_excludes_four_real_threads(bool spin)
    {
        using var m = IpcMutex.CreateInProcess(IpcOptions.Default with { AdaptiveSpin = spin });
        long counter = 0;
        const int Threads = 4, Iterations = 20_000;
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < Iterations; i++)
            {
                m.Acquire();
                long v = Volatile.Read(ref counter);
                Volatile.Write(ref counter, v + 1);
                m.Release();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(Threads * Iterations, counter);
        Assert.False(m.IsLocked);
    }

    [Fact]
    public void Semaphore_post_detects_overflow_and_changes_nothing()
    {
        using var s = IpcSemaphore.CreateInProcess(int.MaxValue - 1);
        Assert.Equal(int.MaxValue - 1, s.Post());
        var e = Assert.Throws<SemaphoreFullException>(() => s.Post());
        Assert.Contains("would exceed the maximum 2147483647", e.Message, StringComparison.Ordinal);
        Assert.Equal(int.MaxValue, s.Count);
        Assert.Throws<SemaphoreFullException>(() => s.Post(int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Post(0));

        using var small = IpcSemaphore.CreateInProcess(0, maximumCount: 3);
        small.Post(2);
        Assert.Throws<SemaphoreFullException>(() => small.Post(2));
        Assert.Equal(2, small.Count);
        Assert.Equal(3, small.MaximumCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => IpcSemaphore.CreateInProcess(4, maximumCount: 3));
    }

    [Fact]
    public void Semaphore_try_wait_and_timed_wait()
    {
        using var s = IpcSemaphore.CreateInProcess(0);
        Assert.False(s.TryWait());
        var sw = Stopwatch.StartNew();
        Assert.False(s.TryWait(20_000_000));
        Assert.True(sw.Elapsed >= TimeSpan.FromMilliseconds(15), $"gave up after {sw.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(0, s.WaiterHint);
        s.Post(2);
        Assert.True(s.TryWait());
        Assert.True(s.TryWait(TimeSpan.FromSeconds(1)));
        Assert.Equal(0, s.Count);
    }

    [Fact]
    public void Semaphore_hands_every_unit_to_exactly_one_real_thread()
    {
        using var s = IpcSemaphore.CreateInProcess(0);
        const int Consumers = 3, Each = 5000;
        long taken = 0;
        var consumers = Enumerable.Range(0, Consumers).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < Each; i++)
            {
                s.Wait();
                Interlocked.Increment(ref taken);
            }
        })).ToList();
        consumers.ForEach(t => t.Start());
        for (int i = 0; i < Consumers * Each; i += 3) s.Post(Math.Min(3, Consumers * Each - i));
        consumers.ForEach(t => t.Join());
        Assert.Equal(Consumers * Each, taken);
        Assert.Equal(0, s.Count);
    }

    [Fact]
    public void Event_set_reset_and_wait()
    {
        using var e = IpcEvent.CreateInProcess();
        Assert.False(e.IsSet);
        Assert.False(e.TryWait(5_000_000));
        var woke = new ManualResetEventSlim();
        var t = new Thread(() =>
        {
            e.Wait();
            woke.Set();
        });
        t.Start();
        Thread.Sleep(50);
        Assert.False(woke.IsSet);
        e.Set();
        Assert.True(woke.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        t.Join();
        Assert.True(e.IsSet);
        Assert.True(e.TryWait(0));
        e.Set(); // setting a set event changes nothing
        Assert.Equal(1, e.Sequence);
        e.Reset();
        Assert.False(e.IsSet);
        Assert.False(e.TryWait(TimeSpan.Zero));
        Assert.Equal(1, e.Sequence);
        woke.Dispose();
    }

    [Fact]
    public void Attaching_the_wrong_kind_or_an_uninitialized_or_short_segment_is_a_clear_error()
    {
        using var seg = ShmSegment.CreateInProcess(128);
        IpcMutex.Initialize(seg, 0);
        var wrongKind = Assert.Throws<InvalidDataException>(() => IpcSemaphore.Attach(seg, 0));
        Assert.Equal("the in-process segment is a mutex, not a semaphore (magic 0x58544D57, expected 0x4D455357)", wrongKind.Message);
        var empty = Assert.Throws<InvalidDataException>(() => IpcEvent.Attach(seg, 64));
        Assert.Equal("the in-process segment holds no initialized event at offset 64 (magic is 0)", empty.Message);
        var outside = Assert.Throws<InvalidDataException>(() => IpcMutex.Attach(seg, 96));
        Assert.Contains("is 128 bytes: a mutex at offset 96 needs 64 bytes", outside.Message, StringComparison.Ordinal);
        using var tiny = ShmSegment.CreateInProcess(32);
        Assert.Throws<ArgumentOutOfRangeException>(() => IpcMutex.Initialize(tiny, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => seg.Int32At(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => seg.Int64At(124));
        Assert.Same(IpcMutex.Attach(seg, 0).Segment, seg);
        seg.Int32At(4).Store(7, MemoryOrder.Relaxed);
        Assert.Equal("the in-process segment: layout version 7, this library reads version 1",
            Assert.Throws<InvalidDataException>(() => IpcMutex.Attach(seg, 0)).Message);
    }

    [Fact]
    public void Named_objects_reject_bad_names_missing_objects_short_files_and_duplicates()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named IPC objects need /dev/shm");
        string prefix = $"weft-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40] + "-";
        string name = prefix + "m", shortName = prefix + "short";
        try
        {
            Assert.Throws<ArgumentException>(() => IpcMutex.OpenNamed("../etc/passwd"));
            Assert.Throws<ArgumentException>(() => IpcMutex.CreateNamed(""));
            var missing = Assert.Throws<FileNotFoundException>(() => IpcMutex.OpenNamed(name));
            Assert.Equal($"shared-memory object '{name}' does not exist (/dev/shm/{name})", missing.Message);

            File.WriteAllBytes(ShmSegment.PathOf(shortName), new byte[12]);
            var tooSmall = Assert.Throws<InvalidDataException>(() => IpcSemaphore.OpenNamed(shortName));
            Assert.Equal($"shared-memory object '{shortName}' is 12 bytes; this layout needs at least 64", tooSmall.Message);

            using (var m = IpcMutex.CreateNamed(name))
            {
                var dup = Assert.Throws<IOException>(() => IpcMutex.CreateNamed(name));
                Assert.Contains("already exists", dup.Message, StringComparison.Ordinal);
                var wrong = Assert.Throws<InvalidDataException>(() => IpcEvent.OpenNamed(name));
                Assert.StartsWith($"shared-memory object '{name}' is a mutex, not an event", wrong.Message, StringComparison.Ordinal);

                // Two handles on one named mutex: a sleeper on one is woken through the other (process-shared futex).
                using var other = IpcMutex.OpenNamed(name, NoSpin);
                m.Acquire();
                var t = new Thread(() => { other.Acquire(); other.Release(); });
                t.Start();
                Thread.Sleep(50);
                m.Release();
                Assert.True(t.Join(TimeSpan.FromSeconds(10)), "the waiter on the second handle was not woken");
            }
            Assert.True(IpcMutex.Unlink(name));
            Assert.False(IpcMutex.Unlink(name));
        }
        finally
        {
            ShmSegment.Unlink(name);
            ShmSegment.Unlink(shortName);
            Assert.Empty(Directory.GetFiles(ShmSegment.ShmDirectory, prefix + "*"));
        }
    }

    [Fact]
    public void Spin_switch_is_parsed_strictly_and_the_readme_names_it()
    {
        Assert.True(IpcOptions.ParseSpin("1"));
        Assert.False(IpcOptions.ParseSpin("0"));
        Assert.Equal(Environment.ProcessorCount > 1, IpcOptions.ParseSpin(null));
        var e = Assert.Throws<ConfigException>(() => IpcOptions.ParseSpin("yes"));
        Assert.Equal("WEFT_IPC_ADAPTIVE_SPIN: 'yes' is not a switch; expected '1' (spin) or '0' (sleep at once)", e.Message);
        Assert.Equal("WEFT_IPC_ADAPTIVE_SPIN", IpcOptions.SpinEnvironmentVariable);

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weft.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        string readme = File.ReadAllText(Path.Combine(dir!.FullName, "README.md"));
        Assert.Contains("`" + IpcOptions.SpinEnvironmentVariable + "`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_liveness()
    {
        Assert.True(ProcessLiveness.IsAlive(Environment.ProcessId));
        Assert.False(ProcessLiveness.IsAlive(0));
        Assert.False(ProcessLiveness.IsAlive(-5));
        Assert.False(ProcessLiveness.IsAlive(int.MaxValue)); // above pid_max
    }

    // ---- the monitors can fail: each one fed the events of a violation ----

    public static TheoryData<string> MonitorViolations() => new(
        nameof(MutualExclusionMonitor), nameof(MutexStateMatchesHolderMonitor), nameof(MutexOwnerIsHolderMonitor),
        nameof(SemaphoreCountInRangeMonitor), nameof(SemaphoreCountConservedMonitor), nameof(SemaphoreWakeBoundedMonitor),
        nameof(SemaphoreHintCountsRegisteredMonitor), nameof(EventWaitReturnsAfterSetMonitor), nameof(EventNoMissedSetMonitor));

    [Theory]
    [MemberData(nameof(MonitorViolations))]
    public void Monitor_reports_the_violation_it_guards(string monitor)
    {
        const nint W = 0x1000;
        Action body = monitor switch
        {
            nameof(MutualExclusionMonitor) => () =>
            {
                Checker.Emit(new MutexEvent(W, MutexOp.Acquired, 1));
                Checker.Emit(new MutexEvent(W, MutexOp.Acquired, 2));
            },
            nameof(MutexStateMatchesHolderMonitor) => () => Checker.Emit(new MutexEvent(W, MutexOp.Marked, 1, 2)), // word 2, nobody holds it
            nameof(MutexOwnerIsHolderMonitor) => () =>
            {
                Checker.Emit(new MutexEvent(W, MutexOp.Acquired, 1));
                Checker.Emit(new MutexEvent(W, MutexOp.OwnerSet, 1));
                Checker.Emit(new MutexEvent(W, MutexOp.Released, 1, 1)); // the owner word was not cleared first
            },
            nameof(SemaphoreHintCountsRegisteredMonitor) => () =>
            {
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Registered, 0, 1, 1));
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Registered, 0, 1, 2)); // a lost increment: one was registered
            },
            nameof(SemaphoreCountInRangeMonitor) => () =>
            {
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Init, 0, 1, 0));
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Taken, 0, 1, 1));
            },
            nameof(SemaphoreCountConservedMonitor) => () =>
            {
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Init, 0, 5, 0));
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Posted, 0, 1, 1));
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Posted, 0, 1, 2)); // a lost post: the count was 1
            },
            nameof(SemaphoreWakeBoundedMonitor) => () =>
            {
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Posted, 0, 1, 1));
                Checker.Emit(new SemaphoreEvent(W, SemaphoreOp.Wake, 0, 2, 1));
            },
            nameof(EventWaitReturnsAfterSetMonitor) => () =>
            {
                Checker.Emit(new EventEvent(W, EventOp.WaitBegan, 0, 1));
                Checker.Emit(new EventEvent(W, EventOp.WaitReturned, 1, 1));
            },
            _ => () =>
            {
                Checker.Emit(new EventEvent(W, EventOp.WaitBegan, 0, 1));
                Checker.Emit(new EventEvent(W, EventOp.Set, 3, 2));
                Checker.Emit(new EventEvent(W, EventOp.WaitReturned, 0, 1));
            },
        };
        var r = Checker.Explore(body, CheckOptions.Default with { Iterations = 1, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.NotNull(r.Bug);
        Assert.Equal(BugKind.Assertion, r.Bug!.Kind);
        Assert.Equal(monitor, r.Bug.Monitor);
    }

    /// <summary>
    /// IpcSemaphore and IpcEvent report their steps through a private mirror of the monitors' op enum (the production
    /// build cannot see the harness), cast by value: the two must list the same steps in the same order.
    /// </summary>
    [Theory]
    [InlineData(typeof(IpcSemaphore), "SemaphoreStep", typeof(SemaphoreOp))]
    [InlineData(typeof(IpcEvent), "EventStep", typeof(EventOp))]
    public void The_ipc_steps_mirror_the_monitor_s_ops(Type primitive, string mirrorName, Type monitorOps)
    {
        var mirror = primitive.GetNestedType(mirrorName, System.Reflection.BindingFlags.NonPublic);
        Assert.NotNull(mirror);
        Assert.Equal(Enum.GetNames(monitorOps), Enum.GetNames(mirror!));
        foreach (var name in Enum.GetNames(mirror!))
            Assert.Equal(Convert.ToInt32(Enum.Parse(monitorOps, name), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(Enum.Parse(mirror!, name), System.Globalization.CultureInfo.InvariantCulture));
    }
}
