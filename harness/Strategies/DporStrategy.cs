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
/// every equivalence class of the unbounded space instead of every schedule. It runs on the engine of
/// <see cref="DfsStrategy"/> and the spec-level search, <see cref="DecisionDfs"/>, which keeps the path of decisions,
/// replays its prefix every iteration, checks that the test is deterministic and backtracks; this class is the
/// engine's reduction (<see cref="IDecisionReduction"/>): it picks a new decision's first option and, when the engine
/// backtracks to a decision, the next thread to run there. A step is what the runtime runs for one
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
/// word, so the release, the thread's last step or the wake that re-enables it is dependent with it, and so is the
/// step the thread resumes with (it retries the same operation on the same lock, word or thread). The yield rule
/// hides a thread paused at a yield from some decisions; yields are dependent with everything, and so are two steps
/// that each end with their thread arriving at a yield (the arrival order is the order of the yield stamps the rule
/// compares, <see cref="DporEvent.DependentWith"/>). When a race's initials are not offered at j (deferred, or blocked
/// there), every awake candidate at j is added (the conservative fallback of Flanagan and Godefroid, POPL 2005),
/// except where j ends a thread and k resumes a join blocked on it: those two are never co-enabled, a causal order
/// rather than a race, and get no backtrack point (<see cref="Causal"/>). Value choices are explored in full at each
/// choice point, and a step that makes one is dependent with everything. A step that reports a bug is dependent with
/// everything and its decision backtracks to every awake candidate, so a bug another thread would have hit first is
/// still reached.
///
/// Why the fallback adds nothing the search needs. The completeness proof of source sets (Abdulla et al., section 6)
/// reverses a race j ⋖ k only where v = notdep(j, E).k is, up to equivalence, the start of a schedule from j's state
/// that the search has not covered, so v can run from there. Two properties of the engine then put each initial of v
/// among j's candidates: (1) independent adjacent steps commute to the same state, and (2) a step enables or disables
/// another thread's step only if it happens before that step (they are dependent, or it is the spawn of that step's
/// thread); so an initial's first step, which nothing in v happens before, moves to the front of v past independent
/// steps and runs at j. The engine has both: a thread blocks only at its own step, and the step that unblocks it is
/// dependent with the step it resumes with; the yield rule changes which threads are offered
/// only for threads paused at a yield, whose next step, the yield, is dependent with everything; and the one input of
/// the rule that independent steps would leave in a different state, the order of the yield stamps, is ordered by the
/// arrival rule. Hence an initial that is not a candidate at j means that v cannot run from j, and the race is none the
/// proof uses. Two shapes reach the fallback: k resumes a thread blocked at j and j is the step that unblocked it (any
/// other unblocking step would be in v before k), and k is the yield of a thread the rule defers at j with every step
/// between j and k happening after j (a deferred thread's next step is its yield, and a yield has every earlier step of
/// v before it). The fallback is kept as the conservative choice; <see cref="DporDefect.NoConservativeFallback"/>
/// removes it, and DporTests checks the argument on tests where the fallback does add threads: the outcome sets stay
/// DFS's. On the registered tests it does not: in a sweep (README, Limitations) it fired on 50 of the 70 that DPOR
/// exhausted, added no thread not already scheduled or done, and the outcome sets without it were the same. Property (1) failed before the arrival rule: two threads' arrivals at a yield (each a thread's start, say)
/// were independent, but swapping them swaps which of the two yields the rule runs first, and DPOR lost an outcome of
/// <c>dpor/yield-arrivals</c> that the fallback, though it fired there, did not recover (it only added threads already
/// tried); <see cref="DporDefect.YieldArrivalsIndependent"/> is that relation, the rule's negative control.
///
/// Soundness conditions. Shared memory outside the atomics layer (plain fields, payload arrays) must be race-free,
/// ordered by happens-before through the layer's operations; accesses to it are not steps. Monitor events are
/// steps' effects: two of different threads are dependent when a monitor receives both and one of them may change its
/// state (every event but slot reads and writes and clock observations), or, for a keyed monitor
/// (<see cref="IKeyedMonitor"/>: the memory monitors, per slot and per thread), when they name a common part of its
/// state and one of them changes it.
/// Addresses name cells only while the heap holds still: iterations run inside <see cref="StableHeap"/>, and a step
/// recorded after a garbage collection is treated as dependent with everything. TSO: a flush
/// candidate of thread t is the candidate <see cref="DporEvent.FlushThreadBase"/> + t and its flush a step of its own,
/// a write of its cell (<see cref="DporEvent.DependentWith"/>); a step that drains buffers is dependent with everything,
/// and a race with it adds the drained threads' flush candidates at the earlier step's decision
/// (<see cref="AddDrainedFlushes"/>), since the flushes it made are steps no race of this schedule names. RA (every
/// mode): which store a load reads and where a store goes in modification order are value choices, explored in full
/// and dependent with every step, like every value choice (a relaxed load offers a promise option while another thread
/// lives, so under systematic search it always makes one); the SeqCst order's clock, which every SeqCst operation and
/// full fence (and lock, futex call, spawn, join, a thread's exit, a resumption from a block) joins or publishes into
/// whatever its location, is state of its own (<see cref="DporEvent.SeqCstClock"/>: two accesses are dependent when
/// one publishes); the steps run while a promise waits for its store are dependent with every step, since whether the
/// execution stays feasible depends on the order of the loader's and the promiser's steps (a fence of the loader breaks
/// it, the promiser's store keeps it) whatever their cells; and a step that discards the execution as infeasible
/// backtracks to every awake candidate at its decision, like a step that reports a bug: the first schedule under a
/// promise may run the loader on to a fence before the promising thread ran again, and then no race of that schedule
/// names the promiser. Everything else the model keeps is per cell (its stores in modification order, which reads read
/// which store) or per thread (its clocks, its pending acquire and fence release), so two steps on different cells
/// that do not share the SeqCst clock commute. Two choices follow the schedule rather than its class: a store's serial
/// number, with which certification (<see cref="RaPromises"/>) tests that a promised value did not depend on the load,
/// so a run may certify fewer values than another schedule of its class would; and which loads a location keeps for
/// certification. The outcome comparisons with DFS on the RA litmus tests and small tests run under RA are equal. The
/// preemption bound of DFS does not apply to the unbounded search: it covers the unbounded space.
///
/// The bounded mode (<see cref="CheckOptions.DporBounded"/>) is bounded partial-order reduction (Coons, Musuvathi,
/// McKinley, "Bounded Partial-Order Reduction", OOPSLA 2013) over Flanagan and Godefroid's persistent sets instead of
/// source sets: the race analysis reports every earlier dependent step of another thread that does not happen before
/// a step's thread reached it (<see cref="DporRaceAnalysis.RunPersistent"/>), the step's thread is added there (every
/// candidate within the bound when it is not one), and the same again at the conservative branch point, where the
/// earlier step's thread began its run of steps, since switching there costs no more preemptions than the switch the
/// schedule took. Sleep sets only where the bound took nothing: a sleeper in general stands for schedules that may
/// need more preemptions than the bound allows (with unrestricted sleep sets the search measurably loses outcomes of
/// the bounded space), so a thread sleeps at a decision, once its subtree there is done, only when no decision of
/// that subtree kept a backtrack thread the bound excluded and none was abandoned with awake candidates the bound
/// excluded (<see cref="DporBoundedSleep.NoBacktrackExcluded"/>; <see cref="DporNode.SubtreeCut"/>). That subtree
/// is then the one the unbounded search (persistent sets and sleep sets, sound by Flanagan and Godefroid) explores,
/// so every schedule, bounded or not, that starts with the sleeper there is equivalent to one it ran; a bounded
/// schedule is one of them. The argument does not cover the backtrack points the abandoned schedules' races would
/// have added to decisions the bound does cut; the outcome sets of <c>weft bench engine --part dpor</c> and of the
/// DPOR tests equal bounded DFS's on every test there.
///
/// The class-bounded mode (<see cref="DporBoundedSleep.ClassBounded"/>) bounds the class instead of the schedule, as
/// Marmanis, Kokologiannakis and Vafeiadis reconcile preemption bounding with DPOR ("Reconciling Preemption Bounding
/// with DPOR", TACAS 2023): the search is the unbounded one above (source sets, sleep sets everywhere, no bound on the
/// engine), and a class is within the bound when some linearization of its happens-before order has at most the bound's
/// preemptions, counted as DFS counts them (<see cref="ClassPreemptions"/>). Three places apply it. A new decision
/// abandons the iteration when the prefix run so far leaves no extension within the bound: its minimum with leaving a
/// thread after its last step so far counted free, a lower bound on every extension's minimum. A thread is not taken
/// at a decision (and is marked done there) when that test fails for the prefix followed by its next step, known before
/// it runs only by its cell and whether it writes (fewer dependencies than it will have, so the test stays a lower
/// bound). A run that ends with its class outside the bound (its last steps added the preemptions) is left out: no
/// outcome, like an abandoned iteration. So every run kept is of a class bounded DFS runs, and a class is never
/// pruned while it could still be within the bound.
///
/// Why the bound keeps the search complete, and where the argument has a gap. Let C be a class within the bound. The
/// unbounded search reaches a run of C (Abdulla et al., Theorem 7.1); every prefix on the way to it is a prefix of C,
/// whose relaxed minimum is at most C's, so none of them is abandoned and no thread on that path is skipped. What the
/// bound removes is only the subtrees of prefixes outside it, and with them the races their runs would have revealed:
/// the unbounded argument reaches C through backtrack points that races of earlier runs added, and a run of C may be
/// owed to a race between a step of an abandoned prefix and a step it never ran. Sleep sets add the same dependence (a
/// sleeper stands for every continuation of its subtree, including those the bound abandoned). We do not close that
/// gap in general; Marmanis et al. close it by exploring, for a pruned prefix, the reversals its races would have
/// added. Here the races among the steps a pruned prefix ran are still analysed (the abandoned iteration's steps go to
/// the race analysis like a complete run's), and the gap is measured instead: the class-cover check
/// (<see cref="ClassCover"/>) runs bounded DFS, keys each schedule's class, and requires every key among the class
/// keys of the runs this search kept. On the five reclamation tests of <c>weft bench engine --part dpor-bounded</c>
/// at bounds 2 and 3 and on the DPOR tests nothing is missing, except the classes unbounded DPOR leaves out itself
/// (where a join attempt that blocks comes, the join rule above; same outcome). The gap is not empty in principle, and
/// the check has seen it: a tighter prefix test (each candidate's next step placed optionally, so a preempted candidate
/// pays for its preemption unless its next step can come before the switch) prunes <c>litmus/sb-relaxed-sc</c> at
/// bound 0 as soon as each thread has stored and the other's load must follow the other's store (that prefix needs a
/// preemption, correctly), and so never runs the later step whose race with the first thread's store schedules the
/// second thread before the first one from the start: the class with the second thread run whole first is lost. The
/// test built here keeps such prefixes until their own steps order them, and loses nothing on the tests above; a
/// sound fix would add, for an abandoned prefix, the backtrack points its continuations' races would have added. The seeded defect
/// <see cref="DporDefect.ScheduleBound"/> (abandon once the schedule itself exceeds the bound) loses classes there,
/// and the check names them. The preemption count of a linearization assumes that whether a thread is still offered
/// right after its step is the same in every schedule of the class (<see cref="ClassPreemptions"/>; the yield rule
/// may differ), which the same check covers.
///
/// The bounded modes under TSO. Bounded DFS counts a flush like a thread: the runtime offers the flush candidates after
/// the threads and keeps the thread that ran last as the current one across a flush, so taking a flush while that thread
/// is still offered costs a preemption, and going back to the thread after it is free (<see cref="DecisionDfs.Decision.Cost"/>;
/// this strategy hands the engine the same decisions, so the engine's count, <see cref="DporNode.PreemptionsBefore"/>,
/// and the bound's filter, <see cref="WithinBound"/>, are DFS's as they stand). Three places assumed that only threads are
/// candidates. The conservative branch point of the bounded mode was where the candidate taken changed; a flush inside a
/// thread's run is a switch the schedule paid for that does not end the run, so the points are each flush decision inside
/// the run and the decision that began it (<see cref="ConservativePoints"/>), and a race with a drain adds the drained
/// flush candidates there as well as at the earlier step (<see cref="AddDrainedFlushes"/>). The class bound's count of a
/// linearization (<see cref="ClassPreemptions"/>) places a flush like a step of another candidate but leaves the current
/// thread as it was. And the class-bounded test of a candidate's next step before it runs is not applied under TSO: with
/// it, <c>canonical/lost-wakeup</c> at bound 2 lost one class of bounded DFS (the gap above: the skipped steps' races
/// were never analysed), though the test held along every schedule of bounded DFS with the steps' real events; without
/// it the step runs and the prefix test at the next decision judges it, its races analysed. DporWeakMemoryTests checks
/// both modes against bounded DFS under TSO at bounds 1 and 2 (outcomes, registers, and for the class-bounded mode the
/// class cover); <see cref="DporDefect.FlushesSwitchThreads"/> (a flush counted as a thread of its own) is the negative
/// control, and the cover names the classes it loses.
/// </summary>
internal sealed class DporStrategy : IStrategy, IObservesSteps, IObservesThreads, IDecisionReduction
{
    private readonly DecisionDfs _dfs;
    private readonly List<DporNode> _nodes = new(); // one per decision on the engine's path
    private readonly List<DporNode> _threadNodes = new();
    private readonly List<DporEvent> _events = new();
    private readonly Dictionary<nint, int> _addressIds = new();
    private readonly Dictionary<object, int> _resourceIds = new(ReferenceEqualityComparer.Instance);
    private readonly DporRaceAnalysis _races = new();
    private readonly int _bound;
    private readonly DporDefect _defect;
    private readonly DporBoundedSleep _sleep;
    private readonly int _classBound = -1; // class-bounded mode: the preemption bound of the classes it runs (the search itself is unbounded)
    private readonly ClassPreemptions? _classes;
    private IReadOnlyList<ControlledThread>? _threads; // the runtime's thread table, read in NextThread (sleepers' pending cells)
    private int _scanFloor = int.MaxValue; // the decisions from here down were scanned by MarkExcludedBelow in this backtrack
    private int _firstNew;
    private readonly bool _storeBuffers; // TSO: flush candidates are offered, as DporEvent.FlushThreadBase + thread
    private int[] _renamed = new int[8]; // TSO: the candidates of the current decision, flushes renamed (Candidates)
    private readonly List<int> _points = new(); // bounded mode: a step's conservative branch points (ConservativePoints)

