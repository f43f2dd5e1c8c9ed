using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The stateful search at the spec's granularity (<see cref="TraceExport.SearchStateful"/>): a small passing
/// configuration explored to exhaustion, every seeded configuration of the reclamation specs failing with the monitor
/// of the invariant TLC names, pruning shown sound (the states reached with pruning are exactly those an unpruned search
/// of every schedule reaches), and the stage's comparison with TLC's counts. IBR MC and DEBRA MC to exhaustion are
/// minutes long: the nightly spec-search stage and the README's table run them.
/// </summary>
public sealed class StatefulSearchTests
{
    private static string Root => TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root");

    private static Dictionary<string, TlaValue> Constants(string spec, string config, params (string Name, TlaValue Value)[] overrides)
    {
        var c = new Dictionary<string, TlaValue>(TlcConfig.ReadConstants(Path.Combine(Root, "tla", spec, config)));
        foreach (var (name, value) in overrides) c[name] = value;
        return c;
    }

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <summary>
    /// RingList MC_Reclaim.cfg: a model whose ghost (the abstract queue) follows the list step by step is kept up to date
    /// through the actions the search replays without mapping (<see cref="SpecInstance.AfterAction"/>), and the
    /// exhausted state space has TLC's distinct states and depth (the manifest's figures).
    /// </summary>
    [Fact]
    public void A_model_with_a_step_by_step_ghost_reaches_TLCs_states()
    {
        var expectation = TlcManifest.Load(Path.Combine(Root, "tla", "RingList", "manifest.yaml")).Configs.Single(c => c.Config == "MC_Reclaim.cfg");
        var r = TraceExport.SearchStateful(SpecModels.Find("RingList"), Constants("RingList", "MC_Reclaim.cfg"), 100_000, Budget);
        Assert.Null(r.Failure);
        Assert.True(r.Exhausted);
        Assert.Equal(expectation.DistinctStates, r.Space!.States);
        Assert.Equal(expectation.Depth, r.Space.Depth);
    }

    /// <summary>IBR MC with MaxEra = 2 (the era bound cuts every behaviour after a few operations): hundreds of states.</summary>
    [Fact]
    public void A_small_passing_configuration_is_explored_to_exhaustion()
    {
        var r = TraceExport.SearchStateful(SpecModels.Find("IBR"), Constants("IBR", "MC.cfg", ("MaxEra", TlaValue.Int(2))), 100_000, Budget);
        Assert.Null(r.Failure);
        Assert.True(r.Exhausted);
        var s = r.Space!;
        Assert.Equal(0, s.CutByActionBound); // the constraint, not the action bound, ended every behaviour
        Assert.True(s.Constrained);
        Assert.Empty(s.Uncovered);
        Assert.True(s.States > 100, $"{s.States} states");
        Assert.True(s.OutsideConstraint > 0);
        Assert.InRange(s.Depth, 10, s.MaxPathActions + 1);
        Assert.True(s.Transitions >= s.States - 1);
        // Every run but the first replays a known prefix.
        Assert.True(s.ActionsReplayed > 0 && s.ActionsReplayed < s.ActionsRun);
    }

    /// <summary>
    /// The default suite takes the seeded configurations whose TLC counterexample has at most this many states (seconds
    /// each); the longer ones (DEBRA MC_KeepAcrossEpoch 62, MC_Unbounded 65, MC_DoubleRetire 70, MC_ResumeNeutralized 77: minutes on a loaded
    /// machine) are searched by the nightly spec-search stage, which must find them too.
    /// </summary>
    private const int ShortTrace = 60;

