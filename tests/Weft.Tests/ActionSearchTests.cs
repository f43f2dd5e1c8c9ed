using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Weft.Engine;
using Weft.Specs;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The systematic search at the spec's granularity: the preemption-bounded DFS counted by hand, the seeded
/// counterexamples of the specs found by it (and confirmed by TLC when a jar is present), the correct configurations
/// explored to exhaustion without a failure.
/// </summary>
public sealed class ActionSearchTests
{
    private static string Root => TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root");

    private static IReadOnlyDictionary<string, TlaValue> Constants(string spec, string config) =>
        TlcConfig.ReadConstants(Path.Combine(Root, "tla", spec, config));

    /// <summary>
    /// Two threads of two actions each, driven through <see cref="ActionDfs"/> until the search is exhausted; returns
    /// the schedules as strings ("ABBA").
    /// </summary>
    private static List<string> Schedules(int bound)
    {
        var dfs = new ActionDfs(bound);
        var seen = new List<string>();
        do
        {
            dfs.BeginIteration();
            var left = new Dictionary<int, int> { [1] = 2, [2] = 2 };
            int last = -1;
            var s = "";
            while (left.Values.Any(v => v > 0))
            {
                var ready = left.Where(p => p.Value > 0).Select(p => p.Key).OrderBy(x => x).ToList();
                int t = dfs.ChooseThread(ready, Array.Empty<int>(), last);
                left[t]--;
                last = t;
                s += t == 1 ? "A" : "B";
            }
            seen.Add(s);
        }
        while (dfs.Advance());
        return seen;
    }