    /// <param name="preemptionBound">Negative for the unbounded search; else the bound of DFS (bounded partial-order reduction).</param>
    /// <param name="defect">A seeded defect of the dependency relation (the soundness check's negative control); none by default.</param>
    /// <param name="sleep">Bounded mode: where a thread sleeps at a decision once its subtree there is done (<see cref="DporBoundedSleep"/>).</param>
    /// <param name="storeBuffers">TSO: flush candidates are offered (ids from <see cref="ControlledRuntime.FlushIdBase"/>), at most 32 threads.</param>
    public DporStrategy(int preemptionBound = -1, DporDefect defect = DporDefect.None, DporBoundedSleep sleep = DporBoundedSleep.NoBacktrackExcluded,
        bool storeBuffers = false)
    {
        _storeBuffers = storeBuffers;
        _defect = defect;
        _sleep = sleep;
        if (sleep == DporBoundedSleep.ClassBounded && preemptionBound >= 0)
        {
            _classBound = preemptionBound;
            preemptionBound = -1;
            _classes = new ClassPreemptions(flushesAsThreads: defect == DporDefect.FlushesSwitchThreads);
            Steps.Ending = ExcludeRunOutsideBound;
        }
        _bound = preemptionBound;
        _dfs = new DecisionDfs(preemptionBound < 0 ? DecisionDfs.Unbounded : preemptionBound, reduction: this);
    }

