using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Strategies;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Soundness of the dpor strategy (source-set DPOR with sleep sets), checked against plain DFS: on every small
/// registered test that unbounded DFS exhausts, the two searches exhaust and reach the same set of distinct outcomes
/// (the bug or ok, plus the history of state-changing monitor events), DPOR with fewer schedules; the canonical bugs
/// are found and their schedules replay; and the strategy refuses the RA memory model (TSO: DporWeakMemoryTests). The comparison has negative
/// controls: a seeded defect of the dependency relation and a monitor with too few keys make it name the lost outcome.
/// </summary>
public sealed class DporTests
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.Registered(id);

    /// <summary>Tests whose whole (unbounded) schedule space DFS exhausts in a few seconds.</summary>
    public static TheoryData<string> SmallTests() => new(
        "canonical/lost-update", "canonical/lost-update-fixed", "canonical/lost-wakeup", "canonical/lost-wakeup-fixed",
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "litmus/sb-relaxed-sc", "dpor/yield-arrivals");

    /// <summary>The reclamation tests of <c>weft bench engine --part dpor</c> (bounded DFS exhausts each with preemption bound 2).</summary>
    public static TheoryData<string> ReclamationTests() => new(
        "reclamation/dfs-leak", "reclamation/dfs-immediate", "reclamation/dfs-debra", "reclamation/dfs-debra-plus", "reclamation/dfs-ibr");

    /// <summary>
    /// The soundness comparison every test here makes (<see cref="OutcomeCollector.Difference"/>): null when the
    /// reduced search reached DFS's outcomes exactly, else which outcomes only one of them reached.
    /// </summary>
    internal static string? Difference(string id, ExplorationResult dfs, HashSet<string> dfsOutcomes, ExplorationResult reduced, HashSet<string> reducedOutcomes, string name)
    {
        string? d = OutcomeCollector.Difference("DFS", dfsOutcomes, name, reducedOutcomes);
        return d is null ? null : $"{id} ({dfs.Iterations} / {reduced.Iterations} schedules): {d}";
    }

    private static CheckOptions Unbounded(RegisteredTest t, string strategy) =>
        t.Apply(CheckOptions.Default with { Strategy = strategy, PreemptionBound = 1000, Iterations = 100_000 });

    [Theory]
    [MemberData(nameof(SmallTests))]
    public void Dpor_reaches_the_same_outcomes_as_unbounded_dfs_with_fewer_schedules(string id)
    {
        var t = Test(id);
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dfs"));
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dfs.Exhausted, $"DFS did not exhaust {id} in {dfs.Iterations} schedules");
        Assert.True(dpor.Exhausted, $"DPOR did not exhaust {id} in {dpor.Iterations} schedules");
        Assert.Null(Difference(id, dfs, dfsOutcomes, dpor, dporOutcomes, "DPOR"));
        Assert.True(dpor.Iterations <= dfs.Iterations, $"{id}: DPOR ran {dpor.Iterations} schedules, DFS {dfs.Iterations}");
    }

    /// <summary>
    /// DPOR runs on DFS's engine (<see cref="Weft.Engine.DecisionDfs"/> keeps its path, replays and backtracks) and
    /// reports its schedules as the engine's iterations: the figures of README "DPOR against DFS" (with the coarse
    /// relation, before <see cref="DporRefinements"/>, its former separate path ran 36, 14, 72, 44, 58 and 62; the
    /// spawn rule takes most of the difference: the main thread's second spawn no longer races with the first
    /// thread's steps). <c>litmus/sb-relaxed-sc</c> runs 12 of that path's 22: a thread's last step and the join it
    /// unblocks are a causal order, not a race (the join rule of <see cref="DporStrategy"/>), and a sleeper whose step
    /// touches a cell first stays asleep across another thread's step on a different new cell (its pending address).
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-update", 12)]
    [InlineData("canonical/lost-update-fixed", 6)]
    [InlineData("canonical/lost-wakeup", 22)]
    [InlineData("canonical/lost-wakeup-fixed", 16)]
    [InlineData("canonical/two-lock-deadlock-fixed", 12)]
    [InlineData("litmus/sb-relaxed-sc", 12)]
    public void Dpor_on_the_one_engine_runs_the_schedules_of_its_former_path(string id, int schedules)
    {
        var t = Test(id);
        var (dpor, _) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dpor.Exhausted);
        Assert.Equal(schedules, dpor.Iterations);
    }

    /// <summary>
    /// Bounded partial-order reduction (persistent sets, conservative branch points, sleep sets only where the bound
    /// took nothing from the sleeper's subtree) against DFS with the same preemption bound: the same outcomes (bug or
    /// ok, and each monitor part's history), fewer schedules.
    /// </summary>
    [Theory]
    [MemberData(nameof(ReclamationTests))]
    public void Bounded_dpor_reaches_the_outcomes_of_bounded_dfs_with_fewer_schedules(string id)
    {
        var t = Test(id);
        var bounded = t.Apply(CheckOptions.Default with { PreemptionBound = 2, Iterations = 100_000 });
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, bounded with { Strategy = "dfs" });
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(t.Body, bounded with { Strategy = "dpor", DporBounded = true });
        Assert.True(dfs.Exhausted && dpor.Exhausted, $"{id}: DFS exhausted {dfs.Exhausted} ({dfs.Iterations}), DPOR {dpor.Exhausted} ({dpor.Iterations})");
        Assert.Null(Difference(id, dfs, dfsOutcomes, dpor, dporOutcomes, "bounded DPOR"));
        Assert.True(dpor.Iterations < dfs.Iterations, $"{id}: bounded DPOR ran {dpor.Iterations} schedules, DFS {dfs.Iterations}");
    }

    /// <summary>
    /// The keyed memory monitors (<see cref="IKeyedMonitor"/>): events on different slots commute, events on the same
    /// slot where one changes it do not, and a neutralization of a thread is ordered with that thread's node reads.
    /// </summary>
    [Fact]
    public void Memory_monitor_events_are_dependent_per_slot_and_thread()
    {
        static DporEvent Step(int thread, PropertyMonitor m, object e)
        {
            var parts = new List<MonitorPart>();
            ((IKeyedMonitor)m).PartsOf(e, parts);
            return new DporEvent(thread, -1, false, -1, false, 0, 0, false, -1, parts.Select(p => (0, p)).ToArray());
        }
        var uaf = new Weft.Monitors.NoUseAfterFreeMonitor();
        var freeSlot1 = Step(1, uaf, new Weft.Monitors.SlotEvent(0, 1, 1, Weft.Monitors.SlotOp.Free, 1));
        var readSlot1 = Step(2, uaf, new Weft.Monitors.SlotEvent(0, 1, 1, Weft.Monitors.SlotOp.Read, 2));
        var readSlot2 = Step(2, uaf, new Weft.Monitors.SlotEvent(0, 2, 1, Weft.Monitors.SlotOp.Read, 2));
        var allocSlot2 = Step(1, uaf, new Weft.Monitors.SlotEvent(0, 2, 2, Weft.Monitors.SlotOp.Allocate, 1));
        var neutralize2 = Step(1, uaf, new Weft.Monitors.NeutralizeEvent(2));
        Assert.True(freeSlot1.DependentWith(readSlot1));
        Assert.False(freeSlot1.DependentWith(readSlot2));
        Assert.True(allocSlot2.DependentWith(readSlot2));
        Assert.True(neutralize2.DependentWith(readSlot2));
        var readByOther = Step(3, uaf, new Weft.Monitors.SlotEvent(0, 1, 1, Weft.Monitors.SlotOp.Read, 3));
        Assert.False(readByOther.DependentWith(readSlot1)); // two reads of one slot commute
        var pending = new Weft.Monitors.BoundedPendingMonitor();
        Assert.True(Step(1, pending, new Weft.Monitors.SlotEvent(0, 1, 1, Weft.Monitors.SlotOp.Retire, 1))
            .DependentWith(Step(2, pending, new Weft.Monitors.SlotEvent(0, 2, 1, Weft.Monitors.SlotOp.Free, 2)))); // the pending count
        var epoch = new Weft.Monitors.EpochMonotonicMonitor();
        var announce = Step(1, epoch, new Weft.Monitors.ReservationEvent(1, "announcement", 1, 3, 3));
        var clockRead = Step(2, epoch, new Weft.Monitors.ClockEvent(1, "epoch", 3, 2, Wrote: false));
        var clockWrite = Step(2, epoch, new Weft.Monitors.ClockEvent(1, "epoch", 4, 2, Wrote: true));
        Assert.False(announce.DependentWith(clockRead)); // both read the clock
        Assert.False(announce.DependentWith(Step(2, epoch, new Weft.Monitors.ReservationEvent(1, "announcement", 2, 3, 3))));
        Assert.True(announce.DependentWith(clockWrite)); // the clock value it checks against
    }

    [Theory]
    [InlineData("reclamation/dfs-leak")]
    [InlineData("reclamation/dfs-immediate")]
    [InlineData("reclamation/dfs-debra")]
    [InlineData("reclamation/dfs-debra-plus")]
    public void Unbounded_dpor_reaches_every_outcome_of_bounded_dfs_on_the_reclamation_tests(string id)
    {
        var t = Test(id);
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000 }));
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dfs.Exhausted && dpor.Exhausted, $"{id}: DFS exhausted {dfs.Exhausted} ({dfs.Iterations}), DPOR {dpor.Exhausted} ({dpor.Iterations})");
        Assert.True(dporOutcomes.IsSupersetOf(dfsOutcomes),
            $"{id}: DPOR missed {dfsOutcomes.Except(dporOutcomes).Count()} of DFS's {dfsOutcomes.Count} outcomes, e.g. {dfsOutcomes.Except(dporOutcomes).FirstOrDefault()}");
    }

    [Theory]
    [InlineData("canonical/lost-update")]
    [InlineData("canonical/lost-wakeup")]
    [InlineData("canonical/two-lock-deadlock")]
    [InlineData("reclamation/dfs-immediate")]
    public void Dpor_finds_the_canonical_bug_and_the_schedule_replays(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dpor", Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r);
    }

    /// <summary>
    /// The class count (<see cref="ClassCountingDfs"/>, the bench's lower bound for any reduction): DFS's schedules of
    /// a small test fall into fewer classes than there are schedules, at least one per distinct outcome, and DPOR,
    /// which runs at least one schedule of every class, runs no fewer schedules than there are classes.
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-update")]
    [InlineData("litmus/sb-relaxed-sc")]
    public void Dfs_schedules_fall_into_fewer_classes_than_schedules_and_dpor_covers_each(string id)
    {
        var t = Test(id);
        var options = Unbounded(t, "dfs") with { StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = TestPaths.ScheduleDir };
        var counter = new ClassCountingDfs(options.PreemptionBound);
        ExplorationResult dfs;
        using (var rt = new Weft.Engine.ControlledRuntime(options, counter)) dfs = rt.Explore(t.Body, options.TestId!);
        var (_, outcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dfs"));
        var (dpor, _) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dfs.Exhausted);
        Assert.InRange(counter.Classes, outcomes.Count, (int)dfs.Iterations - 1);
        Assert.True(counter.Classes <= dpor.Iterations, $"{id}: {counter.Classes} classes, DPOR ran {dpor.Iterations} schedules");
    }

    /// <summary>Two threads each report their id; the monitor fails when thread 2 reports before thread 1.</summary>
    public readonly record struct ArrivalEvent(int Thread);

    /// <summary>A user's keyed monitor whose verdict depends on the order of all arrivals: one common part for all of them.</summary>
    private sealed class ArrivalOrderMonitor : PropertyMonitor, IMonitorOf<ArrivalEvent>, IKeyedMonitor
    {
        private bool _first;

        public override void OnEvent(object e) { }

        public void On(in ArrivalEvent e)
        {
            if (e.Thread == 2 && !_first) Fail("thread 2 arrived before thread 1");
            if (e.Thread == 1) _first = true;
        }

        public void PartsOf(object e, List<MonitorPart> parts)
        {
            if (e is ArrivalEvent) parts.Add(MonitorPart.Global(changes: true));
        }
    }

    private static void TwoArrivals()
    {
        var one = WeftThread.Start(() => Checker.Emit(new ArrivalEvent(1)));
        var two = WeftThread.Start(() => Checker.Emit(new ArrivalEvent(2)));
        one.Join();
        two.Join();
    }

    /// <summary>
    /// A user's keyed monitor (<see cref="IKeyedMonitor"/>) whose parts keep order-dependent events dependent: DPOR
    /// reaches the outcomes DFS reaches, the failure among them.
    /// </summary>
    [Fact]
    public void Dpor_with_a_user_keyed_monitor_reaches_the_outcomes_of_dfs()
    {
        var options = CheckOptions.Default with
        {
            PreemptionBound = 1000, Iterations = 10_000, TestId = "dpor/arrivals", Monitors = new Func<PropertyMonitor>[] { () => new ArrivalOrderMonitor() },
        };
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(TwoArrivals, options with { Strategy = "dfs" });
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(TwoArrivals, options with { Strategy = "dpor" });
        Assert.True(dfs.Exhausted && dpor.Exhausted);
        Assert.Contains(dfsOutcomes, o => o.Contains("thread 2 arrived before thread 1", StringComparison.Ordinal));
        Assert.True(dfsOutcomes.SetEquals(dporOutcomes), $"DFS: {string.Join(" | ", dfsOutcomes)}; DPOR: {string.Join(" | ", dporOutcomes)}");
    }

    /// <summary>The harness side of a seeded defect of the dependency relation (<see cref="CheckOptions.DporDefect"/>).</summary>
    internal static DporDefect Seeded(Weft.Platform.SeededBug bug) => bug switch
    {
        Weft.Platform.SeededBug.DporCasCountsAsRead => DporDefect.CasCountsAsRead,
        Weft.Platform.SeededBug.DporFailedCasIgnoresWrites => DporDefect.FailedCasIgnoresWrites,
        Weft.Platform.SeededBug.DporSpawnsIndependent => DporDefect.SpawnsIndependent,
        Weft.Platform.SeededBug.DporThreadEndsCausal => DporDefect.ThreadEndsCausal,
        Weft.Platform.SeededBug.DporSleepersIgnoreNewCells => DporDefect.SleepersIgnoreNewCells,
        Weft.Platform.SeededBug.DporClassBoundBySchedule => DporDefect.ScheduleBound,
        Weft.Platform.SeededBug.DporYieldArrivalsIndependent => DporDefect.YieldArrivalsIndependent,
        Weft.Platform.SeededBug.DporStoresAtIssue => DporDefect.StoresAtIssue,
        Weft.Platform.SeededBug.DporSeqCstClockIgnored => DporDefect.SeqCstClockIgnored,
        Weft.Platform.SeededBug.DporDiscardBacktracksNothing => DporDefect.DiscardBacktracksNothing,
        Weft.Platform.SeededBug.DporFlushesSwitchThreads => DporDefect.FlushesSwitchThreads,
        _ => throw new ArgumentOutOfRangeException(nameof(bug), bug, "not a defect of the dpor strategy"),
    };

    /// <summary>The options of the negative controls on a small body of this class: unbounded, at most 10,000 schedules.</summary>
    private static CheckOptions NegativeControlOptions(string id) =>
        CheckOptions.Default with { PreemptionBound = 1000, Iterations = 10_000, TestId = id };

    /// <summary>
    /// A negative control's comparison: DFS, DPOR as built and DPOR with <paramref name="bug"/> exhaust
    /// <paramref name="body"/> under <paramref name="options"/>. DPOR as built must reach DFS's outcomes exactly; the
    /// result is what the comparison says the seeded search lost, and the test fails if it lost nothing.
    /// </summary>
    internal static string SeededLoss(string id, Action body, CheckOptions options, Weft.Platform.SeededBug bug)
    {
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dfs" });
        var (sound, soundOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dpor" });
        var (seeded, seededOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dpor", DporDefect = Seeded(bug) });
        Assert.True(dfs.Exhausted && sound.Exhausted && seeded.Exhausted);
        Assert.Null(Difference(id, dfs, dfsOutcomes, sound, soundOutcomes, "DPOR"));
        string? difference = Difference(id, dfs, dfsOutcomes, seeded, seededOutcomes, "DPOR");
        Assert.True(difference is not null, $"{bug} lost nothing: {seeded.Iterations} schedules, outcomes {string.Join(" | ", seededOutcomes)}");
        return difference;
    }

    /// <summary>
    /// The bounded negative control: on <c>reclamation/dfs-debra</c> with preemption bound 2, bounded DPOR with
    /// <paramref name="bug"/> loses outcomes of bounded DFS, and the comparison names the first of them.
    /// </summary>
    private static void AssertBoundedDebraLoses(Weft.Platform.SeededBug bug)
    {
        var t = Test("reclamation/dfs-debra");
        var bounded = t.Apply(CheckOptions.Default with { PreemptionBound = 2, Iterations = 100_000 });
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, bounded with { Strategy = "dfs" });
        var (seeded, seededOutcomes) = OutcomeCollector.Explore(t.Body, bounded with { Strategy = "dpor", DporBounded = true, DporDefect = Seeded(bug) });
        Assert.True(dfs.Exhausted && seeded.Exhausted);
        string? difference = Difference(t.Id, dfs, dfsOutcomes, seeded, seededOutcomes, "bounded DPOR");
        Assert.NotNull(difference);
        Assert.Contains(FirstLost(dfsOutcomes, seededOutcomes), difference, StringComparison.Ordinal);
    }

    /// <summary>The first outcome (in ordinal order) only <paramref name="plain"/> reached: the one the comparison names first.</summary>
    private static string FirstLost(HashSet<string> plain, HashSet<string> reduced) =>
        plain.Except(reduced).OrderBy(o => o, StringComparer.Ordinal).First();

    private sealed class CasWord
    {
        public Weft.Atomics.AtomicInt32 Value;
    }

    /// <summary>Two threads CAS one word from 0 to their number; the test fails when thread 2's CAS wins.</summary>
    internal static void CasRace()
    {
        var word = new CasWord();
        var one = WeftThread.Start(() => word.Value.CompareExchange(0, 1, Weft.Atomics.MemoryOrder.AcqRel));
        var two = WeftThread.Start(() => word.Value.CompareExchange(0, 2, Weft.Atomics.MemoryOrder.AcqRel));
        one.Join();
        two.Join();
        int w = word.Value.Load(Weft.Atomics.MemoryOrder.Acquire);
        Checker.Assert(w == 1, $"thread 2's CAS won: the word is {w}");
    }

    /// <summary>
    /// Negative control of the soundness check (<see cref="Weft.Platform.SeededBug.DporCasCountsAsRead"/>): with a
    /// compare-and-swap counted as a read, the two CASs of one word are independent, DPOR never reverses them, and the
    /// outcome comparison the soundness tests use reports the outcome it loses, thread 2's CAS winning. The correct
    /// relation reaches it (the same comparison reports nothing), so the difference is the defect's.
    /// </summary>
    [Fact]
    public void Seeded_cas_as_read_makes_the_comparison_name_the_lost_outcome_of_a_cas_race()
    {
        Assert.Contains("only DFS (1): Assertion : thread 2's CAS won: the word is 2",
            SeededLoss("dpor/cas-race", CasRace, NegativeControlOptions("dpor/cas-race"), Weft.Platform.SeededBug.DporCasCountsAsRead), StringComparison.Ordinal);
    }

    /// <summary>
    /// The same negative control on a registered test and the bounded search: on <c>reclamation/dfs-debra</c> (Treiber
    /// pushes and pops, DEBRA's epoch CASs), bound 2, DPOR with a CAS counted as a read loses outcomes of bounded DFS,
    /// and the comparison names the first of them.
    /// </summary>
    [Fact]
    public void Seeded_cas_as_read_makes_the_comparison_name_a_lost_outcome_of_bounded_dfs_debra()
    {
        AssertBoundedDebraLoses(Weft.Platform.SeededBug.DporCasCountsAsRead);
    }

    /// <summary>Each thread reports its arrival, then stores to a cell of its own before it ends.</summary>
    private static void TwoArrivalsThenStores()
    {
        var cells = new[] { new CasWord(), new CasWord() };
        var one = WeftThread.Start(() => { Checker.Emit(new ArrivalEvent(1)); cells[0].Value.Store(1, Weft.Atomics.MemoryOrder.Release); });
        var two = WeftThread.Start(() => { Checker.Emit(new ArrivalEvent(2)); cells[1].Value.Store(1, Weft.Atomics.MemoryOrder.Release); });
        one.Join();
        two.Join();
    }

    private static (string? Difference, HashSet<string> Dfs, HashSet<string> Dpor) ArrivalOutcomes(Action body, Func<PropertyMonitor> monitor)
    {
        var options = CheckOptions.Default with { PreemptionBound = 1000, Iterations = 10_000, TestId = "dpor/arrivals", Monitors = new[] { monitor } };
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dfs" });
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dpor" });
        Assert.True(dfs.Exhausted && dpor.Exhausted);
        return (Difference("dpor/arrivals", dfs, dfsOutcomes, dpor, dporOutcomes, "DPOR"), dfsOutcomes, dporOutcomes);
    }

    /// <summary>
    /// A keyed monitor that declares too few keys (each arrival its own thread's part, though the verdict depends on
    /// their order) makes the two arrivals independent, so DPOR does not reverse them. When each thread arrives and then
    /// takes one more step (a store to its own cell), nothing else orders the two arrival steps: DPOR never runs thread 2's
    /// arrival first, and the outcome comparison names the failure it loses. The correctly keyed monitor (one common
    /// part) on the same body loses nothing.
    /// </summary>
    [Fact]
    public void A_monitor_with_too_few_keys_makes_the_comparison_name_the_lost_failure()
    {
        var underKeyed = ArrivalOutcomes(TwoArrivalsThenStores, () => new UnderKeyedArrivalMonitor());
        Assert.NotNull(underKeyed.Difference);
        Assert.Contains("only DFS (1): Assertion UnderKeyedArrivalMonitor: thread 2 arrived before thread 1", underKeyed.Difference, StringComparison.Ordinal);
        var keyed = ArrivalOutcomes(TwoArrivalsThenStores, () => new ArrivalOrderMonitor());
        Assert.Contains(keyed.Dfs, o => o.Contains("thread 2 arrived before thread 1", StringComparison.Ordinal));
        Assert.Null(keyed.Difference);
    }

    /// <summary>
    /// Too few keys lose the failure also when each arrival is its thread's only step, which ends the thread. At the
    /// decision where both arrival steps compete, the main thread is blocked in its join of thread 1, and thread 1's
    /// last step and that join are a causal order, not a race (<see cref="DporStrategy"/>'s join rule): no backtrack
    /// point, so nothing schedules thread 2 there (the conservative fallback to every awake candidate, which did, is not
    /// taken for it). The correctly keyed monitor loses nothing on the same body
    /// (<see cref="Dpor_with_a_user_keyed_monitor_reaches_the_outcomes_of_dfs"/>).
    /// </summary>
    [Fact]
    public void Too_few_keys_lose_the_failure_when_each_arrival_ends_its_thread()
    {
        var underKeyed = ArrivalOutcomes(TwoArrivals, () => new UnderKeyedArrivalMonitor());
        Assert.NotNull(underKeyed.Difference);
        Assert.Contains("only DFS (1): Assertion UnderKeyedArrivalMonitor: thread 2 arrived before thread 1", underKeyed.Difference, StringComparison.Ordinal);
        Assert.DoesNotContain(underKeyed.Dpor, o => o.Contains("thread 2 arrived before thread 1", StringComparison.Ordinal));
    }

    /// <summary>A step of thread <paramref name="thread"/> as the step log records it: <paramref name="op"/> on <paramref name="address"/> (0: none).</summary>
    private static Weft.Engine.StepRecord Record(int thread, OpKind op, nint address, bool casFailed = false, int spawned = -1) =>
        new() { Thread = thread, Op = op, Address = address, Spawned = spawned, CasFailed = casFailed };

    /// <summary>Both records as events of one iteration (step 0 and step 1) under the given relation and defect.</summary>
    private static bool Dependent(Weft.Engine.StepRecord a, Weft.Engine.StepRecord b, DporRefinements refinements = DporRefinements.All, DporDefect defect = DporDefect.None)
    {
        var addresses = new Dictionary<nint, int>();
        var resources = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var x = DporStrategy.ToEvent(a, 0, false, addresses, resources, defect, refinements);
        var y = DporStrategy.ToEvent(b, 1, false, addresses, resources, defect, refinements);
        Assert.Equal(x.DependentWith(y), y.DependentWith(x));
        return x.DependentWith(y);
    }

    /// <summary>
    /// The relation on executed steps (<see cref="DporRefinements"/>): a CAS that failed reads its cell (independent of a
    /// load and of another failed CAS of it, dependent with a store and a successful CAS); a successful CAS writes; an
    /// SC fence and a spawn are not dependent with every step (a spawn with another spawn only), a yield still is. The
    /// coarse relation keeps every CAS a write and spawns and fences dependent with everything.
    /// </summary>
    [Fact]
    public void A_failed_cas_reads_and_fences_and_spawns_order_only_what_they_touch()
    {
        const nint word = 0x1000, other = 0x2000;
        var failed = Record(1, OpKind.CompareExchange, word, casFailed: true);
        var won = Record(2, OpKind.CompareExchange, word);
        Assert.False(Dependent(failed, Record(2, OpKind.Load, word)));
        Assert.False(Dependent(failed, Record(2, OpKind.CompareExchange, word, casFailed: true)));
        Assert.True(Dependent(failed, won));
        Assert.True(Dependent(failed, Record(2, OpKind.Store, word)));
        Assert.True(Dependent(won, Record(1, OpKind.Load, word)));
        Assert.True(Dependent(failed, Record(2, OpKind.Load, word), DporRefinements.None));
        Assert.False(Dependent(failed, Record(2, OpKind.Store, word), defect: DporDefect.FailedCasIgnoresWrites));

        var fence = Record(1, OpKind.Fence, 0);
        var spawn = Record(0, OpKind.Spawn, 0, spawned: 3);
        Assert.False(Dependent(fence, Record(2, OpKind.Store, other)));
        Assert.True(Dependent(fence, Record(2, OpKind.Store, other), DporRefinements.None));
        Assert.True(Dependent(Record(1, OpKind.Yield, 0), Record(2, OpKind.Store, other)));
        Assert.False(Dependent(spawn, Record(2, OpKind.Store, other)));
        Assert.False(Dependent(spawn, fence));
        Assert.True(Dependent(spawn, Record(1, OpKind.Spawn, 0, spawned: 4)));
        Assert.True(Dependent(spawn, Record(2, OpKind.Store, other), DporRefinements.None));
    }

    /// <summary>Three threads CAS one word from 0 to their number; each loser then loads the word. The test fails when thread 3 wins.</summary>
    private static void ThreeCasRace()
    {
        var word = new CasWord();
        void Contend(int me)
        {
            if (word.Value.CompareExchange(0, me, Weft.Atomics.MemoryOrder.AcqRel) != 0)
                Checker.Assert(word.Value.Load(Weft.Atomics.MemoryOrder.Acquire) != 0, "a loser saw the word empty");
        }
        var threads = new[] { WeftThread.Start(() => Contend(1)), WeftThread.Start(() => Contend(2)), WeftThread.Start(() => Contend(3)) };
        foreach (var t in threads) t.Join();
        int w = word.Value.Load(Weft.Atomics.MemoryOrder.Acquire);
        Checker.Assert(w != 3, $"thread 3's CAS won: the word is {w}");
    }

    /// <summary>
    /// Failed CASs as reads, on a body where two of three CASs of one word fail in every schedule: unbounded DPOR
    /// reaches DFS's outcomes (thread 3's win among them), and the refinement merges classes: DFS's schedules fall
    /// into fewer classes with it than with every CAS a write.
    /// </summary>
    [Fact]
    public void Failed_cas_as_a_read_keeps_the_outcomes_of_dfs_and_merges_classes()
    {
        var options = CheckOptions.Default with { PreemptionBound = 1000, Iterations = 100_000, TestId = "dpor/three-cas" };
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(ThreeCasRace, options with { Strategy = "dfs" });
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(ThreeCasRace, options with { Strategy = "dpor" });
        Assert.True(dfs.Exhausted && dpor.Exhausted);
        Assert.Contains(dfsOutcomes, o => o.Contains("thread 3's CAS won", StringComparison.Ordinal));
        Assert.Null(Difference("dpor/three-cas", dfs, dfsOutcomes, dpor, dporOutcomes, "DPOR"));
        int Classes(DporRefinements refinements)
        {
            var o = options with { Strategy = "dfs", StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = TestPaths.ScheduleDir };
            var counter = new ClassCountingDfs(o.PreemptionBound, refinements);
            using (var rt = new Weft.Engine.ControlledRuntime(o, counter)) Assert.True(rt.Explore(ThreeCasRace, o.TestId!).Exhausted);
            return counter.Classes;
        }
        int refined = Classes(DporRefinements.All), coarse = Classes(DporRefinements.All & ~DporRefinements.FailedCasReads);
        Assert.True(refined < coarse, $"{refined} classes with failed CASs as reads, {coarse} with every CAS a write");
        Assert.True(refined <= dpor.Iterations, $"{refined} classes, DPOR ran {dpor.Iterations} schedules");
    }

    /// <summary>
    /// The two-CAS race, each thread then storing to a cell of its own before it ends: the CAS is not its thread's last
    /// step, so no race of a thread's end with the main thread's join reorders the two CASs.
    /// </summary>
    private static void CasRaceThenStores()
    {
        var word = new CasWord();
        var cells = new[] { new CasWord(), new CasWord() };
        var one = WeftThread.Start(() => { word.Value.CompareExchange(0, 1, Weft.Atomics.MemoryOrder.AcqRel); cells[0].Value.Store(1, Weft.Atomics.MemoryOrder.Release); });
        var two = WeftThread.Start(() => { word.Value.CompareExchange(0, 2, Weft.Atomics.MemoryOrder.AcqRel); cells[1].Value.Store(1, Weft.Atomics.MemoryOrder.Release); });
        one.Join();
        two.Join();
        int w = word.Value.Load(Weft.Atomics.MemoryOrder.Acquire);
        Checker.Assert(w == 1, $"thread 2's CAS won: the word is {w}");
    }

    /// <summary>
    /// Negative control of the failed-CAS rule (<see cref="Weft.Platform.SeededBug.DporFailedCasIgnoresWrites"/>): with a
    /// failed CAS independent of the write that made it fail, DPOR never tries the order in which it wins, and the
    /// outcome comparison names the lost outcome, thread 2's CAS winning. The rule as built (a failed CAS reads its
    /// word) loses nothing on the same body.
    /// </summary>
    [Fact]
    public void Seeded_failed_cas_ignoring_writes_makes_the_comparison_name_the_lost_outcome_of_a_cas_race()
    {
        Assert.Contains("only DFS (1): Assertion : thread 2's CAS won: the word is 2",
            SeededLoss("dpor/cas-race", CasRaceThenStores, NegativeControlOptions("dpor/cas-race"), Weft.Platform.SeededBug.DporFailedCasIgnoresWrites), StringComparison.Ordinal);
    }

    /// <summary>
    /// The same negative control on a registered test and the bounded search: on <c>reclamation/dfs-debra</c> with bound
    /// 2, DPOR whose failed CASs ignore writes loses outcomes of bounded DFS, and the comparison names the first of them.
    /// </summary>
    [Fact]
    public void Seeded_failed_cas_ignoring_writes_makes_the_comparison_name_a_lost_outcome_of_bounded_dfs_debra()
    {
        AssertBoundedDebraLoses(Weft.Platform.SeededBug.DporFailedCasIgnoresWrites);
    }

    /// <summary>
    /// The main thread spawns thread 1, which spawns a child, and then spawns thread 2: the child's id is 2 when thread 1
    /// spawns it before the main thread spawns thread 2, else 3. The test fails when the child gets id 2.
    /// </summary>
    private static void SpawnRace()
    {
        var one = WeftThread.Start(() =>
        {
            var child = WeftThread.Start(() => Checker.Assert(Weft.Engine.SchedulingHooks.ThreadId != 2, "the child got thread id 2"));
            child.Join();
        });
        var two = WeftThread.Start(() => { });
        one.Join();
        two.Join();
    }

    /// <summary>
    /// Negative control of the spawn rule (<see cref="Weft.Platform.SeededBug.DporSpawnsIndependent"/>): a spawn is
    /// independent of every other thread's step but another spawn. With two spawns of different threads independent
    /// too, DPOR never reverses them, and the outcome comparison names the lost outcome, the child with id 2. The rule
    /// as built loses nothing on the same body.
    /// </summary>
    [Fact]
    public void Seeded_independent_spawns_make_the_comparison_name_the_lost_outcome_of_a_spawn_race()
    {
        Assert.Contains("only DFS (1): Assertion : the child got thread id 2",
            SeededLoss("dpor/spawn-race", SpawnRace, NegativeControlOptions("dpor/spawn-race"), Weft.Platform.SeededBug.DporSpawnsIndependent), StringComparison.Ordinal);
    }

    /// <summary>
    /// Negative control of the join rule (<see cref="Weft.Platform.SeededBug.DporThreadEndsCausal"/>): the race of a
    /// thread's last step with the join it unblocks is a causal order and gets no backtrack point; widened to every race
    /// of a thread's last step, the rule leaves the two increments of <c>canonical/lost-update</c> (each thread's load
    /// and store, the store its last step) unreversed, DPOR never runs the interleaving that loses an increment, and the
    /// outcome comparison names the lost failure. The rule as built loses nothing on the same test.
    /// </summary>
    [Fact]
    public void Seeded_thread_ends_as_causal_orders_make_the_comparison_name_the_lost_update()
    {
        var t = Test("canonical/lost-update");
        Assert.Contains("only DFS (1): Assertion : counter is 1 after two increments, expected 2",
            SeededLoss(t.Id, t.Body, Unbounded(t, "dfs"), Weft.Platform.SeededBug.DporThreadEndsCausal), StringComparison.Ordinal);
    }

    /// <summary>
    /// The same negative control for the bounded search: on <c>reclamation/dfs-debra</c> with bound 2 the widened rule
    /// loses outcomes of bounded DFS and the comparison names the first of them; the rule as built keeps bounded DFS's
    /// outcome set (<see cref="Bounded_dpor_reaches_the_outcomes_of_bounded_dfs_with_fewer_schedules"/>).
    /// </summary>
    [Fact]
    public void Seeded_thread_ends_as_causal_orders_make_the_comparison_name_a_lost_outcome_of_bounded_dfs_debra()
    {
        AssertBoundedDebraLoses(Weft.Platform.SeededBug.DporThreadEndsCausal);
    }

    /// <summary>
    /// Negative control of the sleepers' pending cells (<see cref="Weft.Platform.SeededBug.DporSleepersIgnoreNewCells"/>):
    /// in the two-CAS race the word is first touched by whichever thread's CAS runs first. Once thread 1's subtree is
    /// done, thread 1 sleeps with its CAS; with the defect it stays asleep across thread 2's CAS of the same word (also
    /// a first touch in that schedule), so thread 1's CAS never runs after it and the iteration is abandoned: the
    /// outcome comparison names the lost outcome, thread 2's CAS winning. The rule as built (the sleeper's pending
    /// address equals the step's) wakes it and loses nothing.
    /// </summary>
    [Fact]
    public void Seeded_sleepers_ignoring_new_cells_make_the_comparison_name_the_lost_outcome_of_a_cas_race()
    {
        Assert.Contains("only DFS (1): Assertion : thread 2's CAS won: the word is 2",
            SeededLoss("dpor/cas-race", CasRace, NegativeControlOptions("dpor/cas-race"), Weft.Platform.SeededBug.DporSleepersIgnoreNewCells), StringComparison.Ordinal);
    }

    /// <summary>
    /// The class-bounded DPOR (<see cref="DporBoundedSleep.ClassBounded"/>: unbounded DPOR with sleep sets, prefixes kept
    /// while a class extending them may stay within the preemption bound) against bounded DFS on the small tests: the same
    /// outcomes, and every class of DFS's schedules is the class of a run it kept (<see cref="ClassCover"/>), except
    /// classes unbounded DPOR leaves out too (where a blocked join attempt comes, same outcome; the class-bounded search
    /// runs a subset of unbounded DPOR's tree, so it cannot do better there).
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-update", 1)]
    [InlineData("canonical/lost-update", 2)]
    [InlineData("canonical/lost-update-fixed", 2)]
    [InlineData("canonical/lost-wakeup", 1)]
    [InlineData("canonical/lost-wakeup", 2)]
    [InlineData("canonical/lost-wakeup-fixed", 2)]
    [InlineData("canonical/two-lock-deadlock", 1)]
    [InlineData("canonical/two-lock-deadlock", 2)]
    [InlineData("canonical/two-lock-deadlock-fixed", 2)]
    [InlineData("litmus/sb-relaxed-sc", 0)]
    [InlineData("litmus/sb-relaxed-sc", 2)]
    public void Class_bounded_dpor_reaches_the_outcomes_and_classes_of_bounded_dfs(string id, int bound)
    {
        var t = Test(id);
        var options = t.Apply(CheckOptions.Default with { PreemptionBound = bound, Iterations = 100_000 });
        var dfs = ClassCover.Dfs(t.Body, options);
        var classBounded = ClassCover.ClassBounded(t.Body, options);
        var unbounded = ClassCover.Unbounded(t.Body, options);
        Assert.True(dfs.Result.Exhausted && classBounded.Result.Exhausted && unbounded.Result.Exhausted);
        Assert.Null(Difference(id, dfs.Result, dfs.Outcomes, classBounded.Result, classBounded.Outcomes, "class-bounded DPOR"));
        var reachable = dfs.Keys.Where(k => unbounded.Keys.Contains(k)).ToList();
        Assert.Equal(0, ClassCover.Missing(reachable, classBounded.Keys));
        Assert.Equal(0, ClassCover.Missing(classBounded.Keys, dfs.Keys)); // and it keeps no class outside the bound
    }

    /// <summary>
    /// The class cover on the reclamation tests (bound 2): the class-bounded DPOR runs every class of bounded DFS's
    /// schedules and no other, reaches its outcomes, with fewer schedules. The figures of README "DPOR against DFS".
    /// </summary>
    [Theory]
    [MemberData(nameof(ReclamationTests))]
    public void Class_bounded_dpor_covers_every_class_of_bounded_dfs_on_the_reclamation_tests(string id)
    {
        var t = Test(id);
        var options = t.Apply(CheckOptions.Default with { PreemptionBound = 2, Iterations = 100_000 });
        var dfs = ClassCover.Dfs(t.Body, options);
        var classBounded = ClassCover.ClassBounded(t.Body, options);
        Assert.True(dfs.Result.Exhausted && classBounded.Result.Exhausted);
        Assert.Null(Difference(id, dfs.Result, dfs.Outcomes, classBounded.Result, classBounded.Outcomes, "class-bounded DPOR"));
        Assert.Equal(0, ClassCover.Missing(dfs.Keys, classBounded.Keys));
        Assert.Equal(0, ClassCover.Missing(classBounded.Keys, dfs.Keys));
        Assert.True(classBounded.Result.Iterations < dfs.Result.Iterations, $"{id}: class-bounded DPOR ran {classBounded.Result.Iterations} schedules, DFS {dfs.Result.Iterations}");
    }

    /// <summary>
    /// Negative control of the class bound (<see cref="Weft.Platform.SeededBug.DporClassBoundBySchedule"/>): abandoning a
    /// prefix once the schedule itself exceeds the bound, though another schedule of its class stays within it, loses
    /// classes, since sleep sets keep that other schedule from running. On <c>reclamation/dfs-debra</c> (bound 2) the class
    /// cover names the lost classes and the outcome comparison a lost outcome; the search as built loses neither.
    /// </summary>
    [Fact]
    public void Seeded_schedule_bound_makes_the_class_cover_and_the_comparison_name_what_bounded_dfs_debra_loses()
    {
        var t = Test("reclamation/dfs-debra");
        var options = t.Apply(CheckOptions.Default with { PreemptionBound = 2, Iterations = 100_000 });
        var dfs = ClassCover.Dfs(t.Body, options);
        var sound = ClassCover.ClassBounded(t.Body, options);
        var seeded = ClassCover.ClassBounded(t.Body, options, Seeded(Weft.Platform.SeededBug.DporClassBoundBySchedule));
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Equal(0, ClassCover.Missing(dfs.Keys, sound.Keys));
        Assert.True(ClassCover.Missing(dfs.Keys, seeded.Keys) > 0, $"the seeded class bound lost no class: {seeded.Result.Iterations} schedules");
        string? difference = Difference(t.Id, dfs.Result, dfs.Outcomes, seeded.Result, seeded.Outcomes, "class-bounded DPOR");
        Assert.NotNull(difference);
        Assert.Contains(FirstLost(dfs.Outcomes, seeded.Outcomes), difference, StringComparison.Ordinal);
    }

    /// <summary>
    /// The class cover is the stronger check: on <c>canonical/lost-update</c> with bound 1 the seeded class bound
    /// (<see cref="Weft.Platform.SeededBug.DporClassBoundBySchedule"/>) still reaches every outcome of bounded DFS, so the
    /// outcome comparison sees nothing, but it runs fewer classes, and the cover names them.
    /// </summary>
    [Fact]
    public void Seeded_schedule_bound_loses_classes_the_outcome_comparison_does_not_see()
    {
        var t = Test("canonical/lost-update");
        var options = t.Apply(CheckOptions.Default with { PreemptionBound = 1, Iterations = 100_000 });
        var dfs = ClassCover.Dfs(t.Body, options);
        var seeded = ClassCover.ClassBounded(t.Body, options, Seeded(Weft.Platform.SeededBug.DporClassBoundBySchedule));
        Assert.True(dfs.Result.Exhausted && seeded.Result.Exhausted);
        Assert.True(dfs.Outcomes.SetEquals(seeded.Outcomes));
        Assert.True(ClassCover.Missing(dfs.Keys, seeded.Keys) > 0, $"the seeded class bound lost no class: {seeded.Result.Iterations} schedules");
    }

    /// <summary>
    /// Negative control of the arrival rule (<see cref="Weft.Platform.SeededBug.DporYieldArrivalsIndependent"/>): in
    /// <c>dpor/yield-arrivals</c> each thread's first step, its start, ends at its yield, and the yield rule runs the two
    /// yields, and so the two stores, in arrival order. With two arrivals independent, DPOR runs thread 1's start first
    /// in every schedule and never stores thread 1's number last; the outcome comparison names that failure. The
    /// relation as built (two arrivals dependent) loses nothing on the same test.
    /// </summary>
    [Fact]
    public void Seeded_independent_yield_arrivals_make_the_comparison_name_the_lost_store_order()
    {
        var t = Test("dpor/yield-arrivals");
        Assert.Contains("only DFS (1): Assertion : thread 1 stored last: thread 2 arrived at its yield first",
            SeededLoss(t.Id, t.Body, Unbounded(t, "dfs"), Weft.Platform.SeededBug.DporYieldArrivalsIndependent), StringComparison.Ordinal);
    }

    /// <summary>
    /// The main thread sleeps on a futex word; one thread sets the word and wakes it, another only wakes. The test fails
    /// when the second one wakes the main thread.
    /// </summary>
    private static void SetterAndWaker()
    {
        using var word = new FutexWord(0);
        var setter = WeftThread.Start(() =>
        {
            word.Store(1, Weft.Atomics.MemoryOrder.Release);
            word.Wake(1);
        });
        var waker = WeftThread.Start(() => Checker.Assert(word.Wake(1) == 0, "the thread that only wakes woke the waiter"));
        word.Wait(0);
        setter.Join();
        waker.Join();
    }

    /// <summary>Unbounded DPOR on <paramref name="body"/>: its outcomes and how many races its conservative fallback added a new thread for.</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, int FallbackAdditions) DporFallbacks(Action body, CheckOptions options, DporDefect defect)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var strategy = new DporStrategy(defect: defect);
        var o = options with { Strategy = "dpor", OutcomeSink = x => outcomes.Add(x), StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = TestPaths.ScheduleDir };
        using var rt = new Weft.Engine.ControlledRuntime(o, strategy);
        return (rt.Explore(body, o.TestId!), outcomes, strategy.FallbackAdditions);
    }

    /// <summary>
    /// The conservative fallback (every awake candidate where a race's initials are not candidates) adds nothing the
    /// search needs, as <see cref="DporStrategy"/>'s essay argues: on a futex word that the main thread waits on and two
    /// threads wake it adds a thread at a decision (a wake that unblocks the waiter races with the waiter's resumption,
    /// which is not a candidate there), and without it (<see cref="DporDefect.NoConservativeFallback"/>) DPOR still
    /// reaches DFS's outcomes (323 DFS schedules, 23 DPOR schedules with the fallback and without), the thread that only
    /// wakes waking the waiter among them; so on <c>dpor/yield-arrivals</c> (8 and 4), where it fires at yields the rule
    /// defers but adds no thread.
    /// </summary>
    [Theory]
    [InlineData("dpor/setter-and-waker")]
    [InlineData("dpor/yield-arrivals")]
    public void Without_the_conservative_fallback_dpor_still_reaches_the_outcomes_of_dfs(string id)
    {
        Action body = id == "dpor/yield-arrivals" ? Test(id).Body : SetterAndWaker;
        var options = NegativeControlOptions(id);
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(body, options with { Strategy = "dfs" });
        var (with, withOutcomes, added) = DporFallbacks(body, options, DporDefect.None);
        var (without, withoutOutcomes, _) = DporFallbacks(body, options, DporDefect.NoConservativeFallback);
        Assert.True(dfs.Exhausted && with.Exhausted && without.Exhausted, $"{id}: DFS {dfs.Iterations} ({dfs.Exhausted}), DPOR {with.Iterations} ({with.Exhausted}), without the fallback {without.Iterations} ({without.Exhausted}); fallback additions {added}");
        Assert.True(dfsOutcomes.Count > 1, $"{id}: DFS reached one outcome");
        Assert.Null(Difference(id, dfs, dfsOutcomes, with, withOutcomes, "DPOR"));
        Assert.Null(Difference(id, dfs, dfsOutcomes, without, withoutOutcomes, "DPOR without the fallback"));
        if (id == "dpor/setter-and-waker") Assert.True(added > 0, $"{id}: the fallback added no thread");
    }

    /// <summary>The arrival-order monitor keyed wrongly: each arrival names only its own thread's part, though the verdict depends on their order.</summary>
    private sealed class UnderKeyedArrivalMonitor : PropertyMonitor, IMonitorOf<ArrivalEvent>, IKeyedMonitor
    {
        private bool _first;

        public override void OnEvent(object e) { }

        public void On(in ArrivalEvent e)
        {
            if (e.Thread == 2 && !_first) Fail("thread 2 arrived before thread 1");
            if (e.Thread == 1) _first = true;
        }

        public void PartsOf(object e, List<MonitorPart> parts)
        {
            if (e is ArrivalEvent a) parts.Add(MonitorPart.Thread(a.Thread, changes: true));
        }
    }
}
