using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Schedules;

namespace Weft.Reporting;

/// <summary>Explores one registered test in this process and turns the outcome into a <see cref="TestResult"/>.</summary>
public static class TestRunner
{
    /// <summary>A counterexample's diagram shows at most this many steps, the last ones before the failure.</summary>
    public const int MaxDiagramSteps = 400;

    /// <summary>The least wall-clock time a negative control gets to reach its iteration budget.</summary>
    public static readonly TimeSpan NegativeControlMinimum = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Explores <paramref name="test"/> with the portfolio (or <c>WEFT_STRATEGY</c>) for <paramref name="budget"/>
    /// of wall-clock time, or for <paramref name="iterations"/> when given, with <paramref name="seed"/>.
    /// Bugs write their schedules into <paramref name="scheduleDir"/>.
    /// </summary>
    public static TestResult Run(RegisteredTest test, ulong seed, TimeSpan budget, string? scheduleDir, string shard = "0/1", int? iterations = null, Action<int, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(test);
        var env = CheckOptions.Default.WithEnvironment();
        if (test.NegativeControl)
        {
            // A negative control's contract is its iteration budget: it runs until caught or until that budget is
            // spent, with at least NegativeControlMinimum of wall-clock time however small the fair share is.
            iterations ??= test.Budget;
            if (budget < NegativeControlMinimum) budget = NegativeControlMinimum;
        }
        var o = test.Apply(env with
        {
            Seed = seed,
            TimeBudget = budget,
            Iterations = iterations ?? int.MaxValue,
            ScheduleDirectory = scheduleDir,
            Progress = progress,
        });
        var r = Checker.Explore(test.Body, o);
        return FromExploration(test, r, seed, budget, shard);
    }

    public static TestResult FromExploration(RegisteredTest test, ExplorationResult r, ulong seed, TimeSpan budget, string shard)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(r);
        var (verdict, passed) = Verdict(test, r.Bug, r.Exhausted);
        if (verdict == "MISSED" && !r.Exhausted && r.Iterations < test.Budget) verdict = "UNFINISHED";
        return new TestResult
        {
            Test = test.Id,
            Shard = shard,
            Seed = seed,
            BudgetSeconds = budget.TotalSeconds,
            NegativeControl = test.NegativeControl,
            ExpectedBug = ScheduleFile.KindName(test.ExpectedBug),
            Strategy = r.Strategy,
            Iterations = r.Iterations,
            Steps = r.Steps,
            ElapsedSeconds = r.Elapsed.TotalSeconds,
            Exhausted = r.Exhausted,
            IterationsByStrategy = new SortedDictionary<string, int>(r.IterationsByStrategy.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal),
            MonitorEvents = new SortedDictionary<string, long>(r.MonitorEvents.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal),
            Verdict = verdict,
            Passed = passed,
            Bugs = r.Bugs.Select(ToRecord).ToList(),
            Finished = DateTimeOffset.UtcNow,
            Assembly = test.AssemblyPath is { } path ? System.IO.Path.GetFullPath(path) : null,
        };
    }

    /// <summary>
    /// The verdict words of <c>weft explore</c>: caught (the declared kind of bug, reported by the declared monitor when
    /// the control names one: <see cref="RegisteredTest.IsExpectedBug"/>), WRONG (another bug), MISSED for negative
    /// controls; pass, proved, BUG otherwise. (<see cref="FromExploration"/> adds UNFINISHED: a control not caught
    /// because its time ran out before its iteration budget.)
    /// </summary>
    public static (string Verdict, bool Passed) Verdict(RegisteredTest test, BugReport? found, bool exhausted) =>
        (test.NegativeControl, found) switch
        {
            (true, { } b) when test.IsExpectedBug(b) => ("caught", true),
            (true, { }) => ("WRONG", false),
            (true, null) => ("MISSED", false),
            (false, null) => (exhausted ? "proved" : "pass", true),
            (false, { }) => ("BUG", false),
        };

    public static BugRecord ToRecord(BugReport b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var loc = b.Thread >= 0 && b.Thread < b.Threads.Count ? b.Threads[b.Thread].Location : "";
        var steps = new List<StepRecord>();
        int n = 0;
        foreach (var s in b.Schedule.Steps)
        {
            if (!s.IsThread) continue;
            n++;
            if (n > b.Step) break;
            steps.Add(new StepRecord(n, s.Value, Engine.ControlledThread.OpName(s.Op), s.Location));
        }
        if (steps.Count > MaxDiagramSteps) steps = steps.GetRange(steps.Count - MaxDiagramSteps, MaxDiagramSteps);
        return new BugRecord
        {
            Kind = ScheduleFile.KindName(b.Kind),
            Message = b.Message,
            Monitor = b.Monitor,
            Location = loc,
            Step = b.Step,
            Thread = b.Thread,
            Iteration = b.Iteration,
            SchedulePath = b.SchedulePath,
            ReplayCommand = b.ReplayCommand,
            Steps = steps,
        };
    }
}