    /// <summary>The decision-tree search this strategy drives (the engine of <see cref="DfsStrategy"/> and the spec-level search).</summary>
    internal DecisionDfs Engine => _dfs;

    public StepLog Steps { get; } = new();

    public void Attach(IReadOnlyList<ControlledThread> threads) => _threads = threads;

    public string Name => _classBound >= 0 ? $"dpor(class pb={_classBound})" : _bound < 0 ? "dpor" : $"dpor(pb={_bound})";

    public string Description => _classBound >= 0 ? $"dpor (source sets + sleep sets, classes within preemption bound {_classBound})"
        : _bound < 0 ? "dpor (source sets + sleep sets, unbounded)" : $"dpor (bounded partial-order reduction, preemption bound {_bound})";

    /// <summary>Iterations abandoned because every candidate was asleep (class-bounded: or the class left the bound).</summary>
    public int Pruned { get; private set; }

    /// <summary>Class-bounded mode: iterations abandoned or left out because their class needs more preemptions than the bound.</summary>
    public int OutsideBound { get; private set; }

    /// <summary>Class-bounded mode: threads never taken at a decision because every schedule they would start there is outside the bound.</summary>
    public int Skipped { get; private set; }

    /// <summary>Class-bounded mode: of <see cref="OutsideBound"/>, the runs that ended and were left out (their last steps took the class past the bound).</summary>
    public int LeftOut { get; private set; }

