using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// The states a stateful spec-level search has reached (<see cref="ActionDfs"/> with a state space), the way TLC keeps
/// its set of fingerprints: each state at an action boundary is identified by its <see cref="StateFingerprint"/>, and
/// a run that reaches a state already reached at the same or a smaller depth ends there (the state's successors were or
/// will be explored from its first visit). A state reached again at a smaller depth is explored again, so a bound on
/// the number of actions loses nothing the bound allows. Since the implementation cannot be snapshotted, the search
/// reaches every state by running a path of decisions from the start (a depth-first prefix, or the walk of
/// <see cref="StateGraphWalk"/> along known edges); <see cref="ActionsRun"/> counts all actions run,
/// <see cref="ActionsReplayed"/> those spent on known transitions.
///
/// The space keeps every transition it saw (source and target state ids), so <see cref="BreadthFirstDepth"/> gives the
/// depth TLC reports (the number of states on the longest of the shortest behaviours to each state), whatever order
/// the depth-first search met the states in.
/// </summary>
internal sealed class StateSpace
{
    private readonly Dictionary<UInt128, (int Id, int Depth)> _seen = new();
    private readonly List<(int From, int To)> _edges = new();
    private readonly List<int> _trail = new(); // _trail[i]: the id of the state after i actions of the current run

    /// <summary>The hasher of the search's states, shared by its runs (its buffers are reused from state to state).</summary>
    public StateFingerprint Fingerprinter { get; } = new();

    /// <summary>What a visit found: a new state, one seen before only deeper (explored again), or one seen at this depth or above.</summary>
    public enum Visit { New, Shallower, Seen }

    /// <summary>
    /// False for the soundness check of pruning: every state is still fingerprinted and recorded, but no run ends at a
    /// revisit, so the search runs every schedule within its action bound (stateless, exponential; tiny configurations only).
    /// </summary>
    public bool Prune { get; init; } = true;

    /// <summary>
    /// True when an action bound may cut the search: a state reached again at a smaller depth is then explored again
    /// (its successors may have been cut the first time). Without a bound every revisit is pruned: the successors of a
    /// state do not depend on the depth it was met at, and the depth reported comes from the transitions anyway.
    /// </summary>
    public bool ReexpandShallower { get; init; } = true;

    /// <summary>Distinct states within the constraint.</summary>
    public int States => _seen.Count;

    /// <summary>Transitions executed into states within the constraint (TLC's "states generated" less the initial state).</summary>
    public long Transitions { get; private set; }

    /// <summary>Successor states outside the configuration's constraint (checked, not counted, not explored).</summary>
    public long OutsideConstraint { get; private set; }

    /// <summary>The deepest action boundary the depth-first search reached (actions from the initial state).</summary>
    public int MaxPathActions { get; private set; }

    /// <summary>Runs the action bound ended before their state was expanded (0: the bound did not limit the search).</summary>
    public long CutByActionBound { get; set; }

    public long ActionsRun { get; set; }

    public long ActionsReplayed { get; set; }

    /// <summary>Time spent mapping and fingerprinting states (the rest of a search is running the implementation).</summary>
    public TimeSpan FingerprintTime { get; set; }

    /// <summary>
    /// Records that the current run reached the state <paramref name="fingerprint"/> after <paramref name="actions"/>
    /// actions (0: the initial state), coming from the state the run was in after <paramref name="actions"/> - 1.
    /// </summary>
    public Visit Reach(UInt128 fingerprint, int actions)
    {
        int from = actions > 0 ? _trail[actions - 1] : -1;
        if (actions > 0) Transitions++;
        if (actions > MaxPathActions) MaxPathActions = actions;
        if (_seen.TryGetValue(fingerprint, out var known))
        {
            if (from >= 0) _edges.Add((from, known.Id));
            if (known.Depth <= actions || !ReexpandShallower) return Visit.Seen;
            _seen[fingerprint] = (known.Id, actions);
            SetTrail(actions, known.Id);
            return Visit.Shallower;
        }
        int id = _seen.Count;
        _seen.Add(fingerprint, (id, actions));
        if (from >= 0) _edges.Add((from, id));
        SetTrail(actions, id);
        return Visit.New;
    }

    /// <summary>
    /// Records that a run reached the state <paramref name="fingerprint"/> after <paramref name="actions"/> actions, by an
    /// action from the state <paramref name="from"/> (-1 for the initial state); <paramref name="id"/> is its id. The
    /// stateful walk's entry (<see cref="StateGraphWalk"/>): it names the source itself, since it does not fingerprint the
    /// states of the known edges it walks. Every revisit is <see cref="Visit.Seen"/> (no action bound).
    /// </summary>
    public Visit ReachFrom(UInt128 fingerprint, int from, int actions, out int id)
    {
        if (from >= 0) Transitions++;
        if (actions > MaxPathActions) MaxPathActions = actions;
        if (_seen.TryGetValue(fingerprint, out var known))
        {
            id = known.Id;
            if (from >= 0) _edges.Add((from, id));
            return Visit.Seen;
        }
        id = _seen.Count;
        _seen.Add(fingerprint, (id, actions));
        if (from >= 0) _edges.Add((from, id));
        return Visit.New;
    }

    /// <summary>A successor outside the constraint: counted apart, not explored.</summary>
    public void Outside() => OutsideConstraint++;

    private void SetTrail(int actions, int id)
    {
        if (_trail.Count > actions) _trail.RemoveRange(actions, _trail.Count - actions);
        if (_trail.Count != actions) throw new InvalidOperationException($"internal: the search's trail has {_trail.Count} states at action {actions}");
        _trail.Add(id);
    }

    /// <summary>The fingerprints reached so far (for comparing two searches' state sets).</summary>
    public IReadOnlyCollection<UInt128> Fingerprints => _seen.Keys;

    /// <summary>
    /// TLC's depth: 1 + the largest breadth-first distance from the initial state (state 0) over the transitions seen,
    /// i.e. the number of states in the longest shortest behaviour. 0 when no state was reached.
    /// </summary>
    public int BreadthFirstDepth()
    {
        int n = _seen.Count;
        if (n == 0) return 0;
        var start = new int[n + 1];
        foreach (var (from, _) in _edges) start[from + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var next = new int[_edges.Count];
        foreach (var (from, to) in _edges) next[fill[from]++] = to;
        var distance = new int[n];
        Array.Fill(distance, -1);
        var queue = new Queue<int>();
        distance[0] = 0;
        queue.Enqueue(0);
        int deepest = 0;
        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            deepest = Math.Max(deepest, distance[s]);
            for (int k = start[s]; k < start[s + 1]; k++)
            {
                int t = next[k];
                if (distance[t] >= 0) continue;
                distance[t] = distance[s] + 1;
                queue.Enqueue(t);
            }
        }
        return deepest + 1;
    }
}
