using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Reporting;

/// <summary>
/// What one shard of a nightly run does, as a pure function of (root seed, shard index and count, filter, budget)
/// and the registered test ids:
/// <list type="bullet">
/// <item>the tests matching the filter, sorted by id (ordinal), are dealt round-robin: the test at position k
/// belongs to shard k mod n (the same rule as <c>weft explore --shard</c>);</item>
/// <item>each test's seed is <c>SplitMix64(rootSeed XOR FNV-1a-64(id))</c>, so a test keeps its seed whichever
/// shard or filter it runs under;</item>
/// <item>the budget is the shard's wall-clock budget split evenly over its tests (a test that finishes early, by
/// exhausting a bounded space or catching its bug, gives its remaining time back to the run, which then ends
/// earlier).</item>
/// </list>
/// The same command on any machine therefore runs the same tests with the same seeds and budgets.
/// </summary>
public sealed record ShardPlan(ulong RootSeed, int ShardIndex, int ShardCount, string Filter, TimeSpan Budget, IReadOnlyList<PlannedTest> Tests)
{
    public static ShardPlan Create(IEnumerable<string> selectedIds, ulong rootSeed, int shardIndex, int shardCount, string filter, TimeSpan budget)
    {
        if (shardCount <= 0 || shardIndex < 0 || shardIndex >= shardCount)
            throw new ArgumentOutOfRangeException(nameof(shardIndex), $"shard {shardIndex}/{shardCount}: expected 0 <= i < n");
        var sorted = selectedIds.Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var mine = sorted.Where((_, k) => k % shardCount == shardIndex).ToList();
        var share = mine.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(budget.Ticks / mine.Count);
        var tests = mine.Select(id => new PlannedTest(id, TestSeed(rootSeed, id), share)).ToList();
        return new ShardPlan(rootSeed, shardIndex, shardCount, filter, budget, tests);
    }

    /// <summary>The seed of one test: SplitMix64 of the root seed mixed with a stable (FNV-1a) hash of the id.</summary>
    public static ulong TestSeed(ulong rootSeed, string testId)
    {
        ulong h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(testId))
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        ulong z = rootSeed ^ h;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public string Shard => $"{ShardIndex}/{ShardCount}";

    /// <summary>The user's test assemblies (full paths) the tests come from; empty for Weft's built-in scenarios.</summary>
    public IReadOnlyList<string> Assemblies { get; init; } = Array.Empty<string>();

    /// <summary>The command that re-runs this shard (locally, or on any CI worker).</summary>
    public string Command(string? outDir = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"weft nightly --time-budget {FormatDuration(Budget)} --shard {Shard} --seed {RootSeed} --filter {Filter}") +
        AssemblyArguments(Assemblies) +
        (outDir is null ? "" : " --out " + Quote(outDir));

    /// <summary><c> --assembly path</c> for each of <paramref name="assemblies"/>, for a printed command.</summary>
    public static string AssemblyArguments(IEnumerable<string>? assemblies) =>
        assemblies is null ? "" : string.Concat(assemblies.Select(a => " --assembly " + Quote(a)));

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    /// <summary>The header line of this shard's results log.</summary>
    public RunHeader Header(string outDir) => new()
    {
        RootSeed = RootSeed,
        ShardIndex = ShardIndex,
        ShardCount = ShardCount,
        Filter = Filter,
        BudgetSeconds = Budget.TotalSeconds,
        Tests = Tests.Select(t => t.Id).ToList(),
        Tool = Checker.ToolVersion,
        Commit = Checker.Commit,
        Assemblies = Assemblies.Count == 0 ? null : Assemblies,
        Started = DateTimeOffset.UtcNow,
        Command = Command(outDir),
    };

    /// <summary>True when <paramref name="h"/> was written by a run of this same plan (what <c>--resume</c> requires).</summary>
    public bool Matches(RunHeader h) =>
        h.RootSeed == RootSeed && h.ShardIndex == ShardIndex && h.ShardCount == ShardCount &&
        h.Filter == Filter && Math.Abs(h.BudgetSeconds - Budget.TotalSeconds) < 1e-6 &&
        h.Tests.SequenceEqual(Tests.Select(t => t.Id)) &&
        (h.Assemblies ?? Array.Empty<string>()).SequenceEqual(Assemblies, StringComparer.Ordinal);

    public static string FormatDuration(TimeSpan d)
    {
        if (d.TotalSeconds >= 3600 && d.TotalSeconds % 3600 == 0) return ((long)d.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
        if (d.TotalSeconds >= 60 && d.TotalSeconds % 60 == 0) return ((long)d.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m";
        if (d.TotalMilliseconds % 1000 == 0) return ((long)d.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
        return ((long)d.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
    }
}
