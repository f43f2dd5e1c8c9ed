using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Exhaustive search of the schedules of a test up to equivalence: source-set dynamic partial-order reduction with
/// sleep sets (Abdulla, Aronis, Jonsson, Sagonas, "Optimal Dynamic Partial Order Reduction", POPL 2014, Algorithm 1;
/// sleep sets from Godefroid, "Partial-Order Methods for the Verification of Concurrent Systems", LNCS 1032, 1996).
///
/// Two schedules are equivalent (Mazurkiewicz) when one is obtained from the other by swapping adjacent independent
/// steps; equivalent schedules reach the same state, with the same monitor history. The search runs one schedule of
/// every equivalence class of the unbounded space instead of every schedule. Like <see cref="DfsStrategy"/> it is
/// stateless: every iteration replays a prefix of decisions and extends it. A step is what the runtime runs for one
/// decision: the operation the chosen thread was paused before plus its code up to its next scheduling point, as
/// <see cref="StepLog"/> records it; the dependency relation is <see cref="DporEvent.DependentWith"/>.
///
/// The algorithm. Each thread decision on the current path keeps a backtrack set (threads to run from there), a done
/// set and a sleep set. A new decision runs the current thread if it is offered and awake (else the lowest awake one)
/// and its backtrack set is that thread. After each iteration <see cref="DporRaceAnalysis"/> finds every race j ⋖ k
/// among its new steps and, unless a thread of initials(notdep(j, E).k) is already in j's backtrack, done or sleep set,
/// adds one (k's thread when it is one) to j's backtrack set. The next iteration backtracks to the deepest decision
/// with a backtrack thread not yet done and not asleep. Sleep sets: once a thread's subtree from a decision is done,
/// it sleeps there, and a child decision inherits the sleepers whose recorded step is independent of the step taken;
/// sleepers are never chosen, and when every candidate sleeps the iteration is abandoned (<see cref="IStrategy.Prune"/>),
/// since every continuation is covered elsewhere.
///
/// What the engine adds to the paper's model. Blocking: a blocked thread is not a candidate; an attempt that blocks
/// (a lock acquire on a held lock, a join of a running thread, a futex wait) is a step on its lock, joined thread or
/// word, so the release, the thread's last step or the wake that re-enables it is dependent with it. The yield rule
/// hides a thread paused at a yield from some decisions; yields are dependent with everything, and when a race's
/// initials are not offered at j (deferred, or blocked there), every awake candidate at j is added (the conservative
/// fallback of Flanagan and Godefroid, POPL 2005). Value choices are explored in full at each choice point, and a
/// step that makes one is dependent with everything. A step that reports a bug is dependent with everything and its
/// decision backtracks to every awake candidate, so a bug another thread would have hit first is still reached.
///
/// Soundness conditions. Shared memory outside the atomics layer (plain fields, payload arrays) must be race-free,
/// ordered by happens-before through the layer's operations; accesses to it are not steps. Monitor events are
/// steps' effects: two of different threads are dependent when a monitor receives both and one of them may change its
/// state (every event but slot reads and writes and clock observations).
/// Addresses name cells only while the heap holds still: iterations run inside <see cref="StableHeap"/>, and a step
/// recorded after a garbage collection is treated as dependent with everything. Weak memory (TSO flushes, RA) is not
/// modeled: the strategy refuses any model but SC. The preemption bound of DFS does not apply: the search covers the
/// unbounded space. With <see cref="CheckOptions.DporBounded"/> it keeps the bound (Coons, Musuvathi, McKinley, "Bounded
/// Partial-Order Reduction", OOPSLA 2013: a reversal is also tried at the last context switch before the race) and
/// drops sleep sets (a sleeper's covering schedule may have needed more preemptions than the bound allows); it is then
/// not guaranteed sound, and measurably loses outcomes on the reclamation tests.
///
/// Driving another search. Nothing here depends on how a decision is made: a driver that offers candidate threads in
/// order, records one <see cref="DporEvent"/> per step and replays prefixes (the spec-level search of ActionDfs over
/// whole spec actions, whose step is one action: the union of its accesses' locations) can use the same nodes, race
/// analysis and backtracking by calling <see cref="NextThread"/>, <see cref="NextValue"/> and
/// <see cref="IterationCompleted"/> with its own step log.
/// </summary>
internal sealed class DporStrategy : IStrategy, IObservesSteps
{
    private readonly List<DporNode> _stack = new();
    private readonly List<DporNode> _threadNodes = new();
    private readonly List<DporEvent> _events = new();
    private readonly Dictionary<nint, int> _addressIds = new();
    private readonly Dictionary<object, int> _resourceIds = new(ReferenceEqualityComparer.Instance);
    private readonly DporRaceAnalysis _races = new();
    private readonly int _bound;
    private int _pos;
    private int _firstNew;
    private int _preemptions;

