using System;
using System.Collections.Generic;
using Weft.Schedules;

namespace Weft.Engine;

/// <summary>
/// Drives a guided run, the replay mode of schedule minimization. Unlike <see cref="ReplayCursor"/> it never diverges:
/// every decision it cannot take from its sources falls back to the default rule, so a shortened or edited schedule
/// still runs deterministically to an end.
///
/// Sources, consulted in this order at each decision:
/// 1. an optional sequence of recorded decisions, consumed one per decision (lenient replay): a thread decision whose
///    thread is enabled is taken; one whose thread is not enabled, or a value where a thread is expected, is consumed
///    and the default is used instead;
/// 2. <see cref="ScheduleDirective"/>s, anchored at "the decision after thread A's k-th selection" (and, for value
///    choices, the ordinal of the choice since that decision), so that removing one directive does not move the
///    others: a directive applies when its anchor is reached and its thread is enabled (or its value is in range);
///    a lazy directive waits from its anchor for a free switch, a point directive for its thread to reach a program
///    point (see <see cref="ScheduleDirective"/>). A TSO flush is not a selection, so the decision after it has the same
///    anchor: the flush directives of one anchor are taken first, in order, each when its buffer is not empty, and the
///    thread directive of that anchor after them, so removing a flush does not move the thread choice;
/// 3. the default rule (see <see cref="ControlledRuntime"/>): keep running the current thread while it is enabled and
///    not paused at a yield; otherwise the lowest-numbered thread the yield rule offers (a really enabled one before a
///    spurious or timed wake-up); for a value choice, 0 (the newest store, the last place in modification order); a
///    store buffer is flushed only when a directive says so (otherwise stores stay buffered until their thread drains).
///
/// Every decision that differs from the default is recorded in <see cref="Realized"/>, with the anchor where it was
/// taken, so a run's realized directives reproduce it exactly.
/// </summary>
internal sealed class GuideCursor
{
    private readonly IReadOnlyList<ScheduleStep>? _sequence;
    private int _index;
    private readonly Dictionary<(int Thread, int Count, int Ordinal), ScheduleDirective> _exact = new();
    private readonly List<ScheduleDirective> _lazy = new();
    private readonly Dictionary<(int Thread, int Count), List<ScheduleDirective>> _flushes = new();
    private readonly List<ScheduleDirective> _realized = new();
    private readonly List<FreePoint> _freePoints = new();
    private int _decisions;
    private readonly Dictionary<int, List<ProgramPoint>> _points = new();
    private readonly HashSet<(int, ProgramPoint)> _seen = new();

    public GuideCursor(IReadOnlyList<ScheduleStep>? sequence, IEnumerable<ScheduleDirective> directives)
    {
        _sequence = sequence;
        foreach (var d in directives)
        {
            if (d.IsFlush)
            {
                if (!_flushes.TryGetValue((d.AnchorThread, d.AnchorCount), out var list)) _flushes[(d.AnchorThread, d.AnchorCount)] = list = new List<ScheduleDirective>();
                list.Add(d);
            }
            else if (d.Lazy || d.AtPoint) _lazy.Add(d);
            else _exact[(d.AnchorThread, d.AnchorCount, d.Ordinal)] = d;
        }
    }

    /// <summary>The decisions of this run that differ from the default rule, in the order they were taken.</summary>
    public IReadOnlyList<ScheduleDirective> Realized => _realized;

    /// <summary>The distinct program points at which <paramref name="thread"/> was paused when a decision was made, in first-seen order.</summary>
    public IReadOnlyList<ProgramPoint> PointsOf(int thread) =>
        _points.TryGetValue(thread, out var list) ? list : Array.Empty<ProgramPoint>();

    /// <summary>
    /// The decisions of this run at which switching was free (the last thread blocked, finished or yielded) and the
    /// default was taken although another thread was enabled: where a context switch costs no preemption.
    /// </summary>
    public IReadOnlyList<FreePoint> FreePoints => _freePoints;