    /// <summary>Class-bounded mode: states the minimum-preemption searches expanded (<see cref="ClassPreemptions.Expanded"/>).</summary>
    public long ClassStatesExpanded => _classes?.Expanded ?? 0;
    /// <summary>Races whose conservative fallback (see the class essay) added a thread to a backtrack set that had not been there or done.</summary>
    public int FallbackAdditions { get; private set; }

    public bool PrepareIteration(int iteration)
    {
        _scanFloor = int.MaxValue;
        if (iteration > 0 && !_dfs.Advance()) return false;
        _dfs.BeginIteration();
        _threadNodes.Clear();
        _events.Clear();
        _addressIds.Clear();
        _resourceIds.Clear();
        _classes?.Clear();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> candidates, int current, int step)
    {
        SyncEvents();
        ReadOnlySpan<int> enabled = _storeBuffers ? Candidates(candidates) : candidates;
        int position = _dfs.Position;
        int ci = current < 0 ? -1 : enabled.IndexOf(current);
        var offered = new DecisionDfs.Decision(0, enabled.Length, true, enabled.Length, ci >= 0, 0);
        if (_dfs.Replaying)
        {
            var node = _nodes[position];
            if (node.IsValue || !enabled.SequenceEqual(node.Offered))
                throw new InvalidOperationException(
                    $"the test is nondeterministic: at step {step} DPOR expected the candidates {string.Join(",", node.Offered)} (as in an earlier schedule with the same prefix) but found {string.Join(",", enabled.ToArray())}");
            NoteContinues(ci >= 0);
            _threadNodes.Add(node);
            return IndexOfOption(ci, Take(offered, step));
        }
        NoteContinues(ci >= 0);
        if (_classes is not null && !PrefixWithinBound())
        {
            OutsideBound++;
            return IStrategy.Prune;
        }
        var fresh = new DporNode
        {
            Offered = enabled.ToArray(), EventIndex = _threadNodes.Count, Sleep = InheritedSleep(_threadNodes.Count),
            Current = ci >= 0 ? current : -1, PreemptionsBefore = _dfs.Preemptions,
        };
        if (_classes is not null && !_storeBuffers) fresh.Pending = PendingSteps(fresh.Offered); // TSO: the choice test is not applied
        if (_sleep == DporBoundedSleep.NoCandidateExcluded && CutByBound(fresh)) MarkCut(position);
        int chosen = FirstAwake(fresh, enabled, fresh.Current);
        if (chosen < 0)
        {
            // Every candidate sleeps, or (bounded) the current one sleeps and the bound excludes the awake others: a cut.
            if ((fresh.OfferedMask & ~fresh.SleepMask) != 0)
            {
                MarkCut(position);
                if (_classes is not null) OutsideBound++; // class-bounded: the awake candidates all leave the bound
            }
            return IStrategy.Prune;
        }
        fresh.Chosen = chosen;
        fresh.Backtrack = 1UL << chosen;
        Push(position, fresh);
        _threadNodes.Add(fresh);
        return IndexOfOption(ci, Take(offered with { Choice = OptionOf(fresh, chosen) }, step));
    }

    /// <summary>
    /// TSO: the runtime's candidates with each flush candidate (<see cref="ControlledRuntime.FlushIdBase"/> + t) renamed
    /// <see cref="DporEvent.FlushThreadBase"/> + t, so backtrack, done and sleep sets hold it like a thread. The runtime
    /// lists threads first and flushes after them, both ascending, so the renamed ids stay ascending. The span is a
    /// buffer reused at every decision: valid until the next call (a new node copies it, <see cref="DporNode.Offered"/>).
    /// </summary>
    private ReadOnlySpan<int> Candidates(ReadOnlySpan<int> candidates)
    {
        if (_renamed.Length < candidates.Length) _renamed = new int[Math.Max(candidates.Length, 2 * _renamed.Length)];
        var ids = _renamed.AsSpan(0, candidates.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            int id = candidates[i];
            ids[i] = id >= ControlledRuntime.FlushIdBase ? DporEvent.FlushThreadBase + id - ControlledRuntime.FlushIdBase : id;
        }
        return ids;
    }

    public int NextValue(int count, int step)
    {
        int position = _dfs.Position;
        var offered = new DecisionDfs.Decision(0, count, false, 0, false, 0);
        if (_dfs.Replaying)
        {
            var node = _nodes[position];
            if (!node.IsValue || node.Count != count)
                throw new InvalidOperationException(
                    $"the test is nondeterministic: at step {step} DPOR expected a choice among {(node.IsValue ? node.Count : 0)} values (as in an earlier schedule with the same prefix) but found {count}");
            return Take(offered, step);
        }
        Push(position, new DporNode { IsValue = true, Count = count });
        return Take(offered, step);
    }

    private void Push(int position, DporNode node)
    {
        if (_nodes.Count > position) _nodes.RemoveRange(position, _nodes.Count - position);
        _nodes.Add(node);
    }

    private int Take(DecisionDfs.Decision decision, int step)
    {
        int option = _dfs.Next(decision, out var mismatch);
        if (mismatch is { } m)
            throw new InvalidOperationException(
                $"the test is nondeterministic: at step {step} DPOR expected {m.Recorded} options (as in an earlier schedule with the same prefix) but found {m.Found}");
        return option;
    }

    /// <summary>The engine's option order at a thread decision (as <see cref="DfsStrategy"/>'s): the current thread first, then the others ascending.</summary>
    private static int IndexOfOption(int currentIndex, int option)
    {
        if (currentIndex < 0 || option == 0) return currentIndex < 0 ? option : currentIndex;
        int other = option - 1;
        return other >= currentIndex ? other + 1 : other;
    }

