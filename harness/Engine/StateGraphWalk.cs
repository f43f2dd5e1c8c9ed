using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// The stateful mode of <see cref="DecisionDfs"/> (no preemption bound, no action bound, revisits pruned): which
/// decisions each run takes, chosen from the state graph the search has seen so far so that a run spends its actions
/// on transitions not yet run instead of on replaying known prefixes.
///
/// Why. The implementation cannot be snapshotted, so a run reaches a state only by running a path to it from the
/// start. A depth-first search backtracks to the deepest decision with an untried option and pays its whole prefix for
/// each transition it has left there: on DEBRA's 2-thread configuration, about one new transition per run after a
/// replay of about 110 actions (98% of the actions run). The graph of two threads' interleavings is mostly a lattice, in
/// which a forward-only walker can cover most transitions without starting again (the problem of exploring a graph
/// with a token that moves along edges and may jump back to the root at the cost of a path from it).
///
/// How. The walk keeps, for every state reached, the decisions taken from it as a small tree (a thread decision, then
/// the value choices the action made; each leaf is the state the action reached, a successor outside the constraint,
/// or untried) and the number of untried leaves (<c>pending</c>). A run goes on while it can: at a state with untried
/// leaves it takes the first untried one (a new state's first option); at a state with none it walks the known graph
/// to the nearest state that has some (breadth-first over the known edges, up to the cost of a fresh start), running
/// those actions without fingerprinting them (they are known edges); only when no such state is near does the run end.
/// The next run then starts with the path by which the shallowest state with untried leaves was first reached (each
/// state remembers the edge it was discovered by). Every transition (state, decisions) is run once as new, as in the
/// depth-first search, so the states, transitions and the breadth-first depth reported are the same; only the order
/// and the actions spent reaching each state differ.
///
/// Option order. The options of a thread decision are the runnable threads in ascending id order and then the
/// sleepers (<see cref="ActionDfs"/> in its canonical order): the state's fingerprint leaves out which thread acted
/// last, so an order relative to it would not name the same thread at every visit. Which untried option a run takes
/// first is free (every one is taken once, in some run): it takes the option the last action's thread decision took
/// when that one is untried, so the thread that acted goes on.
///
/// Fewer handoffs. Each change of thread between two actions hands the run token from one worker's OS thread to
/// another's, which costs more than most actions; a known route (a restart's path, a walk) is reordered before it is
/// run so that each thread runs longer stretches, by swapping only actions the known graph shows commute
/// (<see cref="GroupActors"/>). On IBR <c>MC.cfg</c> the two cut the handoffs from 2.10 M to 1.08 M, with the same
/// states, transitions and depth.
///
/// Invariant: the run is at an action boundary in state <c>_state</c> (its decisions' tree is <c>_root[_state]</c>)
/// whenever no action is in progress; a known edge is taken only when the fingerprint-determines-the-future assumption
/// of the pruning already holds (the same state, the same decisions: the same successor), so a walk replaces a replay.
/// </summary>
internal sealed class StateGraphWalk
{
    private const int Untried = int.MinValue;
    private const int Outside = int.MinValue + 1;
    private const int MaxWalkStates = 4096; // a walk's breadth-first search looks at no more states than this

    private readonly StateSpace _space;

    // Decision nodes: the options' outcomes (a state id >= 0, Untried, Outside, or -(node + 1) for the next decision
    // of the same action), the node's untried leaves, its state. Node n's outcomes are _outcomes[_nodeStart[n] ..
    // _nodeStart[n + 1]): one flat list for the whole graph, not an array per node (a search keeps
    // millions of nodes, which the collector would otherwise trace one by one).
    private readonly List<int> _outcomes = new();
    private readonly List<int> _nodeStart = new() { 0 };
    private readonly List<int> _nodePending = new();
    private readonly List<int> _nodeParent = new();

    // Per state: its first decision's node (-1 before one was made), untried leaves below it, and how it was discovered.
    private readonly List<int> _root = new();
    private readonly List<int> _pending = new();
    private readonly List<int> _parent = new();
    // The decisions of the edge each state was discovered by: state s's are _discoveredOptions[_discoveredStart[s] ..
    // _discoveredStart[s + 1]) (one flat list: no array per state).
    private readonly List<int> _discoveredOptions = new();
    private readonly List<int> _discoveredStart = new() { 0 };
    private readonly List<int> _depth = new();
    private readonly PriorityQueue<int, (int Depth, int Id)> _frontier = new(); // states with untried leaves, shallowest (then oldest) first; lazy

