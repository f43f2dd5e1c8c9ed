using System;
using System.IO;
using System.Linq;
using Weft.Atomics;
using Weft.Engine;
using Weft.Threading;
using Weft.Reporting;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The memory-order mutation check: the override weakens exactly the named site; a weakening a test can observe is
/// caught (the store-buffering fixture, and the IBR reservation store under TSO: the known negative control,
/// rediscovered from a correct test); a harmless one is reported not caught; the results round-trip and reach the
/// conformance report; bad arguments of <c>weft mutate-orders</c> are input errors.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class OrderMutationTests
{
    private sealed class Cells
    {
        public AtomicInt64 X, Y, R0, R1, Counter;
    }

    private static readonly string ThisFile = CallerPosition.File();

    private static RegisteredTest Fixture(string id, Action body) =>
        new(id, "fixture", body, NegativeControl: false, BugKind.Assertion, Budget: 2000, CheckOptions.Default);

    private static OrderMutationSettings Settings(TempDir dir, params MemoryModel[] models) => new()
    {
        Tests = Array.Empty<RegisteredTest>(),
        Models = models,
        BudgetPerMutant = TimeSpan.FromSeconds(20),
        ScheduleDirectory = dir.Path,
    };

    [Fact]
    public void The_override_weakens_only_the_named_site()
    {
        int line = CallerPosition.Line();
        string file = typeof(OrderMutationTests).Assembly.Location; // any path: sites are matched by the exact string
        var mutant = new OrderMutant(new OrderSite(file, line, OrderSiteKind.Store, AccessOrder.SeqCst), AccessOrder.Release);
        var seen = new AccessOrder[6];
        var r = Checker.Explore(() =>
        {
            seen[0] = OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.SeqCst, file, line);     // the site
            seen[1] = OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.SeqCst, file, line + 1); // another line
            seen[2] = OrderMutation.Apply(OrderSiteKind.Load, AccessOrder.SeqCst, file, line);      // another kind
            seen[3] = OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.Release, file, line);    // another declared order
            seen[4] = OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.SeqCst, file + "x", line); // another file
        }, CheckOptions.Default with { Iterations = 1, TestId = "fixture/override", OrderMutant = mutant });
        Assert.Null(r.Bug);
        Assert.Equal(new[] { AccessOrder.Release, AccessOrder.SeqCst, AccessOrder.SeqCst, AccessOrder.Release, AccessOrder.SeqCst }, seen[..5]);
        // Outside a controlled run, and in a run without a mutant, the declared order comes back.
        Assert.Equal(AccessOrder.SeqCst, OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.SeqCst, file, line));
        Checker.Explore(() => seen[5] = OrderMutation.Apply(OrderSiteKind.Store, AccessOrder.SeqCst, file, line),
            CheckOptions.Default with { Iterations = 1, TestId = "fixture/no-mutant" });
        Assert.Equal(AccessOrder.SeqCst, seen[5]);
    }

    [Fact]
    public void The_ladder_of_one_step_weakenings()
    {
        Assert.Equal(new[] { AccessOrder.Release }, OrderMutation.Weakenings(OrderSiteKind.Store, AccessOrder.SeqCst));
        Assert.Equal(new[] { AccessOrder.Acquire }, OrderMutation.Weakenings(OrderSiteKind.Load, AccessOrder.SeqCst));
        Assert.Equal(new[] { AccessOrder.AcqRel }, OrderMutation.Weakenings(OrderSiteKind.ReadModifyWrite, AccessOrder.SeqCst));
        Assert.Equal(new[] { AccessOrder.Acquire, AccessOrder.Release }, OrderMutation.Weakenings(OrderSiteKind.ReadModifyWrite, AccessOrder.AcqRel));
        Assert.Equal(new[] { AccessOrder.Relaxed }, OrderMutation.Weakenings(OrderSiteKind.Load, AccessOrder.Acquire));
        Assert.Equal(new[] { AccessOrder.Relaxed }, OrderMutation.Weakenings(OrderSiteKind.Store, AccessOrder.Release));
        Assert.Equal(new[] { AccessOrder.AcqRel }, OrderMutation.Weakenings(OrderSiteKind.Fence, AccessOrder.SeqCst));
        Assert.Empty(OrderMutation.Weakenings(OrderSiteKind.Load, AccessOrder.Relaxed));
    }

    /// <summary>
    /// Dekker with two SeqCst stores on their own lines: weakening one of them lets both loads read 0 under TSO. Each
    /// thread stores its result to a cell, a scheduling point before its exit (which drains its buffer).
    /// </summary>
    private static void TwoSiteStoreBuffering()
    {
        var c = new Cells();
        long r0 = -1, r1 = -1;
        var a = WeftThread.Start(() =>
        {
            c.X.Store(1, MemoryOrder.SeqCst);
            r0 = c.Y.Load(MemoryOrder.Relaxed);
            c.R0.Store(r0, MemoryOrder.Relaxed);
        });
        var b = WeftThread.Start(() =>
        {
            c.Y.Store(1, MemoryOrder.SeqCst);
            r1 = c.X.Load(MemoryOrder.Relaxed);
            c.R1.Store(r1, MemoryOrder.Relaxed);
        });
        a.Join();
        b.Join();
        Checker.Assert(!(r0 == 0 && r1 == 0), "store buffering: both loads read 0");
    }

    /// <summary>Two SeqCst fetch-adds and a check after both joined: no weaker order of the adds changes the sum.</summary>
    private static void TwoAdders()
    {
        var c = new Cells();
        void Add() => c.Counter.FetchAdd(1, MemoryOrder.SeqCst);
        var a = WeftThread.Start(Add);
        var b = WeftThread.Start(Add);
        a.Join();
        b.Join();
        Checker.Assert(c.Counter.Peek() == 2, "the adds were lost");
    }

    [Fact]
    public void Weakening_one_store_of_a_dekker_pair_is_caught_under_tso_and_unmutated_it_never_fails()
    {
        using var dir = new TempDir();
        var test = Fixture("fixture/sb", TwoSiteStoreBuffering);
        var settings = Settings(dir, MemoryModel.TSO) with { Tests = new[] { test }, DiscoveryIterations = 5 };
        var (coverage, failing) = OrderMutationRunner.Discover(settings.Tests, settings);
        Assert.Empty(failing);
        var stores = coverage.Keys.Where(s => s.Kind == OrderSiteKind.Store && s.Declared == AccessOrder.SeqCst && Path.GetFileName(s.File) == ThisFile).OrderBy(s => s.Line).ToList();
        Assert.Equal(2, stores.Count);
        Assert.All(stores, s => Assert.Equal(new[] { "fixture/sb" }, coverage[s]));

        var first = new OrderMutant(stores[0], AccessOrder.Release);
        var caught = OrderMutationRunner.RunUnder(first, MemoryModel.TSO, new[] { test }, settings);
        Assert.Equal(MutationVerdicts.Caught, caught.Verdict);
        Assert.Equal("fixture/sb", caught.Test);
        Assert.Contains("both loads read 0", caught.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(caught.Schedule), caught.Schedule);
        Assert.Contains($"--site {stores[0].Location}", caught.Rerun, StringComparison.Ordinal);

        // The same fixture, unmutated, never shows the weak outcome under TSO: the mutant, not the model, made the bug.
        var clean = Checker.Explore(test.Body, CheckOptions.Default with { MemoryModel = MemoryModel.TSO, Iterations = 2000, TestId = "fixture/sb", MinimizeReplays = 0, ScheduleDirectory = dir.Path });
        Assert.Null(clean.Bug);
    }

    [Fact]
    public void A_harmless_weakening_is_reported_not_caught_under_both_models()
    {
        using var dir = new TempDir();
        var test = Fixture("fixture/adders", TwoAdders) with { Budget = 300 };
        var settings = Settings(dir, MemoryModel.TSO, MemoryModel.RA) with { Tests = new[] { test }, DiscoveryIterations = 5 };
        var (coverage, _) = OrderMutationRunner.Discover(settings.Tests, settings);
        var add = Assert.Single(coverage.Keys, s => s.Kind == OrderSiteKind.ReadModifyWrite && Path.GetFileName(s.File) == ThisFile);
        Assert.Equal(AccessOrder.SeqCst, add.Declared);
        foreach (var model in settings.Models)
        {
            var o = OrderMutationRunner.RunUnder(new OrderMutant(add, AccessOrder.AcqRel), model, new[] { test }, settings);
            Assert.Equal(MutationVerdicts.NotCaught, o.Verdict);
            Assert.Equal(300, Assert.Single(o.Runs).Iterations);
            Assert.Null(o.Test);
        }
        var none = OrderMutationRunner.RunUnder(new OrderMutant(add, AccessOrder.AcqRel), MemoryModel.TSO, Array.Empty<RegisteredTest>(), settings);
        Assert.Equal(MutationVerdicts.NoTest, none.Verdict);
        Assert.Empty(none.Runs);
    }

    [Fact]
    public void The_ibr_reservation_store_weakened_to_release_is_rediscovered_under_tso_from_a_correct_test()
    {
        // treiber/ibr-reservation-release-tso seeds this defect by hand; the mutation check must find it on its own,
        // from the correct push+pop-versus-pop test.
        using var dir = new TempDir();
        var test = CanonicalBugTests.Registered("reclamation/dfs-ibr");
        var settings = Settings(dir, MemoryModel.TSO) with { Tests = new[] { test }, DiscoveryIterations = 20 };
        var (coverage, failing) = OrderMutationRunner.Discover(settings.Tests, settings);
        Assert.Empty(failing);
        var reservationStores = coverage.Keys
            .Where(s => s.RelativeFile == "impl/src/Reclamation/IbrReclaimer.cs" && s.Kind == OrderSiteKind.Store && s.Declared == AccessOrder.SeqCst)
            .OrderBy(s => s.Line).ToList();
        Assert.NotEmpty(reservationStores);
        var outcomes = reservationStores.Select(s => (Site: s, Outcome: OrderMutationRunner.RunUnder(new OrderMutant(s, AccessOrder.Release), MemoryModel.TSO, new[] { test }, settings))).ToList();
        var caught = Assert.Single(outcomes, o => o.Outcome.Verdict == MutationVerdicts.Caught).Outcome;
        Assert.Equal("reclamation/dfs-ibr", caught.Test);
        Assert.Equal("NoUseAfterFreeMonitor", caught.Monitor);
        Assert.True(File.Exists(caught.Schedule));
    }

    [Fact]
    public void Results_round_trip_through_mutation_json_and_the_table_lists_every_mutant_and_uncovered_site()
    {
        using var dir = new TempDir();
        var test = CanonicalBugTests.Registered("treiber/linearizable-leak");
        var results = OrderMutationRunner.Run(Settings(dir, MemoryModel.TSO) with
        {
            Tests = new[] { test },
            Filter = "treiber/linearizable-leak",
            Site = "impl/src/Collections/TreiberStack.cs",
            DiscoveryIterations = 5,
            IterationsPerTest = 20,
            RepoRoot = ReportTestSupport.Repo,
        });
        Assert.NotEmpty(results.Mutants);
        Assert.All(results.Mutants, m => Assert.Equal("impl/src/Collections/TreiberStack.cs", m.File));
        Assert.All(results.Mutants, m => Assert.Equal("tso", Assert.Single(m.Outcomes).Model));
        Assert.Contains(results.Sites, s => s.Tests.Count == 0); // Treiber sites this test does not reach (the source scan)
        var path = Path.Combine(dir.Path, OrderMutationResults.FileName);
        File.WriteAllText(path, results.ToJson());
        var back = OrderMutationResults.Load(path);
        Assert.Equal(results.ToJson(), back.ToJson());
        var md = OrderMutationTable.Markdown(back);
        Assert.Contains("| site | kind | order | tso | ra | covering tests |", md, StringComparison.Ordinal);
        foreach (var m in back.Mutants) Assert.Contains($"| {m.Location} | {m.Kind} | {m.Declared} -> {m.Weakened} |", md, StringComparison.Ordinal);
        Assert.Contains("Sites with no covering test (", md, StringComparison.Ordinal);
        Assert.Contains("\n- impl/src/Collections/TreiberStack.cs: ", md, StringComparison.Ordinal);

        File.WriteAllText(path, "{\"schema\": \"weft-order-mutation/1\", \"bogus\": 1}");
        var e = Assert.Throws<WeftInputException>(() => OrderMutationResults.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--memory-model", "sc", "not observable under sequential consistency")]
    [InlineData("--memory-model", "arm", "unknown model 'arm'; expected tso, ra or both")]
    [InlineData("--filter", "no-such-test/", "no registered test matches 'no-such-test/'")]
    [InlineData("--site", "src/Foo.cs", "expected a file or folder under impl/")]
    [InlineData("--site", "impl/src/Collections/TreiberStack.cs:x", "is not a line number")]
    [InlineData("--budget", "soon", "--budget: 'soon' is not a duration")]
    [InlineData("--iterations", "0", "--iterations")]
    public void Bad_arguments_are_input_errors(string option, string value, string expected)
    {
        using var dir = new TempDir();
        var (exit, _, err) = WeftCli.Run(dir.Path, null, "mutate-orders", option, value, "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, exit);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Conform_refuses_a_missing_or_malformed_mutation_file_and_both_mutation_options()
    {
        using var dir = new TempDir();
        string Run(params string[] extra)
        {
            var (exit, _, err) = WeftCli.Run(dir.Path, null, new[] { "conform", "--root", ReportTestSupport.Repo, "--out", Path.Combine(dir.Path, "out") }.Concat(extra).ToArray());
            Assert.Equal(1, exit);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            return err;
        }
        Assert.Contains("--mutation-results", Run("--mutation-results", Path.Combine(dir.Path, "none.json")), StringComparison.Ordinal);
        var bad = Path.Combine(dir.Path, "bad.json");
        File.WriteAllText(bad, "{\"schema\": \"weft-order-mutation/1\",\n");
        Assert.Contains(bad + ":2:1: malformed memory-order mutation results", Run("--mutation-results", bad), StringComparison.Ordinal);
        Assert.Contains("--mutation-results and --mutation-budget: give one", Run("--mutation-results", bad, "--mutation-budget", "1m"), StringComparison.Ordinal);
        Assert.Contains("--mutation-budget: 'x' is not a duration", Run("--mutation-budget", "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_filter_that_matches_nothing_is_an_input_error()
    {
        using var dir = new TempDir();
        var (exit, _, err) = WeftCli.Run(dir.Path, null, "mutate-orders", "--filter", "treiber/linearizable-leak", "--site", "impl/src/Regions/",
            "--discovery-iterations", "2", "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, exit);
        Assert.Contains("execute no atomics call site of impl/ matching --site impl/src/Regions/", err, StringComparison.Ordinal);
    }
}
