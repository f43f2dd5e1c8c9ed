using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// The one depth-first search over decisions that Weft's systematic searches share: the test-body search
/// (<see cref="Strategies.DfsStrategy"/>, a decision at every scheduling point) and the spec-level search
/// (<see cref="ActionDfs"/>, a decision at every action boundary, stateless or stateful).
///
/// The search is stateless, in the style of VeriSoft and CHESS (Godefroid, "Model Checking for Programming Languages
/// using VeriSoft", POPL 1997; Musuvathi and Qadeer, "Iterative Context Bounding for Systematic Testing of
/// Multithreaded Programs", PLDI 2007): the program cannot be snapshotted, so every iteration runs it from the start.
/// The engine keeps the path of the current iteration, one <see cref="Decision"/> per choice point: the option taken
/// among <see cref="Decision.Count"/> and the preemptions spent before it. An iteration replays the decisions of its
/// prefix (<see cref="Replaying"/>) and extends the path with option 0 at every new decision. <see cref="Advance"/>
/// backtracks: it drops exhausted decisions from the bottom of the path and advances the deepest one that has an
/// untried option within the bound. When the path empties, every schedule within the bound has run exactly once.
///
/// The preemption bound. A decision's options are ordered by their drivers so that option 0 is free (the thread that
/// can go on) and later options cost one preemption each where <see cref="Decision.Cost"/> says so: another runnable
/// thread while the current one could go on, or waking a sleeper while some thread could run. Costs never decrease
/// along the options, so the options within the bound at a decision are always a prefix (<see cref="Allowed"/>), and
/// a replayed decision must meet the same number of allowed options as when it was recorded: a difference means the
/// program depends on something other than its decisions (it is nondeterministic), and the driver reports it.
///
/// The state-caching hook. A stateful search (<see cref="StateSpace"/>, with <see cref="Unbounded"/> as the bound)
/// hands every state it reaches past the replayed prefix to <see cref="Reach"/>; a state reached before ends the
/// iteration, so the search is exhausted once every reachable state's successors have run, as TLC explores a
/// configuration. Invariant: the path always holds the decisions of one real run of the program, and a state
/// fingerprinted by <see cref="Reach"/> is the state after <c>depth</c> actions of that run.
///
/// The reduction hook. A partial-order reduction (<see cref="Strategies.DporStrategy"/>) keeps the path here too and
/// only decides which options are worth running: it hands <see cref="Next"/> the option a new decision takes first, and
/// <see cref="Advance"/> asks it (<see cref="IDecisionReduction.NextOption"/>) for a decision's next option instead of
/// taking every option within the bound in order. Replay, the bound and the nondeterminism check stay the engine's.
/// </summary>
internal sealed class DecisionDfs
{
    /// <summary>No preemption bound: the mode of the stateful search, which prunes revisited states instead.</summary>
    public const int Unbounded = int.MaxValue;

    /// <summary>A replayed decision whose option count is not known (the prefix came from a recorded path).</summary>
    private const int UnknownCount = -1;

    private readonly int _bound;
    private readonly List<Decision> _path = new();
    private int _replay; // decisions at the start of _path the current iteration replays
    private int _pos;
    private int _preemptions;

    /// <summary>
    /// One decision: the option taken among <see cref="Count"/>. For a thread decision the options are the runnable
    /// threads (the continuing one first when <see cref="HasContinuation"/>) and then the sleepers the driver offers to
    /// wake (<see cref="Count"/> - <see cref="Runnable"/> of them). A value choice costs nothing.
    /// </summary>
    public readonly record struct Decision(int Choice, int Count, bool Thread, int Runnable, bool HasContinuation, int PreemptionsBefore)
    {
        /// <summary>
        /// What option <paramref name="i"/> costs from the bound: another runnable thread while the last one could go
        /// on, or a wake-up (spurious, or a timeout) while some thread could run, is one; anything else is free.
        /// </summary>
        public int Cost(int i) => !Thread ? 0 : i < Runnable ? (HasContinuation && i > 0 ? 1 : 0) : (Runnable > 0 ? 1 : 0);
    }