    // The walk's breadth-first search (PlanWalk), reused from search to search: a state is seen by the current search
    // when its stamp is the current one; it was reached from _walkFrom by the leaf (_walkLeafNode, _walkLeafOption).
    private int[] _walkSeen = new int[1024], _walkFrom = new int[1024], _walkLeafNode = new int[1024], _walkLeafOption = new int[1024];
    private int _walkStamp;
    private int _walkFound; // the goal the current search found (-1: none yet)
    private readonly List<int> _walkQueue = new();

    // A route being planned (SetPlan, Advance): its states and the edges between them, reordered by GroupActors. An
    // edge is a range (start, length) of _routeOptions, its decisions in order, so planning a route allocates nothing
    // and a swap of two edges swaps two ranges' bounds.
    private readonly List<int> _routeStates = new();
    private readonly List<(int Start, int Length)> _routeEdges = new();
    private readonly List<int> _routeOptions = new();
    private readonly List<int> _swapUndo = new();

    // The current run.
    private readonly List<int> _plan = new();       // decisions to take before choosing freely (known edges only)
    private int _planPos;
    private readonly List<int> _taken = new();      // every decision of the run
    private readonly List<int> _actionChoices = new(); // the decisions of the action in progress
    private int _state = -1;   // the state at the last action boundary
    private int _node = -1;    // the decision node of the action in progress (-1: no decision yet in this action)
    private int _leafNode = -1, _leafOption; // an untried leaf the action in progress has taken (its outcome comes next)
    private int _target = -1;  // the known successor the action in progress leads to
    private int _lastActor = -1; // the first option (the thread decision) of the last action begun in this run
    private bool _replaying;

    public StateGraphWalk(StateSpace space) => _space = space;

    public long Iterations { get; private set; }

    /// <summary>Runs that walked the known graph to a state with untried decisions instead of ending.</summary>
    public long Walks { get; private set; }

    /// <summary>True while the current action follows a known edge (its state is known: no fingerprint, no count).</summary>
    public bool Replaying => _replaying;

    public int Position => _taken.Count;

    public IReadOnlyList<int> Path => _taken.ToArray();

    public void BeginIteration()
    {
        _taken.Clear();
        _actionChoices.Clear();
        _planPos = 0;
        _state = _space.States > 0 ? 0 : -1;
        _node = -1;
        _leafNode = -1;
        _target = -1;
        _lastActor = -1;
        _replaying = _state >= 0; // the initial state is known after the first run
        Iterations++;
    }

    /// <summary>
    /// Takes a decision of <paramref name="count"/> options: the planned one, else the first untried one. Returns -1 and
    /// <paramref name="recorded"/> when the state's recorded decision had another number of options (nondeterminism).
    /// </summary>
    public int Next(int count, out int recorded)
    {
        recorded = -1;
        if (_node < 0) BeginAction(count);
        else if (_leafNode >= 0) Expand(count); // a value choice inside an action whose outcome was untried
        if (OptionCount(_node) != count)
        {
            recorded = OptionCount(_node);
            return -1;
        }
        int option = _planPos < _plan.Count ? _plan[_planPos++] : FirstUntried(_node, _actionChoices.Count == 0 ? _lastActor : -1);
        if (option < 0 || option >= count) throw new InvalidOperationException($"internal: the state graph walk has no option to take at state {_state}");
        _taken.Add(option);
        if (_actionChoices.Count == 0) _lastActor = option;
        _actionChoices.Add(option);
        int outcome = _outcomes[_nodeStart[_node] + option];
        if (outcome == Untried)
        {
            _leafNode = _node;
            _leafOption = option;
            _replaying = false;
        }
        else if (outcome >= 0)
        {
            _target = outcome; // the action ends in a known state: the next decision starts the next action there
            _node = -1;
            _replaying = true;
        }
        else if (outcome == Outside)
        {
            throw new InvalidOperationException($"internal: the state graph walk took an option known to leave the constraint at state {_state}");
        }
        else
        {
            _node = -outcome - 1; // the action goes on with a value choice already seen
        }
        return option;
    }

    private void BeginAction(int count)
    {
        if (_target >= 0)
        {
            _state = _target; // the previous action followed a known edge
            _target = -1;
        }
        _actionChoices.Clear();
        if (_root[_state] < 0)
        {
            _root[_state] = NewNode(count, -1);
            AddPending(_state, -1, count);
        }
        _node = _root[_state];
    }

