using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Weft.Engine;
using Weft.Strategies;

namespace Weft.Schedules;

/// <summary>
/// Shrinks a failing schedule to one with the fewest preemptions, then the fewest weak-memory decisions, then the fewest
/// steps, that fails the same way.
///
/// The schedule is first replayed leniently (<see cref="GuideCursor"/>) and reduced to its directives: the decisions
/// that differ from the default rule (keep running the current thread while it is enabled, else the lowest enabled
/// one). Each directive is anchored at "the decision after thread A's k-th selection", which removing other directives
/// does not move, and every decision without a directive follows the default rule, so any subset of the directives is
/// a meaningful, deterministic schedule. A preemption (switching away from an enabled thread that is not paused at a
/// yield) can only come from a directive, so fewer directives means at most as many preemptions.
///
/// Then, until nothing improves or the budget (replays, wall time) runs out:
/// 1. delta debugging (Zeller and Hildebrandt, "Simplifying and Isolating Failure-Inducing Input", IEEE TSE 2002):
///    ddmin over the directives, trying chunks and their complements at doubling granularity;
/// 2. relaxation: each remaining preemptive directive is made lazy (it waits until its thread blocks, finishes or
///    yields, and switches there, for free), the transformation that turns a preempting schedule into the
///    preemption-bounded form of Musuvathi and Qadeer ("Iterative Context Bounding for Systematic Testing of
///    Multithreaded Programs", PLDI 2007);
/// 3. advancing: each preemptive directive is moved to an earlier free point where its target was enabled;
/// 4. block consolidation (Jalbert and Sen, FSE 2010): one thread's block of steps is moved next to its previous or
///    next block, and the sequence replayed leniently;
/// 5. re-anchoring: each preemption alone, at the program point where it happened (the first time its thread gets
///    there), by itself and after each free choice of the default run; while two or more preemptions remain, also a
///    probe of one preemption of the failing thread at each program point it passed.
/// Passes 2 to 5 accept only strict improvements, so the loop ends; ddmin runs again after each.
///
/// Weak memory. Under TSO a store-buffer flush chosen at a decision is a directive like a thread switch (the default
/// leaves stores buffered until their thread drains: a fence, a read-modify-write, a SeqCst store, blocking, exit);
/// under RA a load's choice of an older store and a store's placement before newer ones are value directives (the
/// default reads the newest store and places a store last). ddmin removes them with the thread directives, and the
/// cost counts them (<see cref="ReplayOutcome.WeakDecisions"/>): a flush, a stale read or an early placement kept in
/// the minimized schedule is one the failure needs.
///
/// Every candidate is checked by a replay: it is kept only when it fails with the same <see cref="FailureSignature"/>
/// and costs no more than the best so far (fewer preemptions; or as many and fewer weak decisions; or as many of both
/// and no more steps), so the result never costs more than the original. The result is the recording of the best run: a complete schedule that replays by itself.
/// </summary>
internal sealed class ScheduleMinimizer : IDisposable
{
    private readonly Schedule _original;
    private readonly Action _body;
    private readonly ControlledRuntime _runtime;
    private readonly bool _ownsRuntime;
    private readonly int _maxReplays;
    private readonly TimeSpan _maxTime;
    private readonly Stopwatch _clock = new();
    private int _replays;
    private string? _exhausted;
    private FailureSignature _target = null!;
    private Candidate _best = null!;
    /// <summary>The run without directives (the default rule throughout), once it has been replayed.</summary>
    private Candidate? _defaultRun;

    private ScheduleMinimizer(Schedule original, Action body, CheckOptions options, ControlledRuntime? runtime)
    {
        _original = original;
        _body = body;
        _maxReplays = Math.Max(1, options.MinimizeReplays);
        _maxTime = options.MinimizeTimeBudget;
        _ownsRuntime = runtime is null;
        _runtime = runtime ?? new ControlledRuntime(original.ApplyTo(options) with { RecordLog = false }, new RandomStrategy(0));
    }

    /// <summary>
    /// Minimizes <paramref name="original"/>, which must fail when replayed against <paramref name="body"/>; throws
    /// <see cref="WeftInputException"/> when it does not. <paramref name="from"/> names it in the minimized schedule.
    /// <paramref name="runtime"/>, when given, is an idle runtime with the schedule's options (the one that explored and
    /// found the bug, whose worker threads are reused); otherwise the minimizer makes its own.
    /// </summary>
    public static MinimizationResult Minimize(Schedule original, Action body, CheckOptions options, string from, ControlledRuntime? runtime = null)
    {
        using var m = new ScheduleMinimizer(original, body, options, runtime);
        return m.Run(from);
    }

