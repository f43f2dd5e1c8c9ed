using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Weft.Rewriter;
using Weft.Scenarios;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft bench engine --part rewrite</c>: iterations/s of plain .NET code rewritten by <c>weft rewrite</c>
/// (Plain.EngineShapes: <c>Thread</c> and <c>Interlocked.Increment</c>) against the same program written with Weft's
/// atomics (<see cref="EngineShapes"/>: <c>WeftThread</c> and <c>AtomicInt32.FetchAdd</c>), per strategy, measured
/// in adjacent pairs in the same run; the target is a ratio of at least 0.5 (within 2x).
/// </summary>
internal static class RewriteBench
{
    private const double Target = 0.5;
    private const int Rounds = 5;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public static void Run(bool quick)
    {
        var shapes = LoadRewrittenShapes();
        Ui.Line("");
        Ui.Line("Rewritten code (higher is better): the plain .NET shape rewritten by weft rewrite against the same shape written with Weft's atomics, " +
                "each strategy measured in 5 adjacent pairs (atomics, then rewritten; n/5 iterations each); iterations/s are medians over the pairs and the ratio is the median of the 5 pairs' ratios, " +
                "so that background load, which slows both runs of a pair alike, cancels out. Target: rewritten within 2x (ratio >= 0.50).");
        var rows = new List<string[]>();
        foreach (var (name, atomics, rewritten, n) in new[]
        {
            ("2 threads x 50 increments", (Action)EngineShapes.TwoThreads50, shapes["TwoThreads50"], quick ? 500 : 5000),
            ("2 threads x 1 increment", (Action)EngineShapes.TwoThreads1, shapes["TwoThreads1"], quick ? 1000 : 20000),
        })
        {
            // Warm-up until both shapes' code is at its final tier (the rewritten assembly's methods start cold).
            var warm = CheckOptions.Default with { Iterations = int.MaxValue, TimeBudget = TimeSpan.FromSeconds(quick ? 0.5 : 1.5), TestId = "bench" };
            Checker.Explore(atomics, warm);
            Checker.Explore(rewritten, warm);
            foreach (var strategy in BenchCommand.Strategies)
            {
                var o = CheckOptions.Default with { Strategy = strategy, Iterations = n / Rounds, TestId = "bench", PreemptionBound = 2 };
                Checker.Explore(atomics, o with { Iterations = n / 10 }); // warm-up: JIT, worker threads
                Checker.Explore(rewritten, o with { Iterations = n / 10 });
                // Adjacent runs of the two see the same background load: the ratio of each pair, then the median over pairs.
                var atomicsRates = new List<double>();
                var rewrittenRates = new List<double>();
                var ratios = new List<double>();
                long aSteps = 0, rSteps = 0;
                for (int round = 0; round < Rounds; round++)
                {
                    var ra = Checker.Explore(atomics, o);
                    var rr = Checker.Explore(rewritten, o);
                    if (ra.Bug is not null || rr.Bug is not null) throw new InvalidOperationException($"bench shape failed: {(ra.Bug ?? rr.Bug)!.Describe()}");
                    atomicsRates.Add(ra.IterationsPerSecond);
                    rewrittenRates.Add(rr.IterationsPerSecond);
                    ratios.Add(rr.IterationsPerSecond / ra.IterationsPerSecond);
                    aSteps = ra.Steps / Math.Max(1, ra.Iterations);
                    rSteps = rr.Steps / Math.Max(1, rr.Iterations);
                }
                double a = Median(atomicsRates), r = Median(rewrittenRates), ratio = Median(ratios);
                rows.Add(new[]
                {
                    name, strategy, Ui.Number(a), Ui.Number(r), $"{aSteps} / {rSteps}", Ui.Number(ratio, "F2") + "x", ratio >= Target ? "met" : "MISSED",
                });
            }
        }
        Ui.Table(new[] { "shape", "strategy", "atomics it/s", "rewritten it/s", "steps/iter (atomics / rewritten)", "rewritten vs atomics", "within 2x" }, rows);
    }

    /// <summary>
    /// Rewrites Plain.EngineShapes (shipped beside the tool) into the rewrite cache and loads it into a load context of
    /// its own (its references, the harness among them, bind to the tool's); returns its shapes by method name.
    /// </summary>
    private static Dictionary<string, Action> LoadRewrittenShapes()
    {
        var original = Path.Combine(AppContext.BaseDirectory, "Plain.EngineShapes.dll");
        if (!File.Exists(original)) throw new WeftInputException($"{original}: missing; expected the plain shapes the weft tool ships with (rebuild or reinstall the tool)");
        var rewritten = RewriteCache.Prepare(original);
        var assembly = new AssemblyLoadContext("weft-bench-rewritten").LoadFromAssemblyPath(rewritten);
        var type = assembly.GetType("PlainEngineShapes.IncrementingThreads", throwOnError: true)!;
        return type.GetMethods().Where(m => m.IsStatic && m.IsPublic && m.GetParameters().Length == 0)
            .ToDictionary(m => m.Name, m => (Action)Delegate.CreateDelegate(typeof(Action), m), StringComparer.Ordinal);
    }
}