    /// <summary>An untried leaf turned out to be a value choice of the same action: it becomes a node of its own.</summary>
    private void Expand(int count)
    {
        int node = NewNode(count, _leafNode);
        _outcomes[_nodeStart[_leafNode] + _leafOption] = -(node + 1);
        // One untried leaf became count of them.
        AddPending(_state, _leafNode, count - 1);
        _nodePending[node] = count;
        _node = node;
        _leafNode = -1;
    }

    private int NewNode(int count, int parent)
    {
        for (int i = 0; i < count; i++) _outcomes.Add(Untried);
        _nodeStart.Add(_outcomes.Count);
        _nodePending.Add(parent < 0 ? count : 0);
        _nodeParent.Add(parent);
        return _nodeParent.Count - 1;
    }

    /// <summary>How many options decision node <paramref name="node"/> has.</summary>
    private int OptionCount(int node) => _nodeStart[node + 1] - _nodeStart[node];

    /// <summary>The option of <paramref name="parent"/> that leads to its child decision <paramref name="node"/>.</summary>
    private int OptionTo(int parent, int node)
    {
        for (int i = 0, start = _nodeStart[parent], count = OptionCount(parent); i < count; i++)
            if (_outcomes[start + i] == -(node + 1)) return i;
        return -1;
    }

    private void AddPending(int state, int fromNode, int delta)
    {
        for (int n = fromNode; n >= 0; n = _nodeParent[n]) _nodePending[n] += delta;
        int before = _pending[state];
        _pending[state] += delta;
        if (before == 0 && _pending[state] > 0) _frontier.Enqueue(state, (_depth[state], state));
    }

    /// <summary>
    /// The first option of <paramref name="node"/> with untried leaves below it; <paramref name="preferred"/> first when it
    /// has some (the thread that took the last action goes on: no handoff between the workers' OS threads).
    /// </summary>
    private int FirstUntried(int node, int preferred)
    {
        int start = _nodeStart[node], count = OptionCount(node);
        if (preferred >= 0 && preferred < count && HasUntried(_outcomes[start + preferred])) return preferred;
        for (int i = 0; i < count; i++)
            if (HasUntried(_outcomes[start + i])) return i;
        return -1;
    }

    private bool HasUntried(int outcome) => outcome == Untried || (outcome < 0 && outcome != Outside && _nodePending[-outcome - 1] > 0);

    /// <summary>The action in progress left the constraint: its leaf is closed and the run ends.</summary>
    public void LeftConstraint()
    {
        if (_leafNode >= 0) Close(Outside);
    }

    private void Close(int outcome)
    {
        _outcomes[_nodeStart[_leafNode] + _leafOption] = outcome;
        AddPending(_state, _leafNode, -1);
        _leafNode = -1;
    }

    /// <summary>
    /// The state <paramref name="fingerprint"/> after <paramref name="actions"/> actions of this run (not on a known edge).
    /// True when the run should end: the state was reached before, has no untried decisions, and no state with some is near.
    /// </summary>
    public bool Reach(UInt128 fingerprint, int actions)
    {
        int from = actions == 0 ? -1 : _state;
        var visit = _space.ReachFrom(fingerprint, from, actions, out int id);
        if (from >= 0)
        {
            if (_leafNode < 0) throw new InvalidOperationException($"internal: state {id} was reached by no untried decision");
            Close(id);
        }
        if (visit == StateSpace.Visit.New)
        {
            _root.Add(-1);
            _pending.Add(0);
            _parent.Add(from);
            _discoveredOptions.AddRange(_actionChoices);
            _discoveredStart.Add(_discoveredOptions.Count);
            _depth.Add(from >= 0 ? _depth[from] + 1 : 0);
        }
        _state = id;
        _node = -1;
        if (visit == StateSpace.Visit.New || _pending[id] > 0) return false;
        return !PlanWalk(id);
    }

