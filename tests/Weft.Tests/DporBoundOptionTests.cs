using System;
using System.Text.RegularExpressions;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// <c>weft explore --strategy dpor --dpor-bound class|schedule</c>: the command line runs the bounded modes the API
/// runs (the same schedule counts as <see cref="OutcomeCollector.Explore"/> with the same options, which
/// <see cref="DporTests"/> compares with bounded DFS), names them in the summary, and refuses the option with another
/// strategy. Under <c>--memory-model tso</c> the bounded modes run as well (flush candidates counted as DFS counts
/// them, <see cref="DporWeakMemoryTests"/>).
/// </summary>
public sealed class DporBoundOptionTests
{
    private const string Id = "reclamation/dfs-debra";

    [Theory]
    [InlineData("class", "classes within preemption bound 2")]
    [InlineData("schedule", "bounded partial-order reduction, preemption bound 2")]
    public void The_bounded_modes_run_from_the_command_line_as_through_the_api(string mode, string name)
    {
        var sleep = mode == "class" ? DporBoundedSleep.ClassBounded : DporBoundedSleep.NoBacktrackExcluded;
        using var dir = new TempDir();
        var (exit, output, err) = WeftCli.Run(dir.Path, null, "explore", Id, "--strategy", "dpor", "--dpor-bound", mode, "--preemption-bound", "2", "--iterations", "100000");
        Assert.True(exit == 0, err + output);
        var t = CanonicalBugTests.Registered(Id);
        var (api, _) = OutcomeCollector.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Strategy = "dpor", DporBounded = true, DporSleep = sleep, PreemptionBound = 2, Iterations = 100_000,
        }));
        Assert.True(api.Exhausted);
        Assert.Contains(name, output, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"\b{api.Iterations} \(all\)"), output);
    }

    [Fact]
    public void Without_a_bound_dpor_exhausts_the_unbounded_space()
    {
        using var dir = new TempDir();
        var (exit, output, err) = WeftCli.Run(dir.Path, null, "explore", Id, "--strategy", "dpor", "--iterations", "100000");
        Assert.True(exit == 0, err + output);
        Assert.Contains("dpor (source sets + sleep sets, unbounded)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dfs", "class")]
    [InlineData("portfolio", "schedule")]
    public void A_dpor_bound_with_another_strategy_is_an_input_error(string strategy, string mode)
    {
        using var dir = new TempDir();
        var (exit, output, err) = WeftCli.Run(dir.Path, null, "explore", Id, "--strategy", strategy, "--dpor-bound", mode);
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{err}");
        Assert.Contains($"--dpor-bound {mode}: applies to --strategy dpor only (the strategy is {strategy})", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dpor_bound_is_refused()
    {
        using var dir = new TempDir();
        var (exit, _, err) = WeftCli.Run(dir.Path, null, "explore", Id, "--strategy", "dpor", "--dpor-bound", "preemptions");
        Assert.NotEqual(0, exit);
        Assert.Contains("preemptions", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("class", "classes within preemption bound 2")]
    [InlineData("schedule", "bounded partial-order reduction, preemption bound 2")]
    public void The_bounded_modes_run_under_tso_from_the_command_line_as_through_the_api(string mode, string name)
    {
        const string id = "canonical/lost-wakeup-fixed";
        var sleep = mode == "class" ? DporBoundedSleep.ClassBounded : DporBoundedSleep.NoBacktrackExcluded;
        using var dir = new TempDir();
        var (exit, output, err) = WeftCli.Run(dir.Path, null, "explore", id, "--strategy", "dpor", "--memory-model", "tso", "--dpor-bound", mode,
            "--preemption-bound", "2", "--iterations", "100000");
        Assert.True(exit == 0, err + output);
        var t = CanonicalBugTests.Registered(id);
        var (api, _) = OutcomeCollector.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Strategy = "dpor", DporBounded = true, DporSleep = sleep, PreemptionBound = 2, Iterations = 100_000,
        }) with { MemoryModel = MemoryModel.TSO });
        Assert.True(api.Exhausted);
        Assert.Contains(name, output, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"\b{api.Iterations} \(all\)"), output);
    }
}