    private static int OptionOf(DporNode node, int thread)
    {
        int index = Array.IndexOf(node.Offered, thread);
        if (node.Current < 0) return index;
        int currentIndex = Array.IndexOf(node.Offered, node.Current);
        return index == currentIndex ? 0 : index < currentIndex ? index + 1 : index;
    }

    public void IterationCompleted(int steps, int choices)
    {
        SyncEvents();
        if (Steps.Pruned) Pruned++;
        for (int i = 0; i < _threadNodes.Count && i < _events.Count; i++) _threadNodes[i].Executed = _events[i];
        if (_bound < 0) _races.Run(_events, _firstNew, AddBacktrack);
        else _races.RunPersistent(_events, _firstNew, AddBacktrackBounded);
        bool discarded = Steps.DiscardedInStep && _defect != DporDefect.DiscardBacktracksNothing;
        if ((Steps.BugInStep || discarded) && _threadNodes.Count > 0 && _threadNodes.Count <= _events.Count)
        {
            // The bug ended the iteration at this step: every other awake candidate's next step may reach another bug.
            // RA: so did a discard (a broken promise): another thread's next step might have kept the promise first.
            var last = _threadNodes[^1];
            last.Backtrack |= last.OfferedMask & ~last.SleepMask; // the bound filters it when the engine backtracks here
        }
    }

    /// <summary>
    /// The engine backtracks to decision <paramref name="index"/>: a value choice takes its next value; a thread decision
    /// marks its thread done (and asleep, unbounded) and takes the lowest backtrack thread not done, asleep or beyond the bound.
    /// </summary>
    public int NextOption(int index, in DecisionDfs.Decision d, int allowed)
    {
        var node = _nodes[index];
        int option = -1;
        if (_sleep == DporBoundedSleep.NoBacktrackExcluded) MarkExcludedBelow(index);
        if (node.IsValue)
        {
            if (d.Choice + 1 < d.Count) option = d.Choice + 1;
        }
        else
        {
            node.Done |= 1UL << node.Chosen;
            if (_bound < 0 || (_sleep != DporBoundedSleep.None && !node.SubtreeCut)) // see the class essay: under a bound only where it took nothing
                node.Sleep.Add(new SleepEntry(node.Chosen, node.Executed, node.EventIndex));
            node.SubtreeCut = false;
            ulong next = node.Backtrack & ~node.Done & ~node.SleepMask & node.OfferedMask & WithinBound(node);
            while (next != 0)
            {
                int t = System.Numerics.BitOperations.TrailingZeroCount(next);
                next &= next - 1;
                if (!ChoiceWithinBound(node, t)) continue;
                node.Chosen = t;
                option = OptionOf(node, node.Chosen);
                break;
            }
        }
        if (option < 0) return -1;
        _firstNew = FirstEventAt(index);
        _nodes.RemoveRange(index + 1, _nodes.Count - index - 1);
        return option;
    }

    /// <summary>The index of the first step whose event may change when the decision at path position <paramref name="position"/> changes.</summary>
    private int FirstEventAt(int position)
    {
        // A value choice is made inside the step of the closest thread decision above it.
        for (int i = position; i >= 0; i--)
            if (!_nodes[i].IsValue) return _nodes[i].EventIndex;
        return 0;
    }

    private void AddBacktrack(int j, int k, ulong initials)
    {
        if (Causal(j, k)) return;
        int thread = _events[k].Thread;
        var node = _threadNodes[j];
        ulong sleeping = node.SleepMask;
        if (_storeBuffers && _events[k].Drained != 0 && _defect != DporDefect.StoresAtIssue) AddDrainedFlushes(node, _events[k].Drained);
        if ((initials & (node.Backtrack | node.Done | sleeping)) != 0) return;
        ulong awake = Awake(node);
        ulong pick = initials & awake;
        if (pick != 0)
            node.Backtrack |= (pick & (1UL << thread)) != 0 ? 1UL << thread : pick & (ulong)-(long)pick;
        else if ((initials & node.OfferedMask) == 0 && _defect != DporDefect.NoConservativeFallback)
        {
            // The initials are not candidates here (deferred by the yield rule, or blocked): see the class essay.
            if ((awake & ~node.Backtrack & ~node.Done) != 0) FallbackAdditions++;
            node.Backtrack |= awake;
        }
        // else: the initials offered here are asleep, so covered.
    }

    /// <summary>
    /// TSO: the later step of a race drained buffers (<see cref="StepRecord.Drained"/>): it flushed their stores inside
    /// its own step, so in this schedule their flush candidates never ran, and a race with a flush never shows. The
    /// drain stands for those flushes: each drained thread's flush candidate is added at the earlier step's decision
    /// when it is offered there and not done or asleep, as if the race were with the flush (a superset of the initials
    /// a flush step would have: the drain is dependent with every step). In the schedule that runs it there, the flush
    /// is a step of its own, and its races move it earlier in turn.
    /// </summary>
    private static void AddDrainedFlushes(DporNode node, ulong drained)
    {
        while (drained != 0)
        {
            int t = System.Numerics.BitOperations.TrailingZeroCount(drained);
            drained &= drained - 1;
            if (t >= DporEvent.FlushThreadBase) continue;
            ulong bit = 1UL << (DporEvent.FlushThreadBase + t);
            if ((node.OfferedMask & bit) != 0 && ((node.Done | node.SleepMask) & bit) == 0) node.Backtrack |= bit;
        }
    }