    /// <summary>
    /// Breadth-first over the known edges from <paramref name="start"/> to the nearest state with untried decisions,
    /// no farther than a fresh start would cost (the depth of the shallowest such state); the walk becomes the plan.
    /// The search runs at every revisit of a state without untried decisions, so it allocates nothing: the states it
    /// has seen carry this search's stamp, with the state and the leaf (decision node, option) they were reached by.
    /// </summary>
    private bool PlanWalk(int start)
    {
        int restart = ShallowestFrontier();
        if (restart < 0) return false;
        int limit = _depth[restart];
        if (++_walkStamp == int.MaxValue)
        {
            Array.Clear(_walkSeen);
            _walkStamp = 1;
        }
        Visit(start, -1, -1, -1);
        _walkQueue.Clear();
        _walkQueue.Add(start);
        _walkFound = -1;
        int seen = 1;
        for (int head = 0, levelEnd = 1, distance = 0; head < _walkQueue.Count; head++)
        {
            if (head == levelEnd)
            {
                distance++;
                levelEnd = _walkQueue.Count;
            }
            int s = _walkQueue[head];
            if (distance >= limit || _root[s] < 0 || seen > MaxWalkStates) continue;
            seen += VisitEdges(_root[s], s);
            if (_walkFound >= 0)
            {
                SetPlan(start, _walkFound);
                Walks++;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Queues the states the known edges below <paramref name="node"/> of <paramref name="from"/>'s decision tree lead to
    /// and this search has not seen (leaves in option order, depth-first); returns how many. The first one queued with
    /// untried decisions is the walk's goal (<c>_walkFound</c>) and ends the search at once: the breadth-first order
    /// would dequeue it before any state queued after it, so it is the goal a search that tests states as it dequeues
    /// them finds, without expanding the states queued before it.
    /// </summary>
    private int VisitEdges(int node, int from)
    {
        int added = 0;
        for (int i = 0, start = _nodeStart[node], count = OptionCount(node); i < count; i++)
        {
            int c = _outcomes[start + i];
            if (c >= 0)
            {
                if (_walkSeen.Length > c && _walkSeen[c] == _walkStamp) continue;
                Visit(c, from, node, i);
                _walkQueue.Add(c);
                added++;
                if (_pending[c] > 0)
                {
                    _walkFound = c;
                    return added;
                }
            }
            else if (c != Untried && c != Outside)
            {
                added += VisitEdges(-c - 1, from);
                if (_walkFound >= 0) return added;
            }
        }
        return added;
    }

    private void Visit(int state, int from, int node, int option)
    {
        if (state >= _walkSeen.Length)
        {
            int size = Math.Max(state + 1, _walkSeen.Length * 2);
            Array.Resize(ref _walkSeen, size);
            Array.Resize(ref _walkFrom, size);
            Array.Resize(ref _walkLeafNode, size);
            Array.Resize(ref _walkLeafOption, size);
        }
        _walkSeen[state] = _walkStamp;
        _walkFrom[state] = from;
        _walkLeafNode[state] = node;
        _walkLeafOption[state] = option;
    }

    /// <summary>The walk from <paramref name="start"/> to <paramref name="goal"/> found by <see cref="PlanWalk"/> becomes the plan.</summary>
    private void SetPlan(int start, int goal)
    {
        _plan.RemoveRange(0, _planPos);
        _planPos = 0;
        ClearRoute();
        for (int s = goal; s != start; s = _walkFrom[s])
        {
            // The edge's decisions, leaf first: climb from the leaf to the state's root, then put them in order.
            int edgeStart = _routeOptions.Count;
            for (int node = _walkLeafNode[s], option = _walkLeafOption[s]; ; )
            {
                _routeOptions.Add(option);
                int parent = _nodeParent[node];
                if (parent < 0) break;
                option = OptionTo(parent, node);
                node = parent;
            }
            int length = _routeOptions.Count - edgeStart;
            _routeOptions.Reverse(edgeStart, length);
            _routeStates.Add(s);
            _routeEdges.Add((edgeStart, length));
        }
        _routeStates.Add(start);
        _routeStates.Reverse();
        _routeEdges.Reverse();
        AppendRoute(_lastActor);
    }

    /// <summary>
    /// Appends the route in <c>_routeStates</c>/<c>_routeEdges</c> (edge i leads from state i to state i + 1) to the plan,
    /// after reordering it so that fewer consecutive actions change threads (<see cref="GroupActors"/>).
    /// </summary>
    private void AppendRoute(int actorBefore)
    {
        GroupActors(actorBefore);
        foreach (var (start, length) in _routeEdges)
            for (int k = start; k < start + length; k++) _plan.Add(_routeOptions[k]);
    }

    private void ClearRoute()
    {
        _routeStates.Clear();
        _routeEdges.Clear();
        _routeOptions.Clear();
    }

    /// <summary>The thread of the route's edge <paramref name="i"/>: its first option.</summary>
    private int Actor(int i) => _routeOptions[_routeEdges[i].Start];

    /// <summary>
    /// Reorders the route's known edges so that consecutive actions change threads less often, keeping its start and its
    /// goal. Each change of thread is a handoff of the run token between the workers' OS threads, which costs more than
    /// most actions. Where the route changes threads, the next edge of the thread that ran last (at most
    /// <see cref="MaxPull"/> edges ahead) is moved back to go on at once, one swap with its predecessor at a time; a swap
    /// of edges a then b is allowed only when the known graph already has b then a from the same state to the same state
    /// (the two actions commute there, as seen by earlier runs), and a move with a swap not allowed is undone. The thread
    /// of an edge is its first option (in the canonical order, the thread's rank among the runnable threads then the
    /// sleepers: the same thread wherever the same threads are runnable, a proxy that only steers the reordering);
    /// whether a swap is allowed depends on the graph alone, so a reordered route is a run of known edges like the one it
    /// replaces and reaches the same state.
    /// </summary>
    private void GroupActors(int actorBefore)
    {
        int n = _routeEdges.Count;
        for (int i = 0, current = actorBefore; i < n; current = Actor(i), i++)
        {
            if (current < 0 || Actor(i) == current) continue;
            int j = i + 1;
            while (j < n && j - i <= MaxPull && Actor(j) != current) j++;
            if (j < n && j - i <= MaxPull) PullBack(j, i);
        }
    }

    /// <summary>How far ahead <see cref="GroupActors"/> looks for the next edge of the thread that ran last.</summary>
    private const int MaxPull = 16;

    /// <summary>Moves the route's edge <paramref name="from"/> back to <paramref name="to"/> if every swap is a known commutation; else leaves the route as it was.</summary>
    private void PullBack(int from, int to)
    {
        int k = from - 1;
        for (; k >= to; k--)
        {
            int middle = Follow(_routeStates[k], _routeEdges[k + 1]);
            if (middle < 0 || Follow(middle, _routeEdges[k]) != _routeStates[k + 2]) break;
            _swapUndo.Add(_routeStates[k + 1]);
            (_routeEdges[k], _routeEdges[k + 1]) = (_routeEdges[k + 1], _routeEdges[k]);
            _routeStates[k + 1] = middle;
        }
        if (k >= to)
        {
            // Undo the swaps made, last first.
            for (int m = k + 1, u = _swapUndo.Count - 1; m < from; m++, u--)
            {
                (_routeEdges[m], _routeEdges[m + 1]) = (_routeEdges[m + 1], _routeEdges[m]);
                _routeStates[m + 1] = _swapUndo[u];
            }
        }
        _swapUndo.Clear();
    }

    /// <summary>The state the known route edge <paramref name="edge"/> leads to from <paramref name="state"/>, or -1 when it is not known.</summary>
    private int Follow(int state, (int Start, int Length) edge)
    {
        int node = _root[state];
        for (int k = 0; node >= 0 && k < edge.Length; k++)
        {
            int option = _routeOptions[edge.Start + k];
            if (option >= OptionCount(node)) return -1;
            int c = _outcomes[_nodeStart[node] + option];
            if (k == edge.Length - 1) return c >= 0 ? c : -1;
            node = c < 0 && c != Untried && c != Outside ? -c - 1 : -1;
        }
        return -1;
    }

    private int ShallowestFrontier()
    {
        while (_frontier.TryPeek(out int s, out _))
        {
            if (_pending[s] > 0) return s;
            _frontier.Dequeue();
        }
        return -1;
    }

    /// <summary>Plans the next run: the path by which the shallowest state with untried decisions was discovered.</summary>
    public bool Advance()
    {
        int goal = ShallowestFrontier();
        _plan.Clear();
        _planPos = 0;
        if (goal < 0) return false;
        ClearRoute();
        for (int s = goal; _parent[s] >= 0; s = _parent[s])
        {
            int edgeStart = _routeOptions.Count, end = _discoveredStart[s + 1];
            for (int k = _discoveredStart[s]; k < end; k++) _routeOptions.Add(_discoveredOptions[k]);
            _routeStates.Add(s);
            _routeEdges.Add((edgeStart, _routeOptions.Count - edgeStart));
        }
        _routeStates.Add(0);
        _routeStates.Reverse();
        _routeEdges.Reverse();
        AppendRoute(-1);
        return true;
    }
}