    /// <param name="preemptionBound">at least 0; <see cref="Unbounded"/> for the stateful search</param>
    /// <param name="space">the state-caching hook of a stateful search, or null for a stateless one</param>
    /// <param name="walkStateGraph">false: a stateful search without bounds still backtracks depth-first (the
    /// comparison of the two orders in the tests)</param>
    /// <param name="reduction">the partial-order reduction that picks the options to run (null: all within the bound)</param>
    public DecisionDfs(int preemptionBound, StateSpace? space = null, bool walkStateGraph = true, IDecisionReduction? reduction = null)
    {
        if (preemptionBound < 0) throw new ArgumentOutOfRangeException(nameof(preemptionBound), "the preemption bound must be at least 0");
        if (reduction is not null && space is not null) throw new ArgumentException("internal: a reduction drives a stateless search only", nameof(reduction));
        _bound = preemptionBound;
        _reduction = reduction;
        Space = space;
        if (walkStateGraph && space is { Prune: true, ReexpandShallower: false } && preemptionBound == Unbounded) _walk = new StateGraphWalk(space);
    }

    // The stateful search without an action bound: the state graph seen so far chooses the decisions (StateGraphWalk).
    private readonly StateGraphWalk? _walk;

    private readonly IDecisionReduction? _reduction;

    /// <summary>
    /// True when the state-caching hook also chooses the decisions (<see cref="StateGraphWalk"/>: a stateful search with no
    /// preemption bound and no action bound). Its drivers then order a decision's options canonically (not relative to
    /// the last thread, which the states' fingerprints leave out).
    /// </summary>
    public bool WalksStateGraph => _walk is not null;

    /// <summary>Runs of the stateful walk that went on along known edges instead of ending (0 for a depth-first search).</summary>
    public long Walks => _walk?.Walks ?? 0;

    /// <summary>The preemption bound (<see cref="Unbounded"/>: none).</summary>
    public int Bound => _bound;

    /// <summary>The stateful search's visited states (null: the search is stateless).</summary>
    public StateSpace? Space { get; }

    /// <summary>Iterations begun.</summary>
    public long Iterations => _walk?.Iterations ?? _iterations;

    private long _iterations;

    /// <summary>Decisions taken so far in the current iteration.</summary>
    public int Position => _walk?.Position ?? _pos;

    /// <summary>Preemptions spent so far in the current iteration.</summary>
    public int Preemptions => _preemptions;

    /// <summary>
    /// True while the current iteration replays the decisions of its prefix: the states it passes were reached by an
    /// earlier iteration (a stateful search neither fingerprints nor counts them again).
    /// </summary>
    public bool Replaying => _walk?.Replaying ?? _pos < _replay;

    /// <summary>The options taken in the current iteration so far (its schedule, to run it again).</summary>
    public IReadOnlyList<int> Path
    {
        get
        {
            if (_walk is not null) return _walk.Path;
            var p = new List<int>(_path.Count);
            for (int i = 0; i < _pos && i < _path.Count; i++) p.Add(_path[i].Choice);
            return p;
        }
    }

    /// <summary>
    /// Starts an iteration: the next schedule of the search (after <see cref="Advance"/>), or, with
    /// <paramref name="prefix"/>, one that replays those options first.
    /// </summary>
    public void BeginIteration(IReadOnlyList<int>? prefix = null)
    {
        if (_walk is not null)
        {
            if (prefix is not null) throw new InvalidOperationException("internal: the stateful walk plans its own runs");
            _walk.BeginIteration();
            return;
        }
        if (prefix is not null)
        {
            _path.Clear();
            foreach (int c in prefix) _path.Add(new Decision(c, UnknownCount, false, 0, false, 0));
        }
        _replay = _path.Count;
        _pos = 0;
        _preemptions = 0;
        _iterations++;
    }