    private MinimizationResult Run(string from)
    {
        _clock.Start();
        var first = Execute(_original.Steps, Array.Empty<ScheduleDirective>())!;
        if (first.Outcome.Bug is not { } bug)
            throw new WeftInputException($"{from}: the schedule runs to the end without a bug, so there is nothing to minimize");
        if (_original.Bug is { } recorded && recorded.Kind != bug.Kind)
            throw new WeftInputException(
                $"{from}: replaying the schedule gives {BugReport.KindText(bug.Kind)}, not the recorded {BugReport.KindText(recorded.Kind)}");
        _target = FailureSignature.Of(bug);
        _best = first;
        while (!Spent())
        {
            Ddmin();
            if (!Relax() && !Advance() && !Consolidate() && !Reanchor()) break;
        }
        return Result(first, from);
    }

    private MinimizationResult Result(Candidate first, string from)
    {
        var bug = _best.Outcome.Bug!;
        // Built field by field, not with `with`: nothing that describes the original file (where it was read from) carries over.
        var minimized = new Schedule
        {
            ToolVersion = Checker.ToolVersion,
            TestId = _original.TestId,
            Strategy = _original.Strategy,
            Seed = _original.Seed,
            Iteration = _original.Iteration,
            MaxSteps = _original.MaxSteps,
            PreemptionBound = _original.PreemptionBound,
            SpuriousWakeups = _original.SpuriousWakeups,
            LivenessThreshold = _original.LivenessThreshold,
            MemoryModel = _original.MemoryModel,
            OrderMutant = _original.OrderMutant,
            RaceDetector = _original.RaceDetector || bug.Schedule.RaceDetector,
            Commit = Checker.Commit,
            TestAssembly = _original.TestAssembly is { } assembly ? assembly with { Position = null } : null,
            Bug = new ScheduleBug(bug.Kind, bug.Step, bug.Thread, bug.Monitor, bug.Message),
            Minimization = new ScheduleMinimization(from, first.Preemptions, first.Steps, _best.Preemptions, _best.Steps)
            {
                // Recorded only under a weak model, so SC files (and their digests) stay as they were.
                OriginalWeakDecisions = _original.MemoryModel == MemoryModel.SC ? null : first.WeakDecisions,
                WeakDecisions = _original.MemoryModel == MemoryModel.SC ? null : _best.WeakDecisions,
            },
            Steps = bug.Schedule.Steps,
        };
        return new MinimizationResult
        {
            Original = _original,
            Minimized = minimized,
            Failure = _target,
            OriginalPreemptions = first.Preemptions,
            OriginalSteps = first.Steps,
            Preemptions = _best.Preemptions,
            Steps = _best.Steps,
            OriginalWeakDecisions = first.WeakDecisions,
            WeakDecisions = _best.WeakDecisions,
            Replays = _replays,
            Elapsed = _clock.Elapsed,
            BudgetExhausted = _exhausted,
        };
    }

    /// <summary>ddmin over the best candidate's directives; each accepted candidate replaces the set by what it realized.</summary>
    private void Ddmin()
    {
        if (_best.Directives.Count == 0 || Try(Array.Empty<ScheduleDirective>(), strict: false)) return;
        int n = 2;
        while (_best.Directives.Count >= 2 && !Spent())
        {
            var set = _best.Directives;
            n = Math.Min(n, set.Count);
            bool reduced = false;
            for (int i = 0; i < n && !reduced; i++)
            {
                reduced = Try(Chunk(set, n, i, complement: false), strict: false);
                if (reduced) n = 2;
            }
            for (int i = 0; i < n && !reduced && n > 2; i++)
            {
                reduced = Try(Chunk(set, n, i, complement: true), strict: false);
                if (reduced) n = Math.Max(n - 1, 2);
            }
            if (reduced) continue;
            if (n >= set.Count) break;
            n = Math.Min(2 * n, set.Count);
        }
    }

    /// <summary>Chunk <paramref name="i"/> of <paramref name="n"/> of <paramref name="set"/>, or everything but it.</summary>
    private static List<ScheduleDirective> Chunk(IReadOnlyList<ScheduleDirective> set, int n, int i, bool complement)
    {
        int start = set.Count * i / n, end = set.Count * (i + 1) / n;
        var list = new List<ScheduleDirective>();
        for (int k = 0; k < set.Count; k++)
            if ((k >= start && k < end) != complement) list.Add(set[k]);
        return list;
    }

    /// <summary>Makes each preemptive directive lazy in turn; true when one of them made the schedule strictly cheaper.</summary>
    private bool Relax()
    {
        bool improved = false;
        for (int i = 0; i < _best.Directives.Count && !Spent(); i++)
        {
            if (!_best.Directives[i].Preemptive) continue;
            var candidate = new List<ScheduleDirective>(_best.Directives);
            candidate[i] = candidate[i] with { Lazy = true };
            if (Try(candidate, strict: true))
            {
                improved = true;
                i = -1;
            }
        }
        return improved;
    }

