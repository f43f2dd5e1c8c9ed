using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Cli.Commands;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// <c>weft bench engine</c>: the iterations-to-first-bug statistic (unfound seeds count at the cap, never vanish)
/// and the baseline file (parsed strictly, every ratio printed with its provenance, no built-in figures).
/// </summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("weft-bench-");

    public void Dispose() => _dir.Delete(true);

    private static SeedOutcome F(int iteration) => SeedOutcome.FoundAt(iteration, iteration);
    private static SeedOutcome U => SeedOutcome.NotFound(1000);

    [Fact]
    public void Unfound_seeds_count_at_the_cap_and_mark_the_mean_as_a_lower_bound()
    {
        var st = new SeedStatistics(new[] { F(10), F(20), U }, cap: 100);
        Assert.Equal("2/3", st.FoundText);
        Assert.Equal((10 + 20 + 100) / 3.0, st.Mean, 9);
        Assert.True(st.MeanIsLowerBound);
        Assert.StartsWith("≥", st.MeanText, StringComparison.Ordinal);
        Assert.Equal(20, st.Median);

        var all = new SeedStatistics(new[] { F(10), F(20) }, cap: 100);
        Assert.Equal(15, all.Mean, 9);
        Assert.Equal("15.0", all.MeanText);
    }

    [Fact]
    public void The_median_is_unknown_beyond_the_cap_when_the_middle_seed_found_nothing()
    {
        var st = new SeedStatistics(new[] { F(3), U, U }, cap: 50);
        Assert.Null(st.Median);
        Assert.Equal(">50", st.MedianText);
        Assert.Equal("-", st.MedianMillisecondsText);
        Assert.Equal(5.0, new SeedStatistics(new[] { F(3), F(5), U }, cap: 50).Median);
        Assert.Equal(11.5, new SeedStatistics(new[] { F(3), F(18), F(5), U }, cap: 50).Median);
    }

    /// <summary>
    /// The defect this statistic replaces: the mean was taken over found seeds only, so a seed whose run hit the cap
    /// (iterations or wall clock) left the mean, and a strategy whose slow seeds ran out of time reported a smaller
    /// mean than had they found the bug late. Here every seed in turn hits the cap instead of finding the bug late:
    /// the mean must grow or stay, never shrink (the found-only mean shrinks in the first case below).
    /// </summary>
    [Fact]
    public void A_seed_hitting_the_cap_never_makes_the_mean_smaller_than_finding_the_bug_within_it()
    {
        var rng = new Random(12345);
        for (int trial = 0; trial < 2000; trial++)
        {
            int cap = rng.Next(1, 3000), n = rng.Next(1, 25);
            var seeds = Enumerable.Range(0, n).Select(_ => rng.Next(4) == 0 ? U : F(rng.Next(1, cap + 1))).ToArray();
            var before = new SeedStatistics(seeds, cap);
            for (int i = 0; i < n; i++)
            {
                if (!seeds[i].Found) continue;
                var capped = (SeedOutcome[])seeds.Clone();
                capped[i] = U;
                var after = new SeedStatistics(capped, cap);
                Assert.True(after.Mean >= before.Mean, $"cap {cap}: {string.Join(",", seeds)} -> seed {i} capped: mean {after.Mean} < {before.Mean}");
                Assert.True(after.Median is null || before.Median is { } b && after.Median >= b);
                Assert.True(after.MeanIsLowerBound);
            }
        }
        // The concrete case: one seed needs 1,500 of 2,000 iterations; once it runs out of time the found-only mean
        // fell from 755 to 10, the statistic rises to 1,005.
        Assert.Equal(755, new SeedStatistics(new[] { F(10), F(1500) }, 2000).Mean, 9);
        Assert.Equal(1005, new SeedStatistics(new[] { F(10), U }, 2000).Mean, 9);
    }

    private const string GoodBaseline = """
        schema: weft-bench-baseline/1
        figures:
          - name: other-tool-50
            shape: bench/two-threads-50-points
            iterations-per-second: 250
            what: another engine, the same two-thread 50-point body
            machine: the same 2-core VM
            date: 2026-12-01
            command: other-tool run --iterations 5000
          - name: weft-random-1
            shape: bench/two-threads-1-point
            strategy: random
            iterations-per-second: 1.5e4
            what: an earlier weft run
            machine: the same 2-core VM
            date: 2026-12-02
            command: weft bench engine --part throughput
        """;

    [Fact]
    public void A_baseline_file_is_read_with_its_provenance_and_figures_match_by_shape_then_strategy()
    {
        var figures = BenchBaseline.Parse(GoodBaseline, "b.yaml");
        Assert.Equal(2, figures.Count);
        Assert.Equal(new BaselineFigure("other-tool-50", "bench/two-threads-50-points", null, 250, "another engine, the same two-thread 50-point body",
            "the same 2-core VM", "2026-12-01", "other-tool run --iterations 5000"), figures[0]);
        Assert.Equal(15000, figures[1].IterationsPerSecond);
        Assert.Equal("other-tool-50", BenchBaseline.For(figures, "bench/two-threads-50-points", "pct")!.Name);
        Assert.Equal("weft-random-1", BenchBaseline.For(figures, "bench/two-threads-1-point", "random")!.Name);
        Assert.Null(BenchBaseline.For(figures, "bench/two-threads-1-point", "pct"));
    }

    [Fact]
    public void Saved_figures_read_back_unchanged()
    {
        var path = Path.Combine(_dir.FullName, "saved.yaml");
        var figures = BenchBaseline.Parse(GoodBaseline, "b.yaml").ToList();
        figures.Add(figures[0] with { Name = "quotes", What = "a: \"colon\" # and hash", Command = "weft bench engine --part 'throughput'" });
        BenchBaseline.Save(path, figures);
        Assert.Equal(figures, BenchBaseline.Load(path));
    }

    [Theory]
    [InlineData("figures: []\n", "1:1", "missing key 'schema'")]
    [InlineData("schema: weft-bench-baseline/2\nfigures: []\n", "1:9", "unsupported schema")]
    [InlineData("schema: weft-bench-baseline/1\nfigures: []\n", "2:10", "non-empty sequence")]
    [InlineData("schema: weft-bench-baseline/1\ncoyote: 300\n", "2:1", "unknown key 'coyote'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - name: a\n    shape: bench/two-threads-50-points\n    iterations-per-second: 300\n", "3:5", "missing key 'what'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/three-threads, iterations-per-second: 3, what: w, machine: m, date: 2026-01-01, command: c}\n", "3:22", "unknown shape 'bench/three-threads'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, strategy: coyote, iterations-per-second: 3, what: w, machine: m, date: 2026-01-01, command: c}\n", "3:59", "unknown strategy 'coyote'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: fast, what: w, machine: m, date: 2026-01-01, command: c}\n", "3:72", "expected a positive number, found 'fast'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 0, what: w, machine: m, date: 2026-01-01, command: c}\n", "3:72", "expected a positive number, found '0'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 3, what: w, machine: m, date: yesterday, command: c}\n", "3:102", "expected YYYY-MM-DD")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 3, what: '', machine: m, date: 2026-01-01, command: c}\n", "3:81", "empty value")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 3, what: w, machine: m, date: 2026-01-01, command: c, cmd: d}\n", "3:126", "unknown key 'cmd' in a figure")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 3, what: w, machine: m, date: 2026-01-01, command: c}\n  - {name: a, shape: bench/two-threads-1-point, iterations-per-second: 3, what: w, machine: m, date: 2026-01-01, command: c}\n", "4:5", "duplicate figure name 'a'")]
    [InlineData("schema: weft-bench-baseline/1\nfigures:\n  - 300\n", "3:5", "expected a figure")]
    [InlineData("schema: [weft\n", "2:1", "malformed YAML")]
    public void A_bad_baseline_file_is_a_positioned_error(string text, string position, string message)
    {
        var e = Assert.Throws<WeftInputException>(() => BenchBaseline.Parse(text, "b.yaml"));
        Assert.StartsWith("b.yaml:" + position, e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_baseline_file_stops_the_benchmark_before_it_measures_with_exit_1()
    {
        var path = Path.Combine(_dir.FullName, "bad.yaml");
        File.WriteAllText(path, "schema: weft-bench-baseline/1\nfigures:\n  - name: coyote\n    shape: bench/two-threads-50-points\n    iterations-per-second: lots\n    what: w\n    machine: m\n    date: 2026-01-01\n    command: c\n");
        var (exit, output, err) = WeftCli.Run(_dir.FullName, null, "bench", "engine", "--baseline", path);
        Assert.Equal(1, exit);
        Assert.Contains($"error: {path}:5:28: iterations-per-second: expected a positive number, found 'lots'", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Throughput", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);

        var (exit2, _, err2) = WeftCli.Run(_dir.FullName, null, "bench", "engine", "--baseline", Path.Combine(_dir.FullName, "missing.yaml"));
        Assert.Equal(1, exit2);
        Assert.Contains("cannot read the baseline file", err2, StringComparison.Ordinal);
    }

    /// <summary>A quick throughput run: no built-in figures; each ratio to a supplied figure is printed with that figure's provenance; the run's own figures can be saved and read back as a baseline.</summary>
    [Fact]
    public void Throughput_compares_with_the_supplied_baseline_and_prints_its_provenance()
    {
        var path = Path.Combine(_dir.FullName, "b.yaml");
        var saved = Path.Combine(_dir.FullName, "saved.yaml");
        File.WriteAllText(path, GoodBaseline);
        var (exit, output, err) = WeftCli.Run(_dir.FullName, null, "bench", "engine", "--part", "throughput", "--quick", "--baseline", path, "--save-baseline", saved);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain("Coyote", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("vs uncontrolled", output, StringComparison.Ordinal);
        Assert.Contains("vs baseline", output, StringComparison.Ordinal);
        Assert.Contains("[1] other-tool-50: 250/s, the same 2-core VM, 2026-12-01", output, StringComparison.Ordinal);
        Assert.Contains("[2] weft-random-1: 15000/s", output, StringComparison.Ordinal);
        Assert.Contains("[1] other-tool-50: another engine, the same two-thread 50-point body; machine: the same 2-core VM; date: 2026-12-01; command: other-tool run --iterations 5000", output, StringComparison.Ordinal);
        Assert.Contains("(no figure for this shape and strategy)", output, StringComparison.Ordinal);
        var mine = BenchBaseline.Load(saved);
        Assert.Equal(2 * BenchCommand.Strategies.Length, mine.Count);
        Assert.All(mine, f => Assert.Contains("weft bench engine --part throughput --quick", f.Command, StringComparison.Ordinal));
    }
    /// <summary>The dpor part's bounded tables alone, at the preemption bound given: every bounded row names that bound, the class-bounded table's class cover holds, and no whole-space table runs.</summary>
    [Fact]
    public void Dpor_bounded_part_runs_the_bounded_tables_at_the_given_bound()
    {
        var (exit, output, err) = WeftCli.Run(_dir.FullName, null, "bench", "engine", "--part", "dpor-bounded", "--preemption-bound", "0", "--quick");
        Assert.True(exit == 0, err);
        Assert.Contains("dfs(pb=0)", output, StringComparison.Ordinal);
        Assert.Contains("dpor(pb=0)", output, StringComparison.Ordinal);
        Assert.Contains("reclamation/dfs-debra-plus", output, StringComparison.Ordinal);
        Assert.Contains("Class-bounded DPOR (preemption bound 0)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" missing", output, StringComparison.Ordinal); // the class cover holds on every row
        Assert.DoesNotContain("whole (unbounded) space", output, StringComparison.Ordinal);
        Assert.DoesNotContain("dfs(pb=2)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_preemption_bound_is_an_error_with_exit_1()
    {
        var (exit, output, err) = WeftCli.Run(_dir.FullName, null, "bench", "engine", "--part", "dpor-bounded", "--preemption-bound", "-1");
        Assert.Equal(1, exit);
        Assert.Contains("--preemption-bound: -1 is out of range; expected a preemption bound (at least 0)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Schedules to exhaustion", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