    /// <summary>
    /// Picks a thread: returns an index into <paramref name="enabled"/>. <paramref name="defaultIndex"/> is the default
    /// rule's pick; the anchor is the last selected thread and how often it has been selected; <paramref name="free"/>
    /// is true when switching away from it costs no preemption (it is blocked, finished or paused at a yield).
    /// </summary>
    public int NextThread(ReadOnlySpan<int> enabled, int defaultIndex, int anchorThread, int anchorCount, ProgramPoint point, bool free)
    {
        if (anchorThread >= 0 && _seen.Add((anchorThread, point)))
        {
            if (!_points.TryGetValue(anchorThread, out var list)) _points[anchorThread] = list = new List<ProgramPoint>();
            list.Add(point);
        }
        int pick = -1;
        if (_sequence is not null && _index < _sequence.Count)
        {
            var s = _sequence[_index++];
            if (s.IsThread) pick = enabled.IndexOf(s.Op == OpKind.Flush ? ControlledRuntime.FlushIdBase + s.Value : s.Value);
        }
        else if (TakeFlush(enabled, anchorThread, anchorCount) is >= 0 and var flush)
        {
            pick = flush;
        }
        else if (_exact.TryGetValue((anchorThread, anchorCount, -1), out var d))
        {
            pick = enabled.IndexOf(d.Value);
        }
        else
        {
            pick = TakeLazy(enabled, anchorThread, anchorCount, point, free);
        }
        if (pick < 0) pick = defaultIndex;
        int decision = ++_decisions;
        if (pick != defaultIndex)
            _realized.Add(new ScheduleDirective(anchorThread, anchorCount, -1, enabled[pick], Lazy: false, Preemptive: !free && enabled[pick] < ControlledRuntime.FlushIdBase) { Decision = decision, Point = point });
        else if (free && enabled.Length > 1)
            _freePoints.Add(new FreePoint(anchorThread, anchorCount, decision, enabled.ToArray(), enabled[defaultIndex]));
        return pick;
    }

    /// <summary>A value choice among <paramref name="count"/>, the <paramref name="ordinal"/>-th since the anchor decision.</summary>
    public int NextValue(int count, int anchorThread, int anchorCount, int ordinal)
    {
        int v = -1;
        if (_sequence is not null && _index < _sequence.Count)
        {
            var s = _sequence[_index++];
            if (!s.IsThread) v = s.Value;
        }
        else if (_exact.TryGetValue((anchorThread, anchorCount, ordinal), out var d))
        {
            v = d.Value;
        }
        if (v < 0 || v >= count) v = 0;
        if (v != 0) _realized.Add(new ScheduleDirective(anchorThread, anchorCount, ordinal, v, Lazy: false, Preemptive: false) { Decision = _decisions });
        return v;
    }

    /// <summary>The first flush directive of this anchor whose buffer holds a store; consumed. -1 when there is none.</summary>
    private int TakeFlush(ReadOnlySpan<int> enabled, int thread, int count)
    {
        if (_flushes.Count == 0 || !_flushes.TryGetValue((thread, count), out var list)) return -1;
        for (int i = 0; i < list.Count; i++)
        {
            int pick = enabled.IndexOf(list[i].Value);
            if (pick < 0) continue;
            list.RemoveAt(i);
            return pick;
        }
        return -1;
    }

    /// <summary>
    /// The first lazy directive of <paramref name="thread"/> that applies (switching is free and its count has been
    /// reached) or point directive (the thread is at its point) whose target is enabled; consumed.
    /// </summary>
    private int TakeLazy(ReadOnlySpan<int> enabled, int thread, int count, ProgramPoint point, bool free)
    {
        for (int i = 0; i < _lazy.Count; i++)
        {
            var d = _lazy[i];
            if (d.AnchorThread != thread) continue;
            if (d.AtPoint ? d.Point != point : !free || count < d.AnchorCount) continue;
            int pick = enabled.IndexOf(d.Value);
            if (pick < 0) continue;
            _lazy.RemoveAt(i);
            return pick;
        }
        return -1;
    }
}
