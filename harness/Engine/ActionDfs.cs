using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Preemption-bounded depth-first search over the decisions of a spec workload run one whole spec action at a time
/// (the export mode of <see cref="TraceCursor"/>): which ready thread takes the next action, and every value choice
/// the implementation makes (a workload's choice of operation, which sleeper a futex wake releases). The search itself
/// is <see cref="DecisionDfs"/>, the engine the test-body search (<see cref="Strategies.DfsStrategy"/>) runs on too;
/// this class orders a decision's options (the continuing thread first, the sleepers last) and maps them to threads.
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
/// state after every action past the replayed prefix and hands it to the engine's state-caching hook
/// (<see cref="Reach"/>), which ends the iteration at a state already reached, so the search
/// is exhausted once every reachable state's successors have been run, as TLC explores a configuration.
/// </summary>
internal sealed class ActionDfs
{
    private readonly DecisionDfs _dfs;
    private readonly bool _roundRobin;

    /// <summary>No preemption bound: the mode of the stateful search (<see cref="StateSpace"/>), which prunes revisited states instead.</summary>
    public const int Unbounded = DecisionDfs.Unbounded;

    /// <param name="preemptionBound">at least 0; <see cref="Unbounded"/> for the stateful search</param>
    /// <param name="roundRobin">the delay-bounded search from round-robin</param>
    /// <param name="space">the stateful search's state space (the engine's state-caching hook)</param>
    /// <param name="canonicalOrder">options in ascending thread id order, whichever thread acted last (the order of the
    /// stateful walk, <see cref="DecisionDfs.WalksStateGraph"/>; a run of it is replayed with the same order)</param>
    /// <param name="walkStateGraph">see <see cref="DecisionDfs"/></param>
    public ActionDfs(int preemptionBound, bool roundRobin = false, StateSpace? space = null, bool canonicalOrder = false, bool walkStateGraph = true)
    {
        _dfs = new DecisionDfs(preemptionBound, space, walkStateGraph);
        _roundRobin = roundRobin;
        CanonicalOrder = canonicalOrder || _dfs.WalksStateGraph;
    }

    /// <summary>True when a thread decision's options are the runnable threads in ascending id order, then the sleepers.</summary>
    public bool CanonicalOrder { get; }

    /// <summary>The decision-tree search this one drives (shared with the test-body search).</summary>
    internal DecisionDfs Engine => _dfs;

    /// <summary>True for the delay-bounded round-robin search (the bound counts delays, not preemptions).</summary>
    public bool RoundRobin => _roundRobin;

    /// <summary>
    /// True while the current iteration replays the decisions of its prefix: the states it passes were reached by an
    /// earlier iteration (a stateful search neither fingerprints nor counts them again).
    /// </summary>
    public bool Replaying => _dfs.Replaying;

    /// <summary>Schedules run so far (iterations begun).</summary>
    public long Schedules => _dfs.Iterations;

    /// <summary>The decisions of the current iteration (a schedule of this search), to run it again.</summary>
    public IReadOnlyList<int> Path => _dfs.Path;

    /// <summary>Starts an iteration that follows <paramref name="prefix"/> (the next schedule when null).</summary>
    public void BeginIteration(IReadOnlyList<int>? prefix = null) => _dfs.BeginIteration(prefix);

    /// <summary>
    /// Picks the thread to take the next action: one of <paramref name="runnable"/> (threads that can take an action,
    /// ids ascending) or one of <paramref name="wakeable"/> (sleepers the engine offers to wake: spurious wake-ups,
    /// timeouts). <paramref name="last"/> is the thread that took the previous action (-1 at the start).
    /// </summary>
    public int ChooseThread(IReadOnlyList<int> runnable, IReadOnlyList<int> wakeable, int last)
    {
        int cont = -1;
        if (CanonicalOrder) { }
        else if (_roundRobin)
        {
            // The next ready thread after the last one, cyclically: the round-robin scheduler's pick.
            for (int i = 0; i < runnable.Count && cont < 0; i++) if (runnable[i] > last) cont = i;
            if (cont < 0 && runnable.Count > 0) cont = 0;
        }
        else
        {
            for (int i = 0; i < runnable.Count; i++) if (runnable[i] == last) cont = i;
        }
        int c = Next(new DecisionDfs.Decision(0, runnable.Count + wakeable.Count, true, runnable.Count, cont >= 0, 0));
        if (c >= runnable.Count) return wakeable[c - runnable.Count];
        // Option 0 is the continuing thread when it can go on, then the other runnable threads in ascending order.
        if (cont < 0) return runnable[c];
        if (c == 0) return runnable[cont];
        int k = c - 1;
        return runnable[k >= cont ? k + 1 : k];
    }

    /// <summary>A value choice among <paramref name="count"/> options.</summary>
    public int ChooseValue(int count) => Next(new DecisionDfs.Decision(0, count, false, 0, false, 0));

    private int Next(DecisionDfs.Decision d)
    {
        int position = _dfs.Position;
        int c = _dfs.Next(d, out var mismatch);
        if (mismatch is { } m)
            throw new InvalidOperationException(
                $"the workload is not deterministic: decision {position + 1} had {m.Recorded} options within the bound when the schedule was recorded, and has {m.Found} now");
        return c;
    }

    /// <summary>
    /// The state-caching hook of the stateful search: the state <paramref name="fingerprint"/> reached after
    /// <paramref name="actions"/> actions; true when the run should end there (<see cref="DecisionDfs.Reach"/>).
    /// </summary>
    public bool Reach(UInt128 fingerprint, int actions) => _dfs.Reach(fingerprint, actions);

    /// <summary>The run in progress left the configuration's constraint (<see cref="DecisionDfs.LeftConstraint"/>).</summary>
    public void LeftConstraint() => _dfs.LeftConstraint();

    /// <summary>Moves to the next schedule within the bound; false when every schedule has been run.</summary>
    public bool Advance() => _dfs.Advance();
}