    /// <summary>
    /// Moves each preemptive directive to an earlier free point (where the last thread blocked, finished or yielded and
    /// its target was enabled): the nearest few, then the earliest. True when one made the schedule strictly cheaper.
    /// </summary>
    private bool Advance()
    {
        for (int i = 0; i < _best.Directives.Count && !Spent(); i++)
        {
            var d = _best.Directives[i];
            if (!d.Preemptive) continue;
            foreach (var point in EarlierFreePoints(d))
            {
                var candidate = new List<ScheduleDirective>(_best.Directives);
                candidate.Remove(d);
                candidate.Add(new ScheduleDirective(point.AnchorThread, point.AnchorCount, -1, d.Value, Lazy: false, Preemptive: false) { Decision = point.Decision });
                candidate.Sort((x, y) => x.Decision.CompareTo(y.Decision));
                if (Try(candidate, strict: true)) return true;
                if (Spent()) return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Block consolidation (Jalbert and Sen, "A Trace Simplification Technique for Effective Debugging of Concurrent
    /// Programs", FSE 2010): the best run's decisions, cut into blocks of one thread each, with one block moved back to
    /// just after the previous block of its thread, or forward to just before the next one, replayed leniently. True when
    /// one made the schedule strictly cheaper.
    /// </summary>
    private bool Consolidate()
    {
        var blocks = Blocks(_best.Outcome.Decisions);
        for (int j = 0; j < blocks.Count && !Spent(); j++)
        {
            int thread = blocks[j].Thread;
            int before = blocks.FindLastIndex(j - 1 < 0 ? 0 : j - 1, b => b.Thread == thread);
            if (before >= 0 && before < j - 1 && Try(Moved(blocks, j, before + 1))) return true;
            int after = j + 2 < blocks.Count ? blocks.FindIndex(j + 2, b => b.Thread == thread) : -1;
            if (after > j + 1 && !Spent() && Try(Moved(blocks, j, after))) return true;
        }
        return false;
    }

    /// <summary>Cuts decisions into maximal runs of one thread; a value choice or a flush belongs to the thread decision before it.</summary>
    private static List<(int Thread, List<ScheduleStep> Steps)> Blocks(IReadOnlyList<ScheduleStep> decisions)
    {
        var blocks = new List<(int Thread, List<ScheduleStep> Steps)>();
        foreach (var s in decisions)
        {
            bool owned = s.IsThread && s.Op != OpKind.Flush;
            if (blocks.Count > 0 && (!owned || blocks[^1].Thread == s.Value)) blocks[^1].Steps.Add(s);
            else blocks.Add((owned ? s.Value : -1, new List<ScheduleStep> { s }));
        }
        return blocks;
    }

    /// <summary>The decisions with block <paramref name="from"/> moved to position <paramref name="to"/> (an index into the original list).</summary>
    private static List<ScheduleStep> Moved(List<(int Thread, List<ScheduleStep> Steps)> blocks, int from, int to)
    {
        var order = new List<int>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i == to) order.Add(from);
            if (i != from) order.Add(i);
        }
        if (to >= blocks.Count) order.Add(from);
        var steps = new List<ScheduleStep>();
        foreach (var i in order) steps.AddRange(blocks[i].Steps);
        return steps;
    }

    /// <summary>
    /// Re-places one preemption alone: each preemptive directive becomes a point directive (preempt the first time its
    /// thread is at the same program point), tried by itself and after each free choice of the default run (at most
    /// <c>FreeChoices</c> of them). This finds the one-preemption core of a bug that other directives only led up to.
    /// True when one made the schedule strictly cheaper.
    /// </summary>
    private bool Reanchor()
    {
        const int FreeChoices = 16;
        _defaultRun ??= Execute(null, Array.Empty<ScheduleDirective>());
        if (_defaultRun is null) return false;
        var choices = new List<ScheduleDirective>();
        foreach (var p in _defaultRun.FreePoints)
            foreach (var id in p.Enabled)
                if (id != p.Default && id < ControlledRuntime.FlushIdBase && choices.Count < FreeChoices)
                    choices.Add(new ScheduleDirective(p.AnchorThread, p.AnchorCount, -1, id, Lazy: false, Preemptive: false) { Decision = p.Decision });
        for (int i = _best.Directives.Count - 1; i >= 0 && !Spent(); i--)
        {
            var d = _best.Directives[i];
            if (!d.Preemptive || d.Point is null) continue;
            if (TryAlone(d with { AtPoint = true, Decision = int.MaxValue }, choices)) return true;
        }
        return _best.Preemptions >= 2 && Probe(choices);
    }

    /// <summary>
    /// One preemption of the failing thread at each program point it passed (the first time it gets there), in favour
    /// of each other thread, alone and after each free choice: the single-preemption schedules around the failure.
    /// Only worth it while the best has at least two preemptions. True when one made the schedule strictly cheaper.
    /// </summary>
    private bool Probe(List<ScheduleDirective> choices)
    {
        const int MaxPoints = 32;
        int failing = _best.Outcome.Bug!.Thread;
        if (failing < 0) return false;
        var threads = _best.Outcome.Decisions.Where(s => s.IsThread && s.Op != OpKind.Flush && s.Value != failing).Select(s => s.Value).Distinct().Order().ToList();
        foreach (var point in _best.Cursor.PointsOf(failing).Take(MaxPoints))
        {
            foreach (var other in threads)
            {
                if (Spent()) return false;
                var d = new ScheduleDirective(failing, 0, -1, other, Lazy: false, Preemptive: true) { AtPoint = true, Point = point, Decision = int.MaxValue };
                if (TryAlone(d, choices)) return true;
            }
        }
        return false;
    }

    /// <summary>Tries <paramref name="atPoint"/> alone, then after each free choice of the default run.</summary>
    private bool TryAlone(ScheduleDirective atPoint, List<ScheduleDirective> choices)
    {
        if (Try(new[] { atPoint }, strict: true)) return true;
        foreach (var choice in choices)
            if (Try(new[] { choice, atPoint }, strict: true)) return true;
        return false;
    }

    /// <summary>Free points of the best run before <paramref name="d"/> at which its target was enabled: the nearest few, then the earliest.</summary>
    private IEnumerable<FreePoint> EarlierFreePoints(ScheduleDirective d)
    {
        const int Nearest = 4;
        var points = new List<FreePoint>();
        foreach (var p in _best.FreePoints)
            if (p.Decision < d.Decision && p.Default != d.Value && Array.IndexOf(p.Enabled, d.Value) >= 0) points.Add(p);
        for (int k = points.Count - 1; k >= 0 && k >= points.Count - Nearest; k--) yield return points[k];
        if (points.Count > Nearest) yield return points[0];
    }

    /// <summary>
    /// Replays <paramref name="directives"/>; keeps the run as the best when it fails the same way and costs no more
    /// (<paramref name="strict"/>: costs less). False when the budget is spent.
    /// </summary>
    private bool Try(IReadOnlyList<ScheduleDirective> directives, bool strict) => Accept(Execute(null, directives), strict);

    /// <summary>Replays a sequence of decisions leniently; keeps the run when it fails the same way and costs less.</summary>
    private bool Try(IReadOnlyList<ScheduleStep> sequence) => Accept(Execute(sequence, Array.Empty<ScheduleDirective>()), strict: true);

    private bool Accept(Candidate? c, bool strict)
    {
        if (c is null) return false;
        if (c.Outcome.Bug is not { } bug || FailureSignature.Of(bug) != _target) return false;
        int order = Compare(c, _best);
        bool better = order < 0;
        bool same = order == 0;
        if (!better && (strict || !same)) return false;
        _best = c;
        return true;
    }

    /// <summary>The cost order: preemptions, then weak-memory decisions, then steps.</summary>
    private static int Compare(Candidate a, Candidate b)
    {
        int c = a.Preemptions.CompareTo(b.Preemptions);
        if (c == 0) c = a.WeakDecisions.CompareTo(b.WeakDecisions);
        return c != 0 ? c : a.Steps.CompareTo(b.Steps);
    }

    /// <summary>One guided run; null when the budget is spent.</summary>
    private Candidate? Execute(IReadOnlyList<ScheduleStep>? sequence, IReadOnlyList<ScheduleDirective> directives)
    {
        if (Spent()) return null;
        _replays++;
        var cursor = new GuideCursor(sequence, directives);
        var outcome = _runtime.RunGuided(_body, cursor, _original);
        return new Candidate(outcome, cursor.Realized, cursor.FreePoints, cursor);
    }

    private bool Spent()
    {
        if (_exhausted is not null) return true;
        if (_replays >= _maxReplays)
            _exhausted = string.Create(CultureInfo.InvariantCulture, $"the budget of {_maxReplays} replays ran out");
        else if (_clock.Elapsed >= _maxTime)
            _exhausted = string.Create(CultureInfo.InvariantCulture, $"the budget of {_maxTime.TotalSeconds:0.##}s ran out");
        return _exhausted is not null;
    }

    public void Dispose()
    {
        if (_ownsRuntime) _runtime.Dispose();
    }

    /// <summary>A replayed candidate: its outcome and the directives it realized (which reproduce it exactly).</summary>
    private sealed record Candidate(ReplayOutcome Outcome, IReadOnlyList<ScheduleDirective> Directives, IReadOnlyList<FreePoint> FreePoints, GuideCursor Cursor)
    {
        public int Preemptions => Outcome.Preemptions;
        public int Steps => Outcome.Steps;
        public int WeakDecisions => Outcome.WeakDecisions;
    }
}