    /// <summary>
    /// True when the dependent steps j and k (j first) are a causal order, not a race: k resumes a join that blocked
    /// on the thread whose last step is j (<see cref="DporRaceAnalysis.ResumesJoinEndedBy"/>). No backtrack point is
    /// added for it, neither k's thread nor, since k's thread is blocked at j, the conservative fallback's every awake
    /// candidate (in the bounded mode, neither at j nor at the conservative branch point).
    ///
    /// Why this is sound. A race is reversed to reach the schedules in which the later step runs before the earlier
    /// one. Here there are none: at j, k's thread is blocked in a join of j's thread, and only that thread's end
    /// unblocks it; that thread ends at its step at j or after it (its next step is j's, which may take another path
    /// in another schedule, but it cannot end before it runs), so in every schedule from j's decision, k's thread's
    /// next step comes after j's thread's next step. The two steps are dependent but never co-enabled: Flanagan and
    /// Godefroid's algorithm (POPL 2005, Figure 4) adds backtrack points only for dependent steps that may be
    /// co-enabled, and the source-set algorithm (Abdulla et al.) assumes no step is ever disabled; the fallback is
    /// there for a blocked thread whose enabling step is unknown, and here it is j's own. Every other order the
    /// fallback would have scheduled at j is an order of steps that do not race with k, and is reached through their
    /// own races. The rule is exactly that pair: a blocked join's race with a step that does not end the joined
    /// thread (a monitor event of k's step and one of a third thread's, say) can be reversed once the joined thread
    /// has ended, and keeps its backtrack point. The defect <see cref="DporDefect.ThreadEndsCausal"/> widens the rule
    /// to every race of a thread's last step, and the outcome comparison with DFS names what it loses.
    /// </summary>
    private bool Causal(int j, int k) =>
        _races.ResumesJoinEndedBy(_events, j, k) || (_defect == DporDefect.ThreadEndsCausal && _events[j].Completes);

    /// <summary>
    /// Bounded mode (Coons, Musuvathi, McKinley, "Bounded Partial-Order Reduction", OOPSLA 2013, over Flanagan and
    /// Godefroid's persistent sets): step k's thread must be tried before step j, so it is added
    /// at j's decision if it is a candidate there (else every candidate within the bound is), and the same at the
    /// conservative branch point: the decision where j's thread began the run of steps j belongs to, where switching to
    /// another thread costs no more preemptions than the switch the schedule took there.
    /// </summary>
    private void AddBacktrackBounded(int j, int k)
    {
        if (Causal(j, k)) return;
        int thread = _events[k].Thread;
        ulong drained = _storeBuffers && _defect != DporDefect.StoresAtIssue ? _events[k].Drained : 0;
        AddPersistent(_threadNodes[j], thread);
        AddDrainedFlushes(_threadNodes[j], drained);
        foreach (int s in ConservativePoints(j))
        {
            AddPersistent(_threadNodes[s], thread);
            AddDrainedFlushes(_threadNodes[s], drained);
        }
    }

    /// <summary>
    /// Bounded mode: the conservative branch points of step <paramref name="j"/> (Coons, Musuvathi, McKinley): the
    /// decisions before j, back to where j's thread began its run of steps, at which the schedule switched candidates,
    /// so that another candidate there costs no more preemptions than the schedule paid. Under SC that is the decision
    /// that began the run (the first of the decisions that took j's thread in a row). Under TSO the run is the one DFS
    /// counts: the runtime keeps the thread current across a flush, so a flush taken inside the run is a switch (a
    /// preemption when the thread could go on) after which going back to the thread is free. Each such flush decision is a
    /// point, and so is the decision that began the run (the last one that took j's thread while another thread, or
    /// none, was current). A flush step has none: its own decision is a switch. The list is reused.
    /// </summary>
    private List<int> ConservativePoints(int j)
    {
        _points.Clear();
        int s = j;
        if (!_storeBuffers || _defect == DporDefect.FlushesSwitchThreads) // the seeded defect: a flush ends the run, as a thread would
        {
            while (s > 0 && _threadNodes[s - 1].Chosen == _threadNodes[s].Chosen) s--;
            if (s != j) _points.Add(s);
            return _points;
        }
        int thread = _threadNodes[j].Chosen;
        if (thread >= DporEvent.FlushThreadBase) return _points;
        while (true)
        {
            while (s > 0 && _threadNodes[s].Chosen == _threadNodes[s].Current) s--;
            if (s != j) _points.Add(s);
            var node = _threadNodes[s];
            if (s == 0 || node.Chosen < DporEvent.FlushThreadBase || node.Current != thread) return _points;
            s--;
        }
    }

    private void AddPersistent(DporNode node, int thread)
    {
        ulong bit = 1UL << thread;
        node.Backtrack |= (node.OfferedMask & bit) != 0 ? bit : node.OfferedMask & ~node.SleepMask; // filtered by the bound in NextOption
    }

    /// <summary>
    /// Class-bounded mode: hands the steps recorded so far to the class's minimum-preemption search, and whether the last
    /// one's thread is still offered at this decision (<paramref name="continues"/>: leaving it here is a preemption).
    /// Called at every thread decision before its node is added.
    /// </summary>
    private void NoteContinues(bool continues)
    {
        if (_classes is null) return;
        _classes.Sync(_events);
        _classes.SetContinues(_threadNodes.Count - 1, continues);
    }

    /// <summary>
    /// Class-bounded mode: the next step of each thread in <paramref name="offered"/>, as far as it is known before it
    /// runs: its cell (when an earlier step touched it; cells are named as in <see cref="ToEvent(in StepRecord, int, bool)"/>),
    /// whether it writes (a load, and a compare-and-swap that may fail, count as reads), and a yield as dependent with
    /// every step. Never more dependencies than the step will have (<see cref="ClassPreemptions.NextWithinBound"/>).
    /// </summary>
    private DporEvent[] PendingSteps(int[] offered)
    {
        var pending = new DporEvent[offered.Length];
        for (int i = 0; i < offered.Length; i++)
        {
            int t = offered[i], location = -1;
            var th = _threads is not null && t < _threads.Count ? _threads[t] : null;
            if (th is not null && th.PendingAddress != 0 && _addressIds.TryGetValue(th.PendingAddress, out int cell)) location = cell;
            else if (th is { PendingResource: not null and not ControlledThread } && _resourceIds.TryGetValue(th.PendingResource, out int resource)) location = resource;
            bool writes = th is not null && th.PendingOp is not (OpKind.Load or OpKind.CompareExchange);
            pending[i] = new DporEvent(t, location, writes, -1, th?.PendingOp == OpKind.Yield, 0, 0, false, -1);
        }
        return pending;
    }

