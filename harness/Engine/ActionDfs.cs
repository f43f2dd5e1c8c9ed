using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Preemption-bounded depth-first search over the decisions of a spec workload run one whole spec action at a time
/// (the export mode of <see cref="TraceCursor"/>): which ready thread takes the next action, and every value choice
/// the implementation makes (a workload's choice of operation, which sleeper a futex wake releases).
///
/// Without a state space the search is stateless: every iteration runs the workload from the start, replays the decisions of a prefix and
/// then takes the default (the thread that took the last action, if it is ready; the first value). After an
/// iteration, the deepest decision with an untried alternative within the bound is advanced and the path below it is
/// dropped. A preemption is taking an action on another thread while the last one could go on, or waking a sleeper
/// (a spurious wake-up, a timeout) while some thread could run; schedules are enumerated in order of the path, so all
/// schedules within the bound are run exactly once, and the search reports when they are exhausted. Thread options are
/// ordered with the continuing thread first and the sleepers last, so the first schedule has no preemption at all.
///
/// Round-robin mode (a configuration with an adversarial <c>ACTION_CONSTRAINT</c>): the search is delay-bounded
/// instead (M. Emmi, S. Qadeer, Z. Rakamarić, "Delay-bounded scheduling", POPL 2011): the default option is the next
/// ready thread after the last one in cyclic id order, and taking any other costs one delay. Under a constraint that
/// decides when each thread may act, the free schedule is then the one that hands over at every step the constraint
/// allows (an adversary interleaving as often as it may), which a preemption bound would charge at every switch.
///
/// With a <see cref="StateSpace"/> (bound <see cref="Unbounded"/>) the search is stateful: the cursor fingerprints the
/// state after every action past the replayed prefix and ends the iteration at a state already reached, so the search
/// is exhausted once every reachable state's successors have been run, as TLC explores a configuration.
/// </summary>
internal sealed class ActionDfs
{
    private readonly int _bound;
    private readonly bool _roundRobin;
    private readonly List<Decision> _path = new();
    private List<int> _prefix = new();
    private int _pos;
    private int _preemptions;

    /// <summary>
    /// One decision: the option taken among <see cref="Count"/>. For a thread decision the options are the runnable
    /// threads (the continuing one first when <see cref="HasContinuation"/>) and then the sleepers the engine offers
    /// to wake (<see cref="Count"/> - <see cref="Runnable"/> of them).
    /// </summary>
    private readonly record struct Decision(int Choice, int Count, bool Thread, int Runnable, bool HasContinuation, int PreemptionsBefore)
    {
        /// <summary>
        /// What option <paramref name="i"/> costs from the bound: another runnable thread while the last one could go
        /// on, or a wake-up (spurious, or a timeout) while some thread could run, is one; anything else is free.
        /// </summary>
        public int Cost(int i) => !Thread ? 0 : i < Runnable ? (HasContinuation && i > 0 ? 1 : 0) : (Runnable > 0 ? 1 : 0);
    }

    /// <summary>No preemption bound: the mode of the stateful search (<see cref="StateSpace"/>), which prunes revisited states instead.</summary>
    public const int Unbounded = int.MaxValue;

    public ActionDfs(int preemptionBound, bool roundRobin = false)
    {
        if (preemptionBound < 0) throw new ArgumentOutOfRangeException(nameof(preemptionBound), "the preemption bound must be at least 0");
        _bound = preemptionBound;
        _roundRobin = roundRobin;
    }

    /// <summary>True for the delay-bounded round-robin search (the bound counts delays, not preemptions).</summary>
    public bool RoundRobin => _roundRobin;

    /// <summary>
    /// True while the current iteration replays the decisions of its prefix: the states it passes were reached by an
    /// earlier iteration (a stateful search neither fingerprints nor counts them again).
    /// </summary>
    public bool Replaying => _pos < _prefix.Count;

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
    /// Picks the thread to take the next action: one of <paramref name="runnable"/> (threads that can take an action,
    /// ids ascending) or one of <paramref name="wakeable"/> (sleepers the engine offers to wake: spurious wake-ups,
    /// timeouts). <paramref name="last"/> is the thread that took the previous action (-1 at the start).
    /// </summary>
    public int ChooseThread(IReadOnlyList<int> runnable, IReadOnlyList<int> wakeable, int last)
    {
        int cont = -1;
        if (_roundRobin)
        {
            // The next ready thread after the last one, cyclically: the round-robin scheduler's pick.
            for (int i = 0; i < runnable.Count && cont < 0; i++) if (runnable[i] > last) cont = i;
            if (cont < 0 && runnable.Count > 0) cont = 0;
        }
        else
        {
            for (int i = 0; i < runnable.Count; i++) if (runnable[i] == last) cont = i;
        }
        var d = new Decision(0, runnable.Count + wakeable.Count, true, runnable.Count, cont >= 0, _preemptions);
        int c = Next(d);
        if (c >= runnable.Count) return wakeable[c - runnable.Count];
        // Option 0 is the continuing thread when it can go on, then the other runnable threads in ascending order.
        if (cont < 0) return runnable[c];
        if (c == 0) return runnable[cont];
        int k = c - 1;
        return runnable[k >= cont ? k + 1 : k];
    }

    /// <summary>A value choice among <paramref name="count"/> options.</summary>
    public int ChooseValue(int count) => Next(new Decision(0, count, false, 0, false, _preemptions));

    private int Next(Decision d)
    {
        int c = _pos < _prefix.Count ? _prefix[_pos] : 0;
        if (c >= d.Count)
            throw new InvalidOperationException(
                $"the workload is not deterministic: decision {_pos + 1} replays option {c} of {d.Count} (it had more options when the schedule was recorded)");
        _path.Add(d with { Choice = c });
        _preemptions += d.Cost(c);
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
            while (next < x.Count && _bound != Unbounded && x.PreemptionsBefore + x.Cost(next) > _bound) next++;
            if (next >= x.Count) continue;
            _prefix = new List<int>(d + 1);
            for (int i = 0; i < d; i++) _prefix.Add(_path[i].Choice);
            _prefix.Add(next);
            return true;
        }
        return false;
    }
}