    /// <param name="preemptionBound">Negative for the unbounded search (sound); else the bound of DFS (not guaranteed sound).</param>
    public DporStrategy(int preemptionBound = -1) => _bound = preemptionBound;

    public StepLog Steps { get; } = new();

    public string Name => _bound < 0 ? "dpor" : $"dpor(pb={_bound})";

    public string Description => _bound < 0 ? "dpor (source sets + sleep sets, unbounded)" : $"dpor (source sets + sleep sets, preemption bound {_bound}: not guaranteed sound)";

    /// <summary>Iterations abandoned because every candidate was asleep.</summary>
    public int Pruned { get; private set; }

    public bool PrepareIteration(int iteration)
    {
        if (iteration > 0 && !Advance()) return false;
        _pos = 0;
        _preemptions = 0;
        _threadNodes.Clear();
        _events.Clear();
        _addressIds.Clear();
        _resourceIds.Clear();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        SyncEvents();
        int index = _threadNodes.Count;
        if (_pos < _stack.Count)
        {
            var node = _stack[_pos];
            if (node.IsValue || !enabled.SequenceEqual(node.Offered))
                throw new InvalidOperationException(
                    $"the test is nondeterministic: at step {step} DPOR expected the candidates {string.Join(",", node.Offered)} (as in an earlier schedule with the same prefix) but found {string.Join(",", enabled.ToArray())}");
            _pos++;
            _threadNodes.Add(node);
            return Take(enabled, current, node.Chosen);
        }
        var fresh = new DporNode
        {
            Offered = enabled.ToArray(), EventIndex = index, Sleep = InheritedSleep(index), Current = current, PreemptionsBefore = _preemptions,
        };
        int chosen = FirstAwake(fresh, enabled, current);
        if (chosen < 0) return IStrategy.Prune;
        fresh.Chosen = chosen;
        fresh.Backtrack = 1UL << chosen;
        _stack.Add(fresh);
        _pos++;
        _threadNodes.Add(fresh);
        return Take(enabled, current, chosen);
    }

    private int Take(ReadOnlySpan<int> enabled, int current, int thread)
    {
        if (current >= 0 && thread != current) _preemptions++;
        return enabled.IndexOf(thread);
    }

    public int NextValue(int count, int step)
    {
        if (_pos < _stack.Count)
        {
            var node = _stack[_pos];
            if (!node.IsValue || node.Count != count)
                throw new InvalidOperationException(
                    $"the test is nondeterministic: at step {step} DPOR expected a choice among {(node.IsValue ? node.Count : 0)} values (as in an earlier schedule with the same prefix) but found {count}");
            _pos++;
            return node.Index;
        }
        _stack.Add(new DporNode { IsValue = true, Count = count });
        _pos++;
        return 0;
    }

    public void IterationCompleted(int steps, int choices)
    {
        SyncEvents();
        if (Steps.Pruned) Pruned++;
        for (int i = 0; i < _threadNodes.Count && i < _events.Count; i++) _threadNodes[i].Executed = _events[i];
        _races.Run(_events, _firstNew, AddBacktrack);
        if (Steps.BugInStep && _threadNodes.Count > 0 && _threadNodes.Count <= _events.Count)
        {
            // The bug ended the iteration at this step: every other awake candidate's next step may reach another bug.
            var last = _threadNodes[^1];
            last.Backtrack |= Awake(last);
        }
    }

    /// <summary>Moves to the next schedule: the deepest decision with an untried value or an awake backtrack thread not done.</summary>
    private bool Advance()
    {
        while (_stack.Count > 0)
        {
            var top = _stack[^1];
            if (top.IsValue)
            {
                if (top.Index + 1 < top.Count)
                {
                    top.Index++;
                    _firstNew = FirstEventAt(_stack.Count - 1);
                    return true;
                }
                _stack.RemoveAt(_stack.Count - 1);
                continue;
            }
            top.Done |= 1UL << top.Chosen;
            if (_bound < 0) top.Sleep.Add(new SleepEntry(top.Chosen, top.Executed, top.EventIndex)); // see the class essay: no sleep sets under a bound
            ulong next = top.Backtrack & ~top.Done & ~top.SleepMask & top.OfferedMask & WithinBound(top);
            if (next != 0)
            {
                top.Chosen = System.Numerics.BitOperations.TrailingZeroCount(next);
                _firstNew = top.EventIndex;
                return true;
            }
            _stack.RemoveAt(_stack.Count - 1);
        }
        return false;
    }

    /// <summary>The index of the first step whose event may change when the decision at stack position <paramref name="position"/> changes.</summary>
    private int FirstEventAt(int position)
    {
        // A value choice is made inside the step of the closest thread decision above it.
        for (int i = position; i >= 0; i--)
            if (!_stack[i].IsValue) return _stack[i].EventIndex;
        return 0;
    }

