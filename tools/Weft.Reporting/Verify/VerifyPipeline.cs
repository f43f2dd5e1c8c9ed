using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// The <c>weft verify</c> pipeline: runs its stages in order (every stage runs even after a failure, so one run
/// shows everything that is wrong), prints a status line per stage, and ends with the exit code of the worst
/// failure: 0 when every stage passed or was skipped. A stage that throws an input error fails with code 1; any
/// other exception fails it with code 3.
/// </summary>
public sealed class VerifyPipeline
{
    private readonly List<Stage> _stages = new();
    private readonly Action<string> _log;

    public VerifyPipeline(Action<string> log) => _log = log;

    public VerifyPipeline Add(string name, Func<StageResult> run)
    {
        _stages.Add(new Stage(name, run));
        return this;
    }

    public IReadOnlyList<Stage> Stages => _stages;

    public (int ExitCode, IReadOnlyList<(string Name, StageResult Result, TimeSpan Elapsed)> Results) Run()
    {
        var results = new List<(string, StageResult, TimeSpan)>();
        foreach (var s in _stages)
        {
            _log("");
            _log($"== {s.Name}");
            var sw = Stopwatch.StartNew();
            StageResult r;
            try
            {
                r = s.Run();
            }
            catch (WeftInputException e)
            {
                r = StageResult.Failed(1, "error: " + e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                r = StageResult.Failed(3, "internal error: " + e.GetType().Name + ": " + e.Message);
            }
            results.Add((s.Name, r, sw.Elapsed));
            _log($"-- {s.Name}: {Word(r.Status)}{(r.Detail.Length > 0 ? ": " + r.Detail : "")}");
        }
        _log("");
        _log("verify summary:");
        foreach (var (name, r, t) in results)
            _log(string.Create(CultureInfo.InvariantCulture, $"  {Word(r.Status),-7} {name,-28} {t.TotalSeconds,7:F1}s  {r.Detail}").TrimEnd());
        var failed = results.Where(x => x.Item2.Status == StageStatus.Failed).ToList();
        int code = failed.Count == 0 ? 0 : failed.Max(x => x.Item2.ExitCode);
        _log(failed.Count == 0 ? "verify: ok" : $"verify: FAILED ({string.Join(", ", failed.Select(f => f.Item1))}), exit {code}");
        return (code, results);
    }

    private static string Word(StageStatus s) => s switch
    {
        StageStatus.Ok => "ok",
        StageStatus.Failed => "FAILED",
        _ => "skipped",
    };
}