    /// <summary>
    /// The six interleavings of AA and BB, with their preemptions (a switch away from a thread that could go on):
    /// AABB and BBAA 0; ABBA and BAAB 1; ABAB and BABA 2.
    /// </summary>
    [Theory]
    [InlineData(0, "AABB BBAA")]
    [InlineData(1, "AABB ABBA BAAB BBAA")]
    [InlineData(2, "AABB ABAB ABBA BAAB BABA BBAA")]
    [InlineData(5, "AABB ABAB ABBA BAAB BABA BBAA")]
    public void The_dfs_runs_each_schedule_within_the_bound_exactly_once(int bound, string expected)
    {
        var s = Schedules(bound);
        Assert.Equal(s.Count, s.Distinct().Count());
        Assert.Equal(expected.Split(' '), s.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void A_recorded_path_replays_the_same_schedule()
    {
        var dfs = new ActionDfs(2);
        dfs.BeginIteration(new[] { 1, 1, 0 });
        var ready = new List<int> { 1, 2 };
        var none = Array.Empty<int>();
        Assert.Equal(2, dfs.ChooseThread(ready, none, -1)); // option 1 at the start: the second thread
        Assert.Equal(1, dfs.ChooseThread(ready, none, 2));  // option 1 after thread 2: a preemption to thread 1
        Assert.Equal(1, dfs.ChooseThread(ready, none, 1));  // option 0: thread 1 goes on
        Assert.Equal(new[] { 1, 1, 0 }, dfs.Path);
    }

    [Theory]
    [InlineData(0, "2")]
    [InlineData(1, "2 1")]
    public void Waking_a_sleeper_while_a_thread_can_run_costs_a_preemption(int bound, string expected)
    {
        // Thread 2 can run and took the last action; thread 1 sleeps and may be woken (spuriously). The default is
        // thread 2 going on; the wake-up is an alternative only within a bound of 1.
        var dfs = new ActionDfs(bound);
        var picks = new List<int>();
        do
        {
            dfs.BeginIteration();
            picks.Add(dfs.ChooseThread(new[] { 2 }, new[] { 1 }, 2));
        }
        while (dfs.Advance());
        Assert.Equal(expected, string.Join(" ", picks));
    }

    [Fact]
    public void A_timeout_when_nothing_else_can_run_is_free()
    {
        var dfs = new ActionDfs(0);
        dfs.BeginIteration();
        Assert.Equal(1, dfs.ChooseThread(Array.Empty<int>(), new[] { 1 }, 1));
        Assert.False(dfs.Advance());
    }

    [Theory]
    [InlineData("IBR", "MC_FreeTooEarly.cfg", 40, 2, "which is free")]
    [InlineData("DEBRA", "MC_FreeTooEarly.cfg", 60, 3, "which is free")]
    [InlineData("Treiber", "MC_Untagged.cfg", 40, 2, "the abstract stack is")]
    [InlineData("FutexMutex", "MC_NoContendedMark.cfg", 40, 2, "have not terminated")]
    [InlineData("Semaphore", "MC_WakeOnZeroOnly.cfg", 40, 2, "have not terminated")]
    [InlineData("Event", "MC_CheckThenWait.cfg", 40, 2, "is enabled")]
    [InlineData("DEBRA", "MC_Unbounded.cfg", 80, 2, "pending, above the bound")]
    [InlineData("SCQ", "MC_NoCatchUp.cfg", 40, 2, "the tail was not caught up")]
    [InlineData("SCQ", "MC_NoCycleCheck.cfg", 40, 2, "it is stranded")]
    [InlineData("LCRQ", "MC_NoEmptyTransition.cfg", 40, 2, "it is stranded")]
    [InlineData("LCRQ", "MC_FixStateReopens.cfg", 40, 2, "the ring was reopened")]
    [InlineData("wCQ", "MC_HelperIgnoresSequence.cfg", 40, 2, "a retired request's index was placed again")]
    [InlineData("SkipList", "MC_UnlinkBeforeMark.cfg", 40, 2, "but the abstract set is")]
    [InlineData("SkipList", "MC_UpperLevelFirst.cfg", 40, 2, "but not on level 0")]
    [InlineData("SkipList", "MC_ContainsIgnoresMark.cfg", 40, 2, "was not in the abstract set")]
    [InlineData("SkipList", "MC_RelinkMarked.cfg", 40, 2, "though it was marked")]
    [InlineData("LazySkipList", "MC_SkipsValidation.cfg", 40, 2, "but the abstract set is")]
    [InlineData("LazySkipList", "MC_ContainsIgnoresFlags.cfg", 40, 2, "was not in the abstract set")]
    [InlineData("EFRBTree", "MC_NoMarkStep.cfg", 40, 2, "but the abstract set is")]
    [InlineData("EFRBTree", "MC_HelpReexecutes.cfg", 40, 2, "changed the tree for info record")]
    [InlineData("EFRBTree", "MC_Immediate.cfg", 40, 2, "which is free")]
    [InlineData("EFRBTree", "MC_KeysByMinimum.cfg", 40, 2, "lies in the left subtree")]
    [InlineData("EFRBTree", "MC_UnmarkRemoved.cfg", 40, 2, "a marked node was unmarked")]
    [InlineData("RegionRC", "MC_SkipBarrierCycle.cfg", 40, 2, "a region cycle")]
    [InlineData("RegionRC", "MC_SkipBarrierDangling.cfg", 40, 2, "still points into it")]
    [InlineData("RegionRC", "MC_DecrementThenReread.cfg", 40, 2, "was freed again")]
    [InlineData("RegionRC", "MC_DecrementByStore.cfg", 40, 2, "the liveness rule frees only")]
    [InlineData("RegionRC", "MC_TetherWithoutReference.cfg", 40, 2, "while tether")]
    [InlineData("RegionRC", "MC_CopiesExternal.cfg", 40, 2, "rewrote external root")]
    [InlineData("RegionRC", "MC_GlobalWithoutRetain.cfg", 40, 2, "but its region 1 was freed")]
    [InlineData("NMTree", "MC_RemoveWithoutTag.cfg", 40, 2, "but the abstract set is")]
    [InlineData("NMTree", "MC_SpliceDropsFlag.cfg", 40, 2, "was flagged for removal and is now reached through a clean edge")]
    [InlineData("NMTree", "MC_FreeImmediately.cfg", 40, 2, "which is free")]
    [InlineData("NMTree", "MC_RoutingKeyMin.cfg", 40, 2, "off its search path")]
    [InlineData("RingList", "MC_NoLastTry.cfg", 40, 2, "lost behind the head")]
    [InlineData("RingList", "MC_NoClose.cfg", 40, 2, "(generation 0), which is open")]
    [InlineData("RingList", "MC_Reopens.cfg", 40, 2, "was closed and is open again")]
    [InlineData("RingList", "MC_FreeOnUnlink.cfg", 60, 2, "which is free")]
    public void The_search_finds_each_seeded_counterexample(string spec, string config, int actions, int bound, string message)
    {
        var r = TraceExport.Search(SpecModels.Find(spec), Constants(spec, config), actions, bound, 200_000);
        Assert.NotNull(r.Failure);
        Assert.Contains(message, r.Failure!.Bug?.Message ?? r.Failure.Error, StringComparison.Ordinal);
        Assert.True(r.Failure.States.Count > 1);
    }

    /// <summary>
    /// An action that blocks on a held lock before doing anything (the locked skiplist's lock acquisitions) is not
    /// enabled in the spec: the search lets the thread wait at its label and takes the action once the lock is free,
    /// so the correct locked skiplist's workload is searched to exhaustion without a failure (an action blocked in its
    /// middle would be reported as a divergence).
    /// </summary>
    [Fact]
    public void A_lock_acquisition_that_would_block_waits_until_the_lock_is_free()
    {
        var r = TraceExport.Search(SpecModels.Find("LazySkipList"), Constants("LazySkipList", "MC.cfg"), 40, 2, 200_000);
        Assert.True(r.Failure is null, r.Failure?.Bug?.Message ?? r.Failure?.Error);
        Assert.True(r.Exhausted);
        Assert.True(r.Schedules > 100, $"{r.Schedules} schedules");
    }

    [Fact]
    public void The_search_is_deterministic()
    {
        var a = TraceExport.Search(new IbrModel(), Constants("IBR", "MC_FreeTooEarly.cfg"), 40, 2, 200_000);
        var b = TraceExport.Search(new IbrModel(), Constants("IBR", "MC_FreeTooEarly.cfg"), 40, 2, 200_000);
        Assert.Equal(a.Schedules, b.Schedules);
        Assert.Equal(a.Path, b.Path);
        Assert.Equal(a.Failure!.ActionLog, b.Failure!.ActionLog);
    }

    [Theory]
    [InlineData("IBR", "MC.cfg", 40, 2)]
    [InlineData("DEBRA", "MC.cfg", 40, 2)]
    [InlineData("FutexMutex", "MC.cfg", 40, 2)]
    [InlineData("Semaphore", "MC.cfg", 40, 2)]
    [InlineData("Event", "MC.cfg", 40, 2)]
    [InlineData("RegionRC", "MC.cfg", 40, 2)]
    [InlineData("RegionRC", "MC_Merge.cfg", 40, 2)]
    [InlineData("NMTree", "MC.cfg", 40, 2)]
    public void The_correct_configurations_pass_the_whole_bounded_space(string spec, string config, int actions, int bound)
    {
        var r = TraceExport.Search(SpecModels.Find(spec), Constants(spec, config), actions, bound, 200_000);
        Assert.Null(r.Failure?.Bug?.Message ?? r.Failure?.Error);
        Assert.True(r.Exhausted, $"{r.Schedules} schedules, not exhausted");
        Assert.True(r.Schedules > 100, $"{r.Schedules} schedules");
    }

    [Fact]
    public void Tlc_confirms_the_failing_behaviour_is_one_of_the_spec_s()
    {
        var jar = Reporting.TlcRunner.FindJar(Root);
        Assert.SkipWhen(jar is null, "no TLC: set TLA2TOOLS_JAR or put tla2tools.jar in tools/ to check the behaviour with TLC");
        var r = TraceExport.Search(new IbrModel(), Constants("IBR", "MC_FreeTooEarly.cfg"), 40, 2, 200_000);
        var dir = Directory.CreateTempSubdirectory("weft-search-");
        try
        {
            TraceExport.WriteValidation(r.Failure!, Path.Combine(Root, "tla", "IBR", "IBR.tla"), dir.FullName);
            var output = TlcProcess.Run(TlcProcess.Arguments(jar!, "IBR_Validate.cfg", "IBR_Validate.tla"), dir.FullName).Output;
            var v = TlcOutputReader.Parse(output, "validate.out");
            Assert.Equal(TlcOutcome.Violation, v.Outcome);
            Assert.Equal("NotAccepted", v.Violation?.Name);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Weft_trace_search_reports_the_failure_or_the_exhausted_space()
    {
        using var dir = new TempDir();
        var (exit, output, _) = WeftCli.Run(Root, null, "trace", "search", "tla/FutexMutex", "--config", "MC_NoContendedMark.cfg", "--out", dir.Path);
        Assert.Equal(2, exit);
        Assert.Contains("FAILED: deadlock", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "FutexMutex_Validate.tla")));
        (exit, output, _) = WeftCli.Run(Root, null, "trace", "search", "tla/FutexMutex", "--preemptions", "1");
        Assert.Equal(0, exit);
        Assert.Contains("all schedules within 1 preemptions explored: no failure", output, StringComparison.Ordinal);
        (exit, _, var err) = WeftCli.Run(Root, null, "trace", "search", "tla/FutexMutex", "--preemptions", "-1");
        Assert.Equal(1, exit);
        Assert.Contains("--preemptions", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verify_stage_fails_when_the_search_disagrees_with_the_manifest()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "tla", "FutexMutex");
        Directory.CreateDirectory(spec);
        foreach (var f in Directory.GetFiles(Path.Combine(Root, "tla", "FutexMutex"))) File.Copy(f, Path.Combine(spec, Path.GetFileName(f)));
        var lines = new List<string>();
        var ok = Cli.Commands.SpecSearchStage.Run(dir.Path, lines.Add);
        Assert.Equal(Reporting.StageStatus.Ok, ok.Status);
        // Every configuration of the manifest (the correct one and each seeded defect's) agrees.
        Assert.Equal(Weft.Tla.TlcManifest.Load(Path.Combine(spec, "manifest.yaml")).Configs.Count, lines.Count(l => l.Contains("agrees", StringComparison.Ordinal)));
        // A manifest claiming the lost wake-up configuration passes: the search finds the deadlock and disagrees.
        var manifest = Path.Combine(spec, "manifest.yaml");
        var text = File.ReadAllText(manifest);
        int at = text.IndexOf("config: MC_NoContendedMark.cfg", StringComparison.Ordinal);
        int exp = text.IndexOf("expected: violation", at, StringComparison.Ordinal);
        File.WriteAllText(manifest, text[..exp] + "expected: pass     " + text[(exp + "expected: violation".Length)..]);
        lines.Clear();
        var bad = Cli.Commands.SpecSearchStage.Run(dir.Path, lines.Add);
        Assert.Equal((Reporting.StageStatus.Failed, 2), (bad.Status, bad.ExitCode));
        Assert.Contains(lines, l => l.Contains("DISAGREES", StringComparison.Ordinal) && l.Contains("MC_NoContendedMark", StringComparison.Ordinal));
    }

    /// <summary>
    /// tla/wCQ's ACTION_CONSTRAINT OthersRunWholeOperations, as WcqModel transcribes it: the constrained search takes
    /// only the steps TLC explores (thread 1 never acts while thread 2 is inside an operation, thread 2 starts one only in
    /// thread 1's windows), so the same bounds cover far fewer schedules, every one of them an alternation of thread 2's
    /// whole operations with thread 1's steps; the configurations read the constraint's name; an unknown one is an input error.
    /// </summary>
    [Fact]
    public void An_action_constraint_restricts_the_search_to_the_steps_TLC_explores()
    {
        var cfg = Path.Combine(Root, "tla", "wCQ", "MC_Outrun.cfg");
        Assert.Equal(new[] { "OthersRunWholeOperations" }, TlcConfig.ReadActionConstraints(cfg));
        Assert.Empty(TlcConfig.ReadActionConstraints(Path.Combine(Root, "tla", "wCQ", "MC.cfg")));
        var constants = Constants("wCQ", "MC_Outrun.cfg");
        var constrained = TraceExport.Search(SpecModels.Find("wCQ"), constants, 60, 2, 200_000, actionConstraint: "OthersRunWholeOperations");
        Assert.Null(constrained.Failure);
        Assert.True(constrained.Exhausted);
        var free = TraceExport.Search(SpecModels.Find("wCQ"), constants, 60, 2, 2_000);
        Assert.True(free.Schedules > 10 * constrained.Schedules, $"{free.Schedules} schedules unconstrained, {constrained.Schedules} constrained");
        var e = Assert.Throws<WeftInputException>(() => TraceExport.Search(SpecModels.Find("wCQ"), constants, 60, 2, 10, actionConstraint: "Fairness"));
        Assert.Contains("ACTION_CONSTRAINT Fairness: the wCQ model does not transcribe it", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// MC_NoHelping.cfg is listed by verify's search stage as not compared, with the manifest's reason, after the
    /// search ran under its action constraint and found nothing (a silent skip would hide it).
    /// </summary>
    [Fact]
    public void Verify_lists_a_configuration_it_cannot_compare_with_the_reason()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "tla", "wCQ");
        Directory.CreateDirectory(spec);
        foreach (var f in Directory.GetFiles(Path.Combine(Root, "tla", "wCQ"))) File.Copy(f, Path.Combine(spec, Path.GetFileName(f)));
        var manifest = Path.Combine(spec, "manifest.yaml");
        var text = File.ReadAllText(manifest);
        // Only MC_NoHelping.cfg: drop the other configurations' entries.
        int from = text.IndexOf("configs:", StringComparison.Ordinal) + "configs:".Length;
        int at = text.IndexOf("  - config: MC_NoHelping.cfg", StringComparison.Ordinal);
        File.WriteAllText(manifest, text[..from] + "\n" + text[at..]);
        var lines = new List<string>();
        var r = Cli.Commands.SpecSearchStage.Run(dir.Path, lines.Add);
        var line = Assert.Single(lines, l => l.Contains("MC_NoHelping.cfg", StringComparison.Ordinal));
        Assert.StartsWith("  NOT COMPARED wCQ/MC_NoHelping.cfg (TLC: violation of WaitFree)", line, StringComparison.Ordinal);
        Assert.Contains("under ACTION_CONSTRAINT OthersRunWholeOperations", line, StringComparison.Ordinal);
        Assert.Contains("TLC's counterexample is 293 actions", line, StringComparison.Ordinal);
        Assert.Contains("1 not compared", r.Detail, StringComparison.Ordinal);
    }
}