    private void AddBacktrack(int j, int thread, ulong initials)
    {
        var node = _threadNodes[j];
        ulong sleeping = node.SleepMask;
        if (_bound >= 0) AddAtContextSwitch(j, initials);
        if ((initials & (node.Backtrack | node.Done | sleeping)) != 0) return;
        ulong awake = Awake(node);
        ulong pick = initials & awake;
        if (pick != 0)
            node.Backtrack |= (pick & (1UL << thread)) != 0 ? 1UL << thread : pick & (ulong)-(long)pick;
        else if ((initials & node.OfferedMask) == 0)
            node.Backtrack |= awake; // the initials are not candidates here (deferred by the yield rule, or blocked)
        // else: the initials offered here are asleep, so covered.
    }

    private ulong Awake(DporNode node) => node.OfferedMask & ~node.SleepMask & WithinBound(node);

    /// <summary>The candidates of <paramref name="node"/> the preemption bound allows (all when unbounded).</summary>
    private ulong WithinBound(DporNode node)
    {
        if (_bound < 0 || node.Current < 0 || node.PreemptionsBefore < _bound) return ulong.MaxValue;
        return 1UL << node.Current;
    }

    /// <summary>
    /// Bounded mode (Coons, Musuvathi, McKinley, "Bounded Partial-Order Reduction", OOPSLA 2013): a race reversed at j
    /// may need a preemption the bound does not allow there, so the initials are also tried at the last context switch
    /// at or before j, where switching to another thread costs no more than the switch already taken.
    /// </summary>
    private void AddAtContextSwitch(int j, ulong initials)
    {
        int s = j;
        while (s > 0 && _threadNodes[s - 1].Chosen == _threadNodes[s].Chosen) s--;
        if (s == j) return;
        var node = _threadNodes[s];
        ulong pick = initials & Awake(node);
        if ((initials & (node.Backtrack | node.Done | node.SleepMask)) == 0 && pick != 0) node.Backtrack |= pick & (ulong)-(long)pick;
    }

    /// <summary>The thread a new decision takes: the current one if it is offered and awake, else the lowest awake one; -1 when all sleep.</summary>
    private int FirstAwake(DporNode node, ReadOnlySpan<int> enabled, int current)
    {
        ulong sleeping = node.SleepMask;
        bool withinBound = _bound < 0 || _preemptions < _bound;
        if (current >= 0 && (sleeping & (1UL << current)) == 0) return current;
        if (current >= 0 && !withinBound) return -1;
        foreach (int t in enabled)
            if ((sleeping & (1UL << t)) == 0) return t;
        return -1;
    }

    /// <summary>The sleep set of a new decision at step <paramref name="index"/>: the parent's sleepers independent of the parent's step.</summary>
    private List<SleepEntry> InheritedSleep(int index)
    {
        var sleep = new List<SleepEntry>();
        if (index == 0) return sleep;
        var parent = _threadNodes[index - 1];
        var taken = _events[index - 1];
        foreach (var s in parent.Sleep)
            if (s.Thread != parent.Chosen && !s.Event.DependentAcross(taken, s.Origin)) sleep.Add(s);
        return sleep;
    }

    /// <summary>Converts the steps the runtime has recorded into events (called at a thread decision and at the end, when every step is complete).</summary>
    private void SyncEvents()
    {
        var records = Steps.Records;
        bool moved = Steps.HeapMovedNow;
        while (_events.Count < records.Count)
        {
            int k = _events.Count;
            var r = records[k];
            if (r.Thread >= 64) throw new WeftInputException("the dpor strategy supports at most 64 threads per test");
            _events.Add(ToEvent(r, k, moved));
        }
    }

    private DporEvent ToEvent(in StepRecord r, int index, bool heapMoved)
    {
        int location = -1, joinTarget = -1;
        bool global = r.Global || heapMoved;
        bool writes = true;
        if (r.Op == OpKind.Join && r.Resource is ControlledThread target) joinTarget = target.Id;
        else if (r.Address != 0)
        {
            location = IdOf(_addressIds, r.Address, index);
            writes = r.Op != OpKind.Load;
        }
        else if (r.Resource is not null) location = IdOf(_resourceIds, r.Resource, index);
        else if (r.Op != OpKind.Start) global = true; // a yield, a fence, a spawn, an operation that names no location
        return new DporEvent(r.Thread, location, writes, joinTarget, global || r.Op == OpKind.Spawn, r.MonitorReads, r.MonitorWrites, r.Completes, r.Spawned);
    }

    private static int IdOf<TKey>(Dictionary<TKey, int> ids, TKey key, int index) where TKey : notnull
    {
        if (ids.TryGetValue(key, out int id)) return id;
        ids[key] = index;
        return index;
    }
}
