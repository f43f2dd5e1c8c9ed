using System;
using System.Linq;
using Weft.Atomics;
using Weft.Schedules;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The happens-before data-race detector: each synchronization edge it models (spawn, join, release/acquire, release
/// sequences through read-modify-writes, SeqCst fences, locks) orders plain accesses, and removing it turns the same
/// program into a reported race, with both accesses named and a schedule that replays to the same report, under SC,
/// TSO and RA (where the happens-before is the release/acquire model's: an edge only where an acquire reads a release).
/// Plus the registered controls, the option's wiring and sweeps of the registered tests with the detector on.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class RaceDetectorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CheckOptions Options(MemoryModel model = MemoryModel.SC, bool detector = true) =>
        CheckOptions.Default with
        {
            Strategy = "dfs", Iterations = 2000, RaceDetector = detector, MemoryModel = model, MinimizeReplays = 0, ScheduleDirectory = _dir.Path,
        };

    /// <summary>Plain shared data and a flag, as the algorithms keep them.</summary>
    private sealed class Shared
    {
        public long Data;
        public AtomicInt32 Flag;
        public readonly WeftLock Lock = new();
    }

    private static int _writeLine, _readLine;

    // ------------------------------------------------------------------ spawn and join

    private static void JoinThenRead()
    {
        var s = new Shared();
        var t = WeftThread.Start(() => Weft.Atomics.Plain.Write(ref s.Data, 1));
        t.Join();
        _ = Weft.Atomics.Plain.Read(ref s.Data);
    }

    private static void ReadWithoutJoin()
    {
        var s = new Shared();
        var t = WeftThread.Start(() => { _writeLine = CallerPosition.Line(); Weft.Atomics.Plain.Write(ref s.Data, 1); });
        s.Flag.Load(MemoryOrder.Relaxed); // a scheduling point: the child may run before or after the read
        _readLine = CallerPosition.Line(); _ = Weft.Atomics.Plain.Read(ref s.Data);
        t.Join();
    }

    [Theory]
    [InlineData(MemoryModel.SC)]
    [InlineData(MemoryModel.TSO)]
    [InlineData(MemoryModel.RA)]
    public void Spawn_and_join_order_plain_accesses_and_a_read_before_join_races(MemoryModel model)
    {
        Assert.Null(Checker.Explore(JoinThenRead, Options(model)).Bug);
        var r = Checker.Explore(ReadWithoutJoin, Options(model));
        var bug = Assert.IsType<BugReport>(r.Bug);
        Assert.Equal(BugKind.DataRace, bug.Kind);
        Assert.Contains($"thread 1 write at {CallerPosition.At(_writeLine)}", bug.Message, StringComparison.Ordinal);
        Assert.Contains($"thread 0 read at {CallerPosition.At(_readLine)}", bug.Message, StringComparison.Ordinal);
        Assert.Contains("not ordered by happens-before", bug.Message, StringComparison.Ordinal);
        Assert.True(bug.Schedule.RaceDetector);
        // A collection before the replay makes its first iteration open a new no-GC region (which collects): the
        // detector's collection stamp must be taken after that, or the replay would stop checking and miss the race.
        GC.Collect();
        var replay = Checker.Replay(bug.Schedule, ReadWithoutJoin);
        Assert.True(replay.Reproduced, $"replay gave {replay.Bug?.Describe() ?? "no bug"}");
        Assert.Equal(bug.Message, replay.Bug!.Message);
    }

    [Fact]
    public void Without_the_detector_the_same_race_passes()
    {
        Assert.Null(Checker.Explore(ReadWithoutJoin, Options(detector: false)).Bug);
    }

    // ------------------------------------------------------------------ message passing

    private static void MessagePassing(MemoryOrder store, MemoryOrder load)
    {
        var s = new Shared();
        var producer = WeftThread.Start(() =>
        {
            Weft.Atomics.Plain.Write(ref s.Data, 42);
            s.Flag.Store(1, store);
        });
        var consumer = WeftThread.Start(() =>
        {
            while (s.Flag.Load(load) == 0) WeftThread.Yield();
            Checker.Assert(Weft.Atomics.Plain.Read(ref s.Data) == 42, "the consumer sees the message");
        });
        producer.Join();
        consumer.Join();
    }

    [Theory]
    [InlineData(MemoryModel.SC)]
    [InlineData(MemoryModel.TSO)]
    [InlineData(MemoryModel.RA)]
    public void Release_acquire_publication_is_race_free_and_a_relaxed_flag_is_a_race(MemoryModel model)
    {
        var ok = Checker.Explore(() => MessagePassing(MemoryOrder.Release, MemoryOrder.Acquire), Options(model));
        Assert.Null(ok.Bug);
        Assert.True(ok.Exhausted);
        foreach (var (store, load) in new[] { (MemoryOrder.Relaxed, MemoryOrder.Acquire), (MemoryOrder.Release, MemoryOrder.Relaxed) })
        {
            var racy = Checker.Explore(() => MessagePassing(store, load), Options(model));
            Assert.Equal(BugKind.DataRace, racy.Bug?.Kind);
            Assert.Contains("thread 1 write", racy.Bug!.Message, StringComparison.Ordinal);
            Assert.Contains("thread 2 read", racy.Bug.Message, StringComparison.Ordinal);
        }
    }

    // ------------------------------------------------------------------ release sequences and fences

    /// <summary>
    /// The producer's release store heads a release sequence; a third thread's RMW continues it (C11), so the consumer
    /// that acquires the RMW's value synchronizes with the producer. A relaxed plain store in its place ends the sequence.
    /// </summary>
    private static void ReleaseSequence(bool rmw)
    {
        var s = new Shared();
        var producer = WeftThread.Start(() =>
        {
            Weft.Atomics.Plain.Write(ref s.Data, 42);
            s.Flag.Store(1, MemoryOrder.Release);
        });
        var relay = WeftThread.Start(() =>
        {
            while (s.Flag.Load(MemoryOrder.Relaxed) == 0) WeftThread.Yield();
            if (rmw) s.Flag.FetchAdd(1, MemoryOrder.Relaxed);
            else s.Flag.Store(2, MemoryOrder.Relaxed);
        });
        var consumer = WeftThread.Start(() =>
        {
            while (s.Flag.Load(MemoryOrder.Acquire) != 2) WeftThread.Yield();
            _ = Weft.Atomics.Plain.Read(ref s.Data);
        });
        producer.Join();
        relay.Join();
        consumer.Join();
    }

    [Fact]
    public void A_read_modify_write_continues_a_release_sequence_and_a_relaxed_store_ends_it()
    {
        var options = Options() with { Strategy = "random", Iterations = 300 };
        Assert.Null(Checker.Explore(() => ReleaseSequence(rmw: true), options).Bug);
        Assert.Equal(BugKind.DataRace, Checker.Explore(() => ReleaseSequence(rmw: false), options).Bug?.Kind);
    }

    private static void FencedMessagePassing(bool fences)
    {
        var s = new Shared();
        var producer = WeftThread.Start(() =>
        {
            Weft.Atomics.Plain.Write(ref s.Data, 42);
            if (fences) AtomicFence.SeqCst();
            s.Flag.Store(1, MemoryOrder.Relaxed);
        });
        var consumer = WeftThread.Start(() =>
        {
            while (s.Flag.Load(MemoryOrder.Relaxed) == 0) WeftThread.Yield();
            if (fences) AtomicFence.SeqCst();
            _ = Weft.Atomics.Plain.Read(ref s.Data);
        });
        producer.Join();
        consumer.Join();
    }

    [Theory]
    [InlineData(MemoryModel.SC)]
    [InlineData(MemoryModel.TSO)]
    [InlineData(MemoryModel.RA)]
    public void Fences_around_relaxed_accesses_synchronize(MemoryModel model)
    {
        Assert.Null(Checker.Explore(() => FencedMessagePassing(fences: true), Options(model)).Bug);
        Assert.Equal(BugKind.DataRace, Checker.Explore(() => FencedMessagePassing(fences: false), Options(model)).Bug?.Kind);
    }

    // ------------------------------------------------------------------ locks and CAS outcomes

    private static void Counter(bool locked)
    {
        var s = new Shared();
        void Increment()
        {
            if (locked) s.Lock.Enter();
            Weft.Atomics.Plain.Write(ref s.Data, Weft.Atomics.Plain.Read(ref s.Data) + 1);
            if (locked) s.Lock.Exit();
        }
        var a = WeftThread.Start(Increment);
        var b = WeftThread.Start(Increment);
        a.Join();
        b.Join();
        Checker.Assert(Weft.Atomics.Plain.Read(ref s.Data) == 2, "both increments landed");
    }

    [Fact]
    public void A_lock_orders_its_critical_sections_and_an_unlocked_counter_races()
    {
        Assert.Null(Checker.Explore(() => Counter(locked: true), Options()).Bug);
        var racy = Checker.Explore(() => Counter(locked: false), Options());
        Assert.Equal(BugKind.DataRace, racy.Bug?.Kind); // found before the lost update's assertion: the race comes first
    }

    /// <summary>
    /// A failed release CAS publishes nothing: the consumer, which waits (through a relaxed flag, which orders nothing)
    /// until the CAS has failed and then acquires its location, does not see the data written before it.
    /// </summary>
    private static void FailedCasPublishes()
    {
        var s = new Shared();
        var done = new Cell();
        s.Flag.Store(5, MemoryOrder.Relaxed);
        var producer = WeftThread.Start(() =>
        {
            Weft.Atomics.Plain.Write(ref s.Data, 42);
            s.Flag.CompareExchange(0, 1, MemoryOrder.Release); // always fails: the flag is 5
            done.V.Store(1, MemoryOrder.Relaxed);
        });
        var consumer = WeftThread.Start(() =>
        {
            while (done.V.Load(MemoryOrder.Relaxed) == 0) WeftThread.Yield();
            s.Flag.Load(MemoryOrder.Acquire);
            _ = Weft.Atomics.Plain.Read(ref s.Data);
        });
        producer.Join();
        consumer.Join();
    }

    [Fact]
    public void A_failed_cas_is_a_load_not_a_release()
    {
        Assert.Equal(BugKind.DataRace, Checker.Explore(FailedCasPublishes, Options()).Bug?.Kind);
    }

    // ------------------------------------------------------------------ registered controls, wiring

    [Theory]
    [InlineData("treiber/push-relaxed-race", MemoryModel.SC)]
    [InlineData("treiber/push-relaxed-race", MemoryModel.TSO)]
    [InlineData("treiber/pop-relaxed-race", MemoryModel.SC)]
    [InlineData("treiber/pop-relaxed-race", MemoryModel.TSO)]
    [InlineData("treiber/push-relaxed-race", MemoryModel.RA)]
    [InlineData("treiber/pop-relaxed-race", MemoryModel.RA)]
    public void Treiber_publication_weakened_is_caught_only_by_the_detector_and_replays(string id, MemoryModel model)
    {
        var control = CanonicalBugTests.Registered(id);
        var options = control.Apply(CheckOptions.Default with { Iterations = control.Budget, MemoryModel = model, MinimizeReplays = 0, ScheduleDirectory = _dir.Path });
        Assert.True(options.RaceDetector);
        var r = Checker.Explore(control.Body, options);
        Assert.True(control.IsExpectedBug(r.Bug), $"not caught: {r.Bug?.Describe() ?? "no bug"}");
        Assert.Contains("write at TreiberStack.cs", r.Bug!.Message, StringComparison.Ordinal);
        Assert.Contains("read at TreiberStack.cs", r.Bug.Message, StringComparison.Ordinal);
        var replay = Checker.Replay(ScheduleFile.Read(r.Bug.SchedulePath!), control.Body);
        Assert.True(replay.Reproduced, $"replay gave {replay.Bug?.Describe() ?? "no bug"}");
        if (model == MemoryModel.SC)
        {
            var minimized = Checker.Minimize(r.Bug.Schedule, control.Body, options);
            Assert.True(minimized.Minimized.RaceDetector);
            Assert.True(Checker.Replay(minimized.Minimized, control.Body).Reproduced, "the minimized schedule did not replay to the race");
        }
        // Under SC and TSO only the detector sees it; under RA the weak publication also lets a pop read a stale link,
        // which the stack's monitors catch without the detector (the detector reports the race on the payload first).
        var off = Checker.Explore(control.Body, options with { RaceDetector = false });
        if (model == MemoryModel.RA) Assert.NotEqual(BugKind.DataRace, off.Bug?.Kind);
        else Assert.True(off.Bug is null, $"caught without the detector: {off.Bug?.Message}");
    }

    /// <summary>
    /// The plain data routed through the accessor beyond the Treiber payloads: the skiplist's keys (published by the
    /// level-0 link CAS), the node pool's per-thread magazines (private to a registration) and the ring list's ring
    /// objects (created before the link CAS that publishes the slot). A seeded defect that
    /// breaks each one's ordering is caught as a race naming the newly covered accesses, and replays.
    /// </summary>
    [Theory]
    [InlineData("skiplist/link-relaxed-race", "LockFreeSkipList.cs", MemoryModel.SC)]
    [InlineData("skiplist/link-relaxed-race", "LockFreeSkipList.cs", MemoryModel.RA)]
    [InlineData("treiber/shared-magazine-race", "NodePool.cs", MemoryModel.SC)]
    [InlineData("treiber/shared-magazine-race", "NodePool.cs", MemoryModel.RA)]
    [InlineData("lscq/ringlist-link-relaxed-race", "RingList.cs", MemoryModel.SC)]
    [InlineData("treiber/shared-limbo-race-ibr", "LimboBag.cs", MemoryModel.SC)]
    [InlineData("treiber/shared-limbo-race-debra", "LimboBag.cs", MemoryModel.SC)]
    [InlineData("treiber/shared-limbo-race-debra", "LimboBag.cs", MemoryModel.TSO)]
    public void Races_on_skiplist_keys_and_pool_magazines_are_caught(string id, string file, MemoryModel model)
    {
        var control = CanonicalBugTests.Registered(id);
        var options = control.Apply(CheckOptions.Default with { Iterations = control.Budget, MemoryModel = model, MinimizeReplays = 0, ScheduleDirectory = _dir.Path });
        var r = Checker.Explore(control.Body, options);
        Assert.True(control.IsExpectedBug(r.Bug), $"not caught: {r.Bug?.Describe() ?? "no bug"}");
        Assert.Contains($"at {file}", r.Bug!.Message, StringComparison.Ordinal);
        Assert.True(Checker.Replay(r.Bug.Schedule, control.Body).Reproduced, "the schedule did not replay to the race");
    }

    /// <summary>
    /// A use-after-free in a type-stable pool is also a data race (the stale read against the new owner's initializing
    /// write), which the detector sees first: with it on, the use-after-free controls count that race as caught.
    /// </summary>
    [Theory]
    [InlineData("efrb/use-after-free-immediate")]
    [InlineData("nmtree/use-after-free-immediate")]
    public void Use_after_free_controls_are_caught_as_races_with_the_detector(string id)
    {
        var control = CanonicalBugTests.Registered(id);
        Assert.Equal("NoUseAfterFreeMonitor", control.ExpectedMonitor);
        var r = Checker.Explore(control.Body, control.Apply(CheckOptions.Default with
        {
            Iterations = control.Budget, RaceDetector = true, MinimizeReplays = 0, ScheduleDirectory = _dir.Path,
        }));
        Assert.True(control.IsExpectedBug(r.Bug), $"{id}: {r.Bug?.Describe() ?? "no bug"}");
        if (r.Bug!.Kind == BugKind.DataRace)
        {
            Assert.True(Checker.Replay(r.Bug.Schedule, control.Body).Reproduced);
            Assert.False(control.IsExpectedBug(r.Bug with { Schedule = r.Bug.Schedule with { RaceDetector = false } }));
        }
    }

    [Fact]
    public void Schedule_records_the_detector_and_old_files_read_as_off()
    {
        var r = Checker.Explore(ReadWithoutJoin, Options());
        var text = ScheduleFile.Serialize(r.Bug!.Schedule);
        Assert.Contains("race-detector: true", text, StringComparison.Ordinal);
        Assert.Contains("kind: data-race", text, StringComparison.Ordinal);
        Assert.True(ScheduleFile.Parse(text, "race.yaml").RaceDetector);
        var old = ScheduleFile.Parse(text.Replace("race-detector: true\n", "", StringComparison.Ordinal).Split("digest:")[0], "old.yaml");
        Assert.False(old.RaceDetector);
        var bad = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(text.Replace("race-detector: true", "race-detector: yes", StringComparison.Ordinal).Split("digest:")[0], "bad.yaml"));
        Assert.Contains("bad.yaml:", bad.Message, StringComparison.Ordinal);
        Assert.Contains("expected true or false", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Race_detector_knob_is_parsed_strictly()
    {
        Assert.True(CheckOptions.Default.WithEnvironment(n => n == "WEFT_RACE_DETECTOR" ? "1" : null).RaceDetector);
        Assert.False(CheckOptions.Default.WithEnvironment(n => n == "WEFT_RACE_DETECTOR" ? "0" : null).RaceDetector);
        var bad = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(n => n == "WEFT_RACE_DETECTOR" ? "on" : null));
        Assert.Contains("WEFT_RACE_DETECTOR", bad.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> CorrectTests() => new(CanonicalBugTests.Correct.Select(t => t.Id));

    /// <summary>Every registered correct test is race-free on the plain data it routes through the accessor (a short budget each; nightly: <c>WEFT_RACE_DETECTOR=1 weft nightly</c>).</summary>
    [Theory]
    [MemberData(nameof(CorrectTests))]
    public void Registered_test_is_race_free(string id) => AssertRaceFree(id, model: null, iterations: 30);

    /// <summary>The correct tests that do not pin a memory model, under RA with the detector on: still race-free (<c>weft explore all --memory-model ra --race-detector</c>).</summary>
    public static TheoryData<string> UnpinnedCorrectTests() => new(CanonicalBugTests.Correct
        .Where(t => t.PinnedMemoryModel is null)
        .Select(t => t.Id));

    [Theory]
    [MemberData(nameof(UnpinnedCorrectTests))]
    public void Registered_test_is_race_free_under_ra(string id) => AssertRaceFree(id, MemoryModel.RA, iterations: 20);

    private void AssertRaceFree(string id, MemoryModel? model, int iterations)
    {
        var test = CanonicalBugTests.Registered(id);
        var options = CheckOptions.Default with
        {
            Iterations = Math.Min(iterations, test.Budget),
            RaceDetector = true,
            MinimizeReplays = 0,
            ScheduleDirectory = _dir.Path,
        };
        if (model is { } m) options = options with { MemoryModel = m };
        var r = Checker.Explore(test.Body, test.Apply(options));
        Assert.True(r.Bug is null, $"{id} with the race detector ({model?.ToString() ?? "its own model"}): {r.Bug?.Message} (replay: {r.Bug?.SchedulePath})");
    }
}
