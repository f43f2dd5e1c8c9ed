using System;
using System.Linq;
using System.Threading;
using Weft.Collections;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Every reclaimer under the scheduler with tiny parameters (retire threshold 1, an era per allocation, stall
/// threshold 1), so that reclamation really happens inside short schedules: exhaustive DFS with preemption bound 2,
/// PCT and random budgets, and the seeded defects caught as the right monitor's violation and replayed.
/// </summary>
public sealed class ReclamationTests
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.Registered(id);

    public static TheoryData<string> Schemes() => new("ibr", "debra", "debra-plus", "leak");

    /// <summary>
    /// DEBRA+ keeps a thread's announcement between operations and Quiesce drops it; a thread neutralized while it
    /// held a kept announcement announces again in its next operation (flag cleared, the current epoch). Plain DEBRA is
    /// quiescent after every operation. Direct calls, no scheduler: b's first check passes a (it announced epoch 1),
    /// b's second advances the epoch to 2, its third finds a's kept announcement of 1 blocking and neutralizes a
    /// (stall threshold 1), its fourth advances to 3.
    /// </summary>
    [Fact]
    public void Debra_plus_keeps_its_announcement_until_quiesce_and_a_neutralized_thread_announces_again()
    {
        var config = WeftConfig.Default with { StallThreshold = 1, EpochCheckInterval = 1 };
        var r = (DebraReclaimer)Reclaimer.Create(ReclamationScheme.DebraPlus, new NodePool(64, tagged: true, threadCaches: 2), 2, config);
        var a = r.Register();
        var b = r.Register();
        r.BeginOperation(a);
        r.EndOperation(a);
        Assert.Equal((1L, false), r.Announcement(a.Index));
        for (int i = 0; i < 4; i++)
        {
            r.BeginOperation(b);
            r.EndOperation(b);
        }
        Assert.Equal(3L, r.Epoch);
        Assert.True(r.IsNeutralized(a.Index));
        Assert.Equal((1L, false), r.Announcement(a.Index));
        r.BeginOperation(a);
        Assert.False(r.IsNeutralized(a.Index));
        Assert.Equal((3L, false), r.Announcement(a.Index));
        r.EndOperation(a);
        Assert.Equal((3L, false), r.Announcement(a.Index));
        r.Quiesce(a);
        Assert.Equal((3L, true), r.Announcement(a.Index));

        var plain = (DebraReclaimer)Reclaimer.Create(ReclamationScheme.Debra, new NodePool(64, tagged: true, threadCaches: 1), 1, config);
        var c = plain.Register();
        plain.BeginOperation(c);
        Assert.False(plain.Announcement(c.Index).Quiescent);
        plain.EndOperation(c);
        Assert.True(plain.Announcement(c.Index).Quiescent);
    }


    [Theory]
    [MemberData(nameof(Schemes))]
    public void Dfs_with_preemption_bound_2_explores_every_schedule_without_a_bug(string scheme)
    {
        var r = CanonicalBugTests.DfsExhaustsWithoutBug("reclamation/dfs-" + scheme);
        Assert.True(r.Iterations > 100, $"only {r.Iterations} schedules: the workload no longer exercises reclamation");
    }

    [Fact]
    public void Dfs_catches_immediate_reuse_and_the_schedule_replays()
    {
        CanonicalBugTests.DfsCatchesAndReplays("reclamation/dfs-immediate", monitor: nameof(NoUseAfterFreeMonitor));
    }

    [Theory]
    [InlineData("treiber/linearizable-ibr", "pct")]
    [InlineData("treiber/linearizable-ibr", "random")]
    [InlineData("treiber/linearizable-debra", "pct")]
    [InlineData("treiber/linearizable-debra", "random")]
    [InlineData("treiber/linearizable-debra-plus", "pct")]
    [InlineData("treiber/linearizable-debra-plus", "random")]
    [InlineData("treiber/churn-ibr", "pct")]
    [InlineData("treiber/churn-debra", "random")]
    [InlineData("treiber/churn-debra-plus", "pct")]
    [InlineData("treiber/churn-ibr", "stall")]
    [InlineData("treiber/churn-debra", "stall")]
    public void Reclaimer_passes_a_randomized_budget(string id, string strategy)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = strategy, Iterations = 300, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(300, r.Iterations);
    }

    [Theory]
    [InlineData("treiber/use-after-free-immediate")]
    [InlineData("treiber/ibr-free-by-age")]
    [InlineData("treiber/debra-early-rotation")]
    public void Seeded_reclamation_defect_is_caught_as_use_after_free_and_replays(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r, nameof(NoUseAfterFreeMonitor));
    }

    [Theory]
    [InlineData("treiber/ibr-era-rollback", nameof(EpochMonotonicMonitor))]
    [InlineData("treiber/debra-epoch-rollback", nameof(EpochMonotonicMonitor))]
    [InlineData("treiber/ibr-reserve-ahead", nameof(EpochMonotonicMonitor))]
    [InlineData("treiber/debra-announce-ahead", nameof(EpochMonotonicMonitor))]
    [InlineData("treiber/double-retire-ibr", nameof(NoDoubleFreeMonitor))]
    [InlineData("treiber/double-retire-debra", nameof(NoDoubleFreeMonitor))]
    [InlineData("treiber/double-retire", nameof(NoDoubleFreeMonitor))]
    [InlineData("reclamation/debra-plus-resume-neutralized", nameof(NeutralizationSafetyMonitor))]
    [InlineData("reclamation/debra-plus-keep-across-epoch", nameof(BoundedPendingMonitor))]
    [InlineData("treiber/pop-returns-next", nameof(PopReturnsAbstractTopMonitor))]
    public void Seeded_defect_is_caught_by_its_monitor_and_replays(string id, string monitor)
    {
        var t = Test(id);
        Assert.Equal(monitor, t.ExpectedMonitor);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r, monitor);
    }

    /// <summary>
    /// The stack monitors run in every scheduler test of the Treiber stack, not only in trace replay: each such
    /// registered test attaches both (the seeded pop defect and the ABA control above are caught by them).
    /// </summary>
    [Fact]
    public void Treiber_scheduler_tests_attach_the_stack_monitors()
    {
        var treiber = CanonicalBugTests.All.Where(t => t.Id.StartsWith("treiber/", StringComparison.Ordinal)
            || t.Id.StartsWith("reclamation/", StringComparison.Ordinal) || t.Id.StartsWith("canonical/treiber-aba", StringComparison.Ordinal)).ToList();
        Assert.True(treiber.Count > 20, $"only {treiber.Count} Treiber tests registered");
        foreach (var t in treiber)
        {
            var names = t.BaseOptions.Monitors.Select(m => m().Name).ToList();
            Assert.True(names.Contains(nameof(StackMatchesAbstractMonitor)) && names.Contains(nameof(PopReturnsAbstractTopMonitor)),
                $"{t.Id} attaches [{string.Join(", ", names)}], not both stack monitors");
        }
        Assert.Equal(nameof(StackMatchesAbstractMonitor), Test("canonical/treiber-aba").ExpectedMonitor);
        Assert.Equal(nameof(PopReturnsAbstractTopMonitor), Test("treiber/pop-returns-next").ExpectedMonitor);
    }

    public static TheoryData<string> ReclamationTestIds() => new(CanonicalBugTests.All
        .Where(t => t.Id.StartsWith("treiber/", StringComparison.Ordinal) || t.Id.StartsWith("reclamation/", StringComparison.Ordinal))
        .Select(t => t.Id));

    /// <summary>
    /// BoundedPending is active in every reclamation test: each declares its scheme's bound before anything is retired
    /// (reclamation/stall-debra shows the monitor failing when a declared bound is exceeded).
    /// </summary>
    [Theory]
    [MemberData(nameof(ReclamationTestIds))]
    public void Reclamation_test_declares_its_pending_bound_before_any_retire(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Iterations = 3,
            Monitors = new Func<PropertyMonitor>[] { () => new PendingBoundDeclared() },
        }));
        Assert.False(r.Bug?.Monitor == nameof(PendingBoundDeclared), r.Bug?.Describe());
        Assert.True(r.Bug is not null || r.Iterations == 3, "the exploration stopped early without a bug");
    }

    /// <summary>Fails when a node is retired before the iteration declared its pending bound, or when none was declared.</summary>
    private sealed class PendingBoundDeclared : PropertyMonitor, IMonitorOf<PendingBoundEvent>, IMonitorOf<SlotEvent>
    {
        private bool _declared;

        public override void OnEvent(object e) { }

        public void On(in PendingBoundEvent e) => _declared = true;

        public void On(in SlotEvent e)
        {
            if (e.Op == SlotOp.Retire && !_declared) Fail($"thread {e.Thread} retired slot {e.Slot} before the test declared its pending bound");
        }

        public override void OnIterationEnd()
        {
            if (!_declared) Fail("the test never declared its pending bound");
        }
    }

    /// <summary>
    /// EpochMonotonic is kept per reclaimer instance: two IBR reclaimers in one test have two eras, and one advancing
    /// further than the other is no regression. (A monitor keyed by the scheme's clock name saw the second reclaimer's
    /// era 2 after the first one's era 4 as the era moving backwards.)
    /// </summary>
    [Fact]
    public void Two_ibr_reclaimers_in_one_test_keep_separate_eras()
    {
        var r = Checker.Explore(TwoIbrReclaimers, CheckOptions.Default with { Iterations = 100, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(100, r.Iterations);
    }

    private static void TwoIbrReclaimers()
    {
        var tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1 };
        var fast = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1, strict: true), maxThreads: 1, tiny);
        var slow = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1, strict: true), maxThreads: 1, tiny);
        var a = WeftThread.Start(() => Churn(fast, 4));
        var b = WeftThread.Start(() => Churn(slow, 1));
        a.Join();
        b.Join();
        Checker.Assert(((IbrReclaimer)fast).Era > ((IbrReclaimer)slow).Era, "the two eras advanced by different amounts");
    }

    private static void Churn(Reclaimer reclaimer, int pushes)
    {
        var stack = new TreiberStack(reclaimer);
        var me = reclaimer.Register();
        for (int i = 0; i < pushes; i++) stack.Push(me, i);
        while (stack.TryPop(me, out _)) { }
        reclaimer.Unregister(me);
    }

    [Fact]
    public void Debra_plus_neutralizes_stalled_threads_and_they_restart()
    {
        var t = Test("treiber/churn-debra-plus");
        NeutralizationCounter.Reset();
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Iterations = 300,
            Monitors = new Func<PropertyMonitor>[] { () => new NeutralizationCounter() },
        }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.True(NeutralizationCounter.Neutralized > 0, "no thread was ever neutralized: the DEBRA+ path is not exercised");
        Assert.True(NeutralizationCounter.Restarted > 0, "no neutralized thread ever restarted an operation");
    }

    [Fact]
    public void Plain_debra_never_neutralizes()
    {
        var t = Test("treiber/churn-debra");
        NeutralizationCounter.Reset();
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Iterations = 200,
            Monitors = new Func<PropertyMonitor>[] { () => new NeutralizationCounter() },
        }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(0, NeutralizationCounter.Neutralized);
    }

    /// <summary>Counts DEBRA+ neutralizations and restarts across iterations (one instance per iteration, shared totals).</summary>
    private sealed class NeutralizationCounter : PropertyMonitor, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>
    {
        private static int _neutralized, _restarted;

        public static int Neutralized => Volatile.Read(ref _neutralized);
        public static int Restarted => Volatile.Read(ref _restarted);

        public static void Reset()
        {
            Volatile.Write(ref _neutralized, 0);
            Volatile.Write(ref _restarted, 0);
        }

        public override void OnEvent(object e) { }

        public void On(in NeutralizeEvent e)
        {
            if (e.Raised) Interlocked.Increment(ref _neutralized);
        }

        public void On(in ValidateEvent e)
        {
            if (e.Neutralized) Interlocked.Increment(ref _restarted);
        }
    }
}
