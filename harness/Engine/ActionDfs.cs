using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Preemption-bounded depth-first search over the decisions of a spec workload run one whole spec action at a time
/// (the export mode of <see cref="TraceCursor"/>): which ready thread takes the next action, and every value choice
/// the implementation makes (a workload's choice of operation, which sleeper a futex wake releases).
///
/// The search is stateless: every iteration runs the workload from the start, replays the decisions of a prefix and
/// then takes the default (the thread that took the last action, if it is ready; the first value). After an
/// iteration, the deepest decision with an untried alternative within the bound is advanced and the path below it is
/// dropped. A preemption is taking an action on another thread while the last one could go on; schedules are
/// enumerated in order of the path, so all schedules within the bound are run exactly once, and the search reports
/// when they are exhausted. Thread options are ordered with the continuing thread first, so the first schedule has no
/// preemption at all.
/// </summary>
internal sealed class ActionDfs
{
    private readonly int _bound;
    private readonly List<Decision> _path = new();
    private List<int> _prefix = new();
    private int _pos;
    private int _preemptions;

    private readonly record struct Decision(int Choice, int Count, bool Thread, bool HasContinuation, int PreemptionsBefore);

    public ActionDfs(int preemptionBound)
    {
        if (preemptionBound < 0) throw new ArgumentOutOfRangeException(nameof(preemptionBound), "the preemption bound must be at least 0");
        _bound = preemptionBound;
    }

    /// <summary>Schedules run so far (iterations begun).</summary>
    public long Schedules { get; private set; }

    /// <summary>The decisions of the current iteration (a schedule of this search), to run it again.</summary>
    public IReadOnlyList<int> Path
    {
        get
        {
            var p = new List<int>(_path.Count);
            foreach (var d in _path) p.Add(d.Choice);
            return p;
        }
    }

    /// <summary>Starts an iteration that follows <paramref name="prefix"/> (the next schedule when null).</summary>
    public void BeginIteration(IReadOnlyList<int>? prefix = null)
    {
        if (prefix is not null) _prefix = new List<int>(prefix);
        _path.Clear();
        _pos = 0;
        _preemptions = 0;
        Schedules++;
    }

    /// <summary>
    /// Picks the thread (an element of <paramref name="ready"/>, ids ascending) to take the next action;
    /// <paramref name="last"/> is the thread that took the previous one (-1 at the start).
    /// </summary>
    public int ChooseThread(IReadOnlyList<int> ready, int last)
    {
        int cont = -1;
        for (int i = 0; i < ready.Count; i++) if (ready[i] == last) cont = i;
        int c = Next(ready.Count, thread: true, cont >= 0);
        // Option 0 is the continuing thread when it is ready, then the others in ascending order.
        if (cont < 0) return ready[c];
        if (c == 0) return ready[cont];
        int k = c - 1;
        return ready[k >= cont ? k + 1 : k];
    }

    /// <summary>A value choice among <paramref name="count"/> options.</summary>
    public int ChooseValue(int count) => Next(count, thread: false, hasContinuation: false);

    private int Next(int count, bool thread, bool hasContinuation)
    {
        int c = _pos < _prefix.Count ? _prefix[_pos] : 0;
        if (c >= count)
            throw new InvalidOperationException(
                $"the workload is not deterministic: decision {_pos + 1} replays option {c} of {count} (it had more options when the schedule was recorded)");
        _path.Add(new Decision(c, count, thread, hasContinuation, _preemptions));
        if (thread && hasContinuation && c > 0) _preemptions++;
        _pos++;
        return c;
    }

    /// <summary>Moves to the next schedule within the bound; false when every schedule has been run.</summary>
    public bool Advance()
    {
        for (int d = _path.Count - 1; d >= 0; d--)
        {
            var x = _path[d];
            int next = x.Choice + 1;
            if (next >= x.Count) continue;
            // Any option but the continuation is a preemption; they cost the same, so one check covers them all.
            if (x.Thread && x.HasContinuation && x.PreemptionsBefore + 1 > _bound) continue;
            _prefix = new List<int>(d + 1);
            for (int i = 0; i < d; i++) _prefix.Add(_path[i].Choice);
            _prefix.Add(next);
            return true;
        }
        return false;
    }
}