    public static TheoryData<string, string> SeededConfigs()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in new[] { "IBR", "DEBRA" })
            foreach (var c in TlcManifest.Load(Path.Combine(Root, "tla", spec, "manifest.yaml")).Configs.Where(c => c.Expected == "violation" && c.TraceStates <= ShortTrace))
                data.Add(spec, c.Config);
        return data;
    }

    /// <summary>
    /// Each seeded configuration's violation is found by the stateful search (deepening its action bound, as the stage
    /// does for a configuration TLC finds a violation in), as the monitor of the invariant TLC names.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeededConfigs))]
    public void The_stateful_search_finds_each_seeded_configurations_violation(string spec, string config)
    {
        var model = SpecModels.Find(spec);
        var expectation = TlcManifest.Load(Path.Combine(Root, "tla", spec, "manifest.yaml")).Configs.Single(c => c.Config == config);
        var r = TraceExport.SearchStatefulDeepening(model, Constants(spec, config), Cli.Commands.SpecSearchStage.DeepeningStart, Budget);
        Assert.NotNull(r.Failure);
        Assert.True(Cli.Commands.SpecSearchStage.SameInvariant(model, expectation, r.Failure!.Bug),
            $"{spec}/{config}: TLC names {expectation.ViolatedInvariant ?? expectation.ViolatedProperty}; the search found {r.Failure.Bug?.Monitor}: {r.Failure.Bug?.Message ?? r.Failure.Error}");
    }

    /// <summary>
    /// Soundness of pruning: within an action bound, the states the pruned search reaches (a state reached again at
    /// a smaller depth is expanded again) are exactly the states of the unpruned search, which runs every schedule.
    /// </summary>
    [Theory]
    [InlineData("IBR", "MC.cfg", 13)]
    [InlineData("DEBRA", "MC.cfg", 13)]
    public void Pruning_reaches_exactly_the_states_of_the_unpruned_search(string spec, string config, int actions)
    {
        var model = SpecModels.Find(spec);
        var constants = Constants(spec, config);
        var pruned = TraceExport.SearchStateful(model, constants, actions, Budget, null, prune: true, out var prunedStates);
        var all = TraceExport.SearchStateful(model, constants, actions, Budget, null, prune: false, out var allStates);
        Assert.True(pruned.Exhausted && all.Exhausted);
        Assert.True(all.Schedules > 4 * pruned.Schedules, $"unpruned {all.Schedules} schedules, pruned {pruned.Schedules}");
        Assert.Equal(allStates.OrderBy(x => x), prunedStates.OrderBy(x => x));
        Assert.Equal(all.Space!.Depth, pruned.Space!.Depth);
    }

    /// <summary>
    /// The stateful walk (<see cref="Weft.Engine.StateGraphWalk"/>: each run's decisions chosen from the state graph seen
    /// so far) reaches exactly the states of the depth-first order, by the same transitions (each run once as new) and
    /// to the same depth, while replaying fewer known actions.
    /// </summary>
    [Theory]
    [InlineData("RingList", "MC_Reclaim.cfg", 0)]
    [InlineData("IBR", "MC.cfg", 2)]
    [InlineData("DEBRA", "MC_Debra.cfg", 2)]
    public void The_state_graph_walk_reaches_the_states_and_transitions_of_the_depth_first_order(string spec, string config, int maxEpoch)
    {
        var overrides = maxEpoch == 0 ? Array.Empty<(string, TlaValue)>()
            : new[] { (spec == "IBR" ? "MaxEra" : "MaxEpoch", TlaValue.Int(maxEpoch)) };
        var model = SpecModels.Find(spec);
        var constants = Constants(spec, config, overrides);
        var walk = TraceExport.SearchStateful(model, constants, TraceExport.UnboundedActions, Budget, null, prune: true, out var walkStates);
        var dfs = TraceExport.SearchStateful(model, constants, TraceExport.UnboundedActions, Budget, null, prune: true, out var dfsStates, walkStateGraph: false);
        Assert.True(walk.Exhausted && dfs.Exhausted);
        Assert.Null(walk.Failure);
        Assert.True(walkStates.Count > 100, $"{walkStates.Count} states");
        Assert.Equal(dfsStates.OrderBy(x => x), walkStates.OrderBy(x => x));
        Assert.Equal(dfs.Space!.Transitions, walk.Space!.Transitions);
        Assert.Equal(dfs.Space.OutsideConstraint, walk.Space.OutsideConstraint);
        Assert.Equal(dfs.Space.Depth, walk.Space.Depth);
        Assert.True(walk.Space.ActionsReplayed < dfs.Space.ActionsReplayed, $"walk replayed {walk.Space.ActionsReplayed} actions, depth-first {dfs.Space.ActionsReplayed}");
    }

    [Fact]
    public void The_stage_compares_an_exhausted_count_with_TLCs_and_says_why_they_differ()
    {
        var model = SpecModels.Find("IBR");
        var c = TlcManifest.Load(Path.Combine(Root, "tla", "IBR", "manifest.yaml")).Configs.Single(x => x.Config == "MC.cfg");
        var summary = new StateSpaceSummary(300_000, 67, 600_000, 100, 90, 1, 0, 0, true, Array.Empty<string>(), 0);
        Assert.Contains("TLC counts 31,535 more", Cli.Commands.SpecSearchStage.Compare(model, c, summary, exhausted: true, failed: false), StringComparison.Ordinal);
        Assert.Contains("equal", Cli.Commands.SpecSearchStage.Compare(model, c, summary with { States = 331_535 }, exhausted: true, failed: false), StringComparison.Ordinal);
        Assert.Contains("not exhausted", Cli.Commands.SpecSearchStage.Compare(model, c, summary, exhausted: false, failed: false), StringComparison.Ordinal);
    }

    /// <summary>
    /// A failing configuration searched by the stateful walk (no action bound: runs start along a known path to a state
    /// and walk known edges) still yields a counterexample that replays: the failing run's decisions, run again from the
    /// start with nothing but that path, fail with the same monitor.
    /// </summary>
    [Fact]
    public void The_walks_counterexample_replays_to_the_same_failure()
    {
        var model = SpecModels.Find("DEBRA");
        var constants = Constants("DEBRA", "MC_FreeTooEarly.cfg");
        var r = TraceExport.SearchStateful(model, constants, TraceExport.UnboundedActions, Budget);
        Assert.NotNull(r.Failure);
        Assert.NotNull(r.Failure!.Bug);
        Assert.NotNull(r.Path);
        var instance = model.Create(constants);
        var again = new Weft.Engine.ActionDfs(Weft.Engine.ActionDfs.Unbounded, canonicalOrder: true);
        again.BeginIteration(r.Path);
        var cursor = new Weft.Engine.TraceCursor(model, instance, again, TraceExport.UnboundedActions, record: true);
        using var rt = new Weft.Engine.ControlledRuntime(TraceReplay.RunOptions(null, instance, model.SpuriousWakeups(constants)), new Weft.Strategies.RandomStrategy(0));
        var replayed = rt.RunTrace(instance.Body, cursor, "search/DEBRA", log: false);
        Assert.NotNull(replayed.Bug);
        Assert.Equal(r.Failure.Bug!.Monitor, replayed.Bug!.Monitor);
        Assert.Equal(r.Path!.Count, again.Path.Count);
    }
}
