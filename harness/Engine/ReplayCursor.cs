using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Schedules;

namespace Weft.Engine;

/// <summary>
/// Replay, written once above all strategies: feeds the recorded decisions back to the runtime and checks
/// at every step that the program is where the schedule says it was. The first departure is a divergence
/// naming the step, the expected scheduling point and the actual one.
/// </summary>
internal sealed class ReplayCursor
{
    private readonly Schedule _schedule;
    private int _index;

    public ReplayCursor(Schedule schedule) => _schedule = schedule;

    public bool AtEnd => _index >= _schedule.Steps.Count;

    /// <summary>Where the current step was written (<c>file:line:col: </c>), or empty for a schedule built in memory.</summary>
    private string Here => _schedule.PositionPrefix(_index);

    public string Peek() => AtEnd ? "(end)" : _schedule.Steps[_index].PointText;

    public int NextThread(ReadOnlySpan<int> enabled, int step, List<ControlledThread> threads, ControlledRuntime rt)
    {
        if (AtEnd)
        {
            rt.ReportDivergenceAndThrow(
                $"step {step}: the schedule has ended but the program goes on; enabled: {Describe(enabled, threads)}");
        }
        var s = _schedule.Steps[_index];
        if (!s.IsThread)
            rt.ReportDivergenceAndThrow(Here + $"step {step}: the schedule expected a value choice ({s}) but the program reached a scheduling point" +
                (rt.Ra is null && _schedule.MemoryModel == Weft.MemoryModel.RA ? " (the replay does not run under ra: a load's choice of store is a value choice)" : "") +
                $"; enabled: {Describe(enabled, threads)}");
        if (s.Op == OpKind.Flush)
        {
            int flush = enabled.IndexOf(ControlledRuntime.FlushIdBase + s.Value);
            if (flush < 0)
                rt.ReportDivergenceAndThrow(Here + $"step {step}: expected a flush of thread {s.Value}'s store buffer, but it holds no store" +
                    (rt.Tso is null ? " (the replay runs under SC: the schedule needs memory-model: tso)" : "") + $"; enabled: {Describe(enabled, threads)}");
            _index++;
            return flush;
        }
        int idx = enabled.IndexOf(s.Value);
        if (idx < 0)
        {
            var why = s.Value < threads.Count ? $"thread {s.Value} is {threads[s.Value].StatusText} at {threads[s.Value].PendingOpDescription()}" : $"thread {s.Value} does not exist";
            rt.ReportDivergenceAndThrow(Here + $"step {step}: expected {s.PointText}, but {why}; enabled: {Describe(enabled, threads)}");
        }
        var t = threads[s.Value];
        if (t.PendingOp != s.Op || !string.Equals(t.Location, s.Location, StringComparison.Ordinal))
            rt.ReportDivergenceAndThrow(Here + $"step {step}: expected {s.PointText}, actual thread {t.Id} at {t.PendingOpDescription()}");
        _index++;
        return idx;
    }

    public int NextValue(int count, int step, ControlledRuntime rt)
    {
        if (AtEnd) rt.ReportDivergenceAndThrow($"step {step}: the schedule has ended but the program makes a choice among {count}");
        var s = _schedule.Steps[_index];
        if (s.IsThread) rt.ReportDivergenceAndThrow(Here + $"step {step}: expected {s.PointText}, but the program makes a choice among {count}");
        if (s.Value >= count) rt.ReportDivergenceAndThrow(Here + $"step {step}: the schedule chose {s.Value} but the program offers only {count} options");
        _index++;
        return s.Value;
    }

    /// <summary>
    /// Takes a recorded promise (release/acquire, <see cref="RaPromises"/>) when the next step is one: a value step of at
    /// least <see cref="RaPromises.MarkerBase"/> (the promising thread) followed by the value's zigzag code.
    /// </summary>
    public bool TryTakePromise(int step, ControlledRuntime rt, out PromiseCandidate promise)
    {
        promise = default;
        if (AtEnd) return false;
        var s = _schedule.Steps[_index];
        if (s.IsThread || s.Value < RaPromises.MarkerBase) return false;
        if (_index + 1 >= _schedule.Steps.Count || _schedule.Steps[_index + 1].IsThread)
            rt.ReportDivergenceAndThrow(Here + $"step {step}: the promise step v{s.Value} is not followed by the promised value");
        promise = new PromiseCandidate(s.Value - RaPromises.MarkerBase, RaPromises.Decode(_schedule.Steps[_index + 1].Value));
        _index += 2;
        return true;
    }

    private static string Describe(ReadOnlySpan<int> enabled, List<ControlledThread> threads)
    {
        var parts = new List<string>();
        foreach (var id in enabled)
            parts.Add(id >= ControlledRuntime.FlushIdBase ? $"flush of thread {id - ControlledRuntime.FlushIdBase}" : $"thread {id} at {threads[id].PendingOpDescription()}");
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}