    /// <summary>The number of options of <paramref name="d"/> within the bound (a prefix of its options).</summary>
    public int Allowed(in Decision d)
    {
        if (_bound == Unbounded) return d.Count;
        int n = 0;
        while (n < d.Count && d.PreemptionsBefore + d.Cost(n) <= _bound) n++;
        return n;
    }

    /// <summary>
    /// Takes the decision <paramref name="offered"/> (its <see cref="Decision.PreemptionsBefore"/> is ignored): the
    /// recorded option while replaying, else its <see cref="Decision.Choice"/> (option 0 unless a reduction picks another
    /// first option, which must be within the bound). Returns the option index; <paramref name="mismatch"/> reports a
    /// replayed decision that now has a different number of options within the bound (or fewer options than the
    /// recorded choice), with the numbers recorded and found.
    /// </summary>
    public int Next(Decision offered, out (int Recorded, int Found)? mismatch)
    {
        mismatch = null;
        if (_walk is not null)
        {
            int c = _walk.Next(offered.Count, out int recordedCount);
            if (c < 0) mismatch = (recordedCount, offered.Count);
            return c;
        }
        var d = offered with { PreemptionsBefore = _preemptions };
        if (_pos >= _replay && (d.Choice < 0 || d.Choice >= Math.Max(1, Allowed(d))))
            throw new InvalidOperationException($"internal: option {d.Choice} of a decision with {Allowed(d)} options within the bound");
        if (_pos < _replay)
        {
            var recorded = _path[_pos];
            int found = Allowed(d);
            if (recorded.Count == UnknownCount ? recorded.Choice >= d.Count : Allowed(recorded) != found)
            {
                mismatch = (recorded.Count == UnknownCount ? recorded.Choice + 1 : Allowed(recorded), found);
                return -1;
            }
            d = d with { Choice = recorded.Choice };
            _path[_pos] = d;
        }
        else
        {
            if (_path.Count > _pos) _path.RemoveRange(_pos, _path.Count - _pos);
            _path.Add(d);
        }
        _preemptions += d.Cost(d.Choice);
        _pos++;
        return d.Choice;
    }

    /// <summary>
    /// The state-caching hook: records that the current iteration reached the state <paramref name="fingerprint"/>
    /// after <paramref name="depth"/> actions. True when the iteration should end there (a state reached before, at the
    /// same depth or above, in a search that prunes).
    /// </summary>
    public bool Reach(UInt128 fingerprint, int depth)
    {
        var space = Space ?? throw new InvalidOperationException("internal: a stateless search has no state space");
        if (_walk is not null) return _walk.Reach(fingerprint, depth);
        return space.Reach(fingerprint, depth) == StateSpace.Visit.Seen && space.Prune;
    }

    /// <summary>The run in progress reached a state outside the configuration's constraint (counted apart, not explored).</summary>
    public void LeftConstraint()
    {
        var space = Space ?? throw new InvalidOperationException("internal: a stateless search has no state space");
        space.Outside();
        _walk?.LeftConstraint();
    }

    /// <summary>
    /// Moves to the next schedule: drops the decisions below the last one taken, then advances the deepest decision
    /// with an untried option within the bound. False when every schedule has been run.
    /// </summary>
    public bool Advance()
    {
        if (_walk is not null) return _walk.Advance();
        if (_path.Count > _pos) _path.RemoveRange(_pos, _path.Count - _pos);
        for (int i = _path.Count - 1; i >= 0; i--)
        {
            var x = _path[i];
            int next = _reduction is null ? x.Choice + 1 : _reduction.NextOption(i, x, Allowed(x));
            if (next >= 0 && next < x.Count && (_bound == Unbounded || x.PreemptionsBefore + x.Cost(next) <= _bound))
            {
                _path[i] = x with { Choice = next };
                _path.RemoveRange(i + 1, _path.Count - i - 1);
                return true;
            }
        }
        _path.Clear();
        return false;
    }
}