    /// <summary>
    /// Class-bounded mode, at a new decision: true while some extension of the prefix run so far may have a class within
    /// the bound, i.e. the prefix's happens-before order has a linearization within it when leaving a thread after its
    /// last step so far is free (<see cref="ClassPreemptions"/>). The schedule itself is one linearization, so the search
    /// runs only when the schedule has spent more preemptions than the bound.
    /// </summary>
    private bool PrefixWithinBound()
    {
        if (_dfs.Preemptions <= _classBound) return true;
        if (_defect == DporDefect.ScheduleBound) return false; // the seeded defect: the schedule's own count decides
        return _classes!.WithinBound(_threadNodes.Count, _classBound, relaxed: true);
    }

    /// <summary>
    /// Class-bounded mode, at the end of a run (<see cref="StepLog.Ending"/>, before its outcome is reported): a run whose
    /// class needs more preemptions than the bound (its last step added them) counts as abandoned, without an outcome.
    /// Its races are still analysed.
    /// </summary>
    private void ExcludeRunOutsideBound()
    {
        if (Steps.Pruned || _classes is null) return;
        SyncEvents();
        _classes.Sync(_events);
        _classes.SetContinues(_events.Count - 1, false);
        if (_dfs.Preemptions <= _classBound) return;
        if (_defect != DporDefect.ScheduleBound && _classes.WithinBound(_events.Count, _classBound, relaxed: false)) return;
        Steps.Pruned = true;
        OutsideBound++;
        LeftOut++;
    }

    /// <summary>True when the preemption bound excludes some of <paramref name="node"/>'s candidates (bounded mode).</summary>
    private bool CutByBound(DporNode node) =>
        _bound >= 0 && node.Current >= 0 && node.PreemptionsBefore >= _bound && node.Offered.Length > 1;

    /// <summary>
    /// The decisions below path position <paramref name="index"/> are done (the engine backtracks to it): marks the
    /// subtrees above each one whose backtrack set kept a thread the bound excluded as cut.
    /// </summary>
    private void MarkExcludedBelow(int index)
    {
        for (int k = Math.Min(_scanFloor, _nodes.Count) - 1; k > index; k--)
        {
            var n = _nodes[k];
            if (!n.IsValue && (n.Backtrack & n.OfferedMask & ~n.Done & ~n.SleepMask & ~WithinBound(n)) != 0) MarkCut(k);
        }
        _scanFloor = Math.Min(_scanFloor, index + 1);
    }

    /// <summary>Marks the subtrees of the decisions above path position <paramref name="position"/> as cut by the bound (a marked one's ancestors are marked).</summary>
    private void MarkCut(int position)
    {
        for (int i = Math.Min(position, _nodes.Count) - 1; i >= 0 && !_nodes[i].SubtreeCut; i--) _nodes[i].SubtreeCut = true;
    }

    private ulong Awake(DporNode node) => node.OfferedMask & ~node.SleepMask & WithinBound(node);

    /// <summary>The candidates of <paramref name="node"/> the preemption bound allows (all when unbounded).</summary>
    private ulong WithinBound(DporNode node)
    {
        if (_bound < 0 || node.Current < 0 || node.PreemptionsBefore < _bound) return ulong.MaxValue;
        return 1UL << node.Current;
    }

    /// <summary>The thread a new decision takes: the current one if it is offered and awake, else the lowest awake one; -1 when all sleep.</summary>
    private int FirstAwake(DporNode node, ReadOnlySpan<int> enabled, int current)
    {
        ulong sleeping = node.SleepMask;
        bool withinBound = _bound < 0 || node.PreemptionsBefore < _bound;
        if (current >= 0 && (sleeping & (1UL << current)) == 0 && ChoiceWithinBound(node, current)) return current;
        if (current >= 0 && !withinBound) return -1;
        foreach (int t in enabled)
            if (t != current && (sleeping & (1UL << t)) == 0 && ChoiceWithinBound(node, t)) return t;
        return -1;
    }

    /// <summary>
    /// Class-bounded mode: false when taking <paramref name="thread"/> at <paramref name="node"/> leaves no extension
    /// with a class within the bound (<see cref="ClassPreemptions.NextWithinBound"/>); the thread is then marked done
    /// there, never run from it: every schedule it would start is outside the bound. True in the other modes.
    /// </summary>
    private bool ChoiceWithinBound(DporNode node, int thread)
    {
        if (_classes is null) return true;
        int cost = node.Current >= 0 && thread != node.Current ? 1 : 0;
        if (node.PreemptionsBefore + cost <= _classBound) return true;
        if (_storeBuffers && _defect != DporDefect.ScheduleBound) return true; // TSO: the step runs, and the prefix test judges it (see the class essay)
        var next = node.Pending?[Array.IndexOf(node.Offered, thread)] ?? new DporEvent(thread, -1, false, -1, false, 0, 0, false, -1);
        if (_defect != DporDefect.ScheduleBound && _classes.NextWithinBound(_events, node.EventIndex, next, node.Current >= 0, _classBound)) return true;
        node.Done |= 1UL << thread;
        Skipped++;
        return false;
    }

    /// <summary>The sleep set of a new decision at step <paramref name="index"/>: the parent's sleepers independent of the parent's step.</summary>
    private List<SleepEntry> InheritedSleep(int index)
    {
        var sleep = new List<SleepEntry>();
        if (index == 0) return sleep;
        var parent = _threadNodes[index - 1];
        var taken = _events[index - 1];
        foreach (var s in parent.Sleep)
            if (s.Thread != parent.Chosen && !Wakes(s, taken, index - 1)) sleep.Add(s);
        return sleep;
    }

    /// <summary>
    /// True when sleeper <paramref name="s"/> wakes after step <paramref name="takenIndex"/> of this iteration (its
    /// event <paramref name="taken"/>). <see cref="DporEvent.DependentAcross"/> must assume that a cell the sleeper's
    /// step touched first (named by its origin or later) is any cell this iteration touched first at or after that
    /// origin. The sleeper has not run since its origin, so it is still paused before that very step, and its pending
    /// address names the cell in this iteration: where both steps name an address they touch one cell exactly when the
    /// addresses are equal (the heap holds still within an iteration, <see cref="StableHeap"/>). A lock or futex step
    /// without an address, or an unknown thread table, stays dependent. In <c>litmus/sb-relaxed-sc</c> each thread's
    /// first store touches a cell of its own that no earlier step touched; without this, the other thread's store
    /// woke the sleeper and DPOR ran a class again.
    /// </summary>
    private bool Wakes(in SleepEntry s, in DporEvent taken, int takenIndex)
    {
        if (!s.Event.DependentAcross(taken, s.Origin)) return false;
        if (s.Event.DependentWith(taken) || _threads is null || s.Thread >= _threads.Count || Steps.HeapMovedNow) return true;
        if (s.Event.FlushOf >= 0) return true; // a flush's cell is its buffer's oldest store's, not a pending address
        nint mine = _threads[s.Thread].PendingAddress, theirs = Steps.Records[takenIndex].Address;
        if (_defect == DporDefect.SleepersIgnoreNewCells) return false; // the seeded defect: a new cell is never the sleeper's
        return mine == 0 || theirs == 0 || mine == theirs;
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
            if (_storeBuffers && r.Thread >= DporEvent.FlushThreadBase)
                throw new WeftInputException($"the dpor strategy supports at most {DporEvent.FlushThreadBase} threads per test under TSO");
            _events.Add(ToEvent(r, k, moved));
        }
    }

    private DporEvent ToEvent(in StepRecord r, int index, bool heapMoved) => ToEvent(r, index, heapMoved, _addressIds, _resourceIds, _defect);

    /// <summary>
    /// Step <paramref name="index"/> of an iteration as an event; the two maps name its cells and resources (per
    /// iteration). <paramref name="refinements"/> selects the relation (<see cref="DporRefinements"/>; the strategy uses
    /// all of them, the class count of the bench coarser ones too).
    /// </summary>
    internal static DporEvent ToEvent(in StepRecord r, int index, bool heapMoved, Dictionary<nint, int> addressIds, Dictionary<object, int> resourceIds,
        DporDefect defect = DporDefect.None, DporRefinements refinements = DporRefinements.All)
    {
        int location = -1, joinTarget = -1;
        // A drain (TSO) writes cells the record does not name: ordered with every step (the seeded defect: only through its operation).
        // A flush writes its cell (the seeded defect: no cell).
        bool global = r.Global || heapMoved || (r.Drained != 0 && defect != DporDefect.StoresAtIssue)
            || r.DuringPromise; // RA: whether the execution stays feasible depends on the order (RaPromises)
        bool writes = true;
        if (r.Op == OpKind.Flush) // TSO: the flush candidate's write of its buffer's oldest store
            return new DporEvent(DporEvent.FlushThreadBase + r.Thread, defect == DporDefect.StoresAtIssue ? -1 : IdOf(addressIds, r.Address, index), true, -1, global, r.MonitorReads, r.MonitorWrites,
                false, -1, r.Parts?.ToArray(), FlushOf: r.Thread);
        if (r.Op == OpKind.Join && r.Resource is ControlledThread target) joinTarget = target.Id;
        else if (r.Address != 0)
        {
            bool failedCas = r.Op == OpKind.CompareExchange && r.CasFailed;
            if (!(failedCas && defect == DporDefect.FailedCasIgnoresWrites)) location = IdOf(addressIds, r.Address, index);
            writes = r.Op != OpKind.Load && !(defect == DporDefect.CasCountsAsRead && r.Op == OpKind.CompareExchange)
                && !(failedCas && (refinements & DporRefinements.FailedCasReads) != 0);
        }
        else if (r.Resource is not null) location = IdOf(resourceIds, r.Resource, index);
        else if (!LocalWithoutLocation(r.Op, refinements)) global = true; // a yield, an operation that names no location
        if (r.Op == OpKind.Spawn && (refinements & DporRefinements.SpawnOrdersSpawnsOnly) == 0) global = true;
        return new DporEvent(r.Thread, location, writes, joinTarget, global, r.MonitorReads, r.MonitorWrites, r.Completes, r.Spawned, r.Parts?.ToArray(),
            SpawnCommutes: defect == DporDefect.SpawnsIndependent, ArrivesAtYield: r.ArrivesAtYield && defect != DporDefect.YieldArrivalsIndependent,
            Drained: r.Drained, SeqCstClock: defect == DporDefect.SeqCstClockIgnored ? (byte)0 : r.SeqCstClock);
    }

    /// <summary>
    /// Operations without a location that are not dependent with everything: a thread's start; under the refinements, a
    /// spawn (dependent with other spawns, <see cref="DporEvent.DependentWith"/>; its child's steps follow it in happens-before) and a fence (a no-op under SC).
    /// </summary>
    private static bool LocalWithoutLocation(OpKind op, DporRefinements refinements) => op switch
    {
        OpKind.Start => true,
        OpKind.Spawn => (refinements & DporRefinements.SpawnOrdersSpawnsOnly) != 0,
        OpKind.Fence => (refinements & DporRefinements.ScFenceLocal) != 0,
        _ => false,
    };

    private static int IdOf<TKey>(Dictionary<TKey, int> ids, TKey key, int index) where TKey : notnull
    {
        if (ids.TryGetValue(key, out int id)) return id;
        ids[key] = index;
        return index;
    }
}
