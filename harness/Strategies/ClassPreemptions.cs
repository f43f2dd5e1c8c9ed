using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// The fewest preemptions among the schedules of one Mazurkiewicz class: the class-bounded DPOR
/// (<see cref="DporBoundedSleep.ClassBounded"/>) keeps a prefix while some linearization of its happens-before order
/// stays within the preemption bound, as Marmanis, Kokologiannakis and Vafeiadis bound the class rather than the
/// schedule ("Reconciling Preemption Bounding with DPOR", TACAS 2023).
///
/// The preemption is <see cref="DfsStrategy"/>'s (<see cref="Engine.DecisionDfs.Decision.Cost"/>): taking another thread
/// at a decision where the thread that ran the last step is still offered (not blocked, not finished, not deferred by
/// the yield rule). Whether a thread is still offered right after one of its steps is read from the executed schedule
/// (the decision that followed the step, <see cref="SetContinues"/>) and taken to hold in every linearization: the
/// step's effect is the same in all of them (a blocked attempt blocks, a last step ends its thread), so a switch after
/// step e costs cont(e) whatever the order. The yield rule is the exception in principle (whether a yielder is
/// deferred depends on the other threads' yield stamps); yields are dependent with every step, which fixes the order of
/// every step around them, and the class-cover check of <c>weft bench engine --part dpor-bounded</c> measures the rest.
///
/// The search. Happens-before is one vector clock per step, built as the steps arrive (as
/// <see cref="DporRaceAnalysis"/> builds it). A linearization is grown thread by thread over states (steps placed per
/// thread, last thread): a thread's next step is ready once every step its clock has seen is placed. When the last
/// thread's next step is ready and leaving it would cost a preemption, running it is never worse (moving it forward
/// to right after its predecessor removes a paid switch and adds at most one), so only switches are branch points; a
/// state that failed with a budget is remembered, so a search never expands it again with that budget or less. The
/// search stops at the first linearization within the bound.
///
/// TSO. A flush candidate (<see cref="DporEvent.FlushThreadBase"/> + t, its steps <see cref="DporEvent.FlushOf"/> t) is
/// counted as DFS counts it: the runtime offers flushes after the threads and keeps the thread that ran last as the
/// current one across a flush, so taking a flush while that thread is still offered is a preemption, and going back
/// to that thread after it is free. In the search a flush is placed like a step of another thread (it pays for leaving
/// the current thread) but leaves the current thread as it was: the last thread is always a thread, and the
/// continuation that decides whether leaving it costs is that of its own last step. Running the current thread's
/// ready steps first stays never worse: a flush moved after them pays at most what it paid before.
///
/// Prefixes. For a prefix (<see cref="WithinBound"/> with relaxed set) the cost of leaving a thread after its last
/// step in the prefix is 0: a longer run may give that thread later steps that end or block it before the switch, so
/// only with that relaxation is the prefix's minimum a lower bound on every extension's (restricting a linearization
/// of the extension to the prefix never adds a paid switch that the extension did not pay).
/// </summary>
internal sealed class ClassPreemptions
{
    private const int MaxThreads = 64;
    private const int KeyThreads = 7; // threads per state key (16 bits of position each); more: no pruning

    private readonly List<int[]> _clocks = new(); // per step: the steps of each thread it has seen (its own included)
    private readonly List<int> _thread = new();
    private readonly List<bool> _continues = new();
    private readonly List<int> _spawned = new();
    private readonly int[] _nextClock = new int[MaxThreads]; // a thread's next step, not run yet (NextWithinBound): its clock
    private readonly int[] _last = new int[MaxThreads], _spawnedBy = new int[MaxThreads], _count = new int[MaxThreads];
    private readonly Dictionary<(ulong, ulong), int> _failed = new();
    private int[] _threads = Array.Empty<int>(); // the search's threads (ids), and per thread its steps in order
    private List<int>[] _steps = Array.Empty<List<int>>();
    private int[] _placed = Array.Empty<int>(), _length = Array.Empty<int>();
    private bool _relaxed;
    private ulong _flushes; // the candidate ids whose steps are flushes (TSO)
    private readonly bool _flushesAsThreads;

    /// <param name="flushesAsThreads">The seeded defect <see cref="DporDefect.FlushesSwitchThreads"/>: a flush candidate
    /// counts as a thread of its own (taking one makes it the current thread, so the thread it interrupted pays again to
    /// come back), more preemptions than DFS counts.</param>
    public ClassPreemptions(bool flushesAsThreads = false)
    {
        _flushesAsThreads = flushesAsThreads;
        Clear();
    }

    /// <summary>Steps added so far.</summary>
    public int Count => _thread.Count;

    /// <summary>States the searches expanded (the cost of the check, for measurements).</summary>
    public long Expanded { get; private set; }

    /// <summary>Forgets every step (a new iteration).</summary>
    public void Clear()
    {
        _thread.Clear();
        _continues.Clear();
        _spawned.Clear();
        _flushes = 0;
        Array.Fill(_last, -1);
        Array.Fill(_spawnedBy, -1);
        Array.Clear(_count);
    }

    /// <summary>Adds the steps of <paramref name="events"/> not added yet, with their happens-before clocks.</summary>
    public void Sync(IReadOnlyList<DporEvent> events)
    {
        for (int k = _thread.Count; k < events.Count; k++)
        {
            var e = events[k];
            if (_clocks.Count <= k) _clocks.Add(new int[MaxThreads]);
            var clock = _clocks[k];
            int from = _last[e.Thread] >= 0 ? _last[e.Thread] : _spawnedBy[e.Thread];
            if (from >= 0) Array.Copy(_clocks[from], clock, MaxThreads);
            else Array.Clear(clock);
            clock[e.Thread] = ++_count[e.Thread];
            for (int j = 0; j < k; j++)
            {
                var other = _clocks[j];
                int t = _thread[j];
                if (clock[t] >= other[t] || !events[j].DependentWith(e)) continue;
                for (int u = 0; u < MaxThreads; u++) clock[u] = Math.Max(clock[u], other[u]);
            }
            _thread.Add(e.Thread);
            _continues.Add(false);
            _spawned.Add(e.Spawned);
            if (e.FlushOf >= 0) _flushes |= 1UL << e.Thread;
            _last[e.Thread] = k;
            if (e.Spawned >= 0 && e.Spawned < MaxThreads) _spawnedBy[e.Spawned] = k;
        }
    }

    /// <summary>
    /// Whether step <paramref name="index"/>'s thread was still offered at the decision right after it (leaving it there
    /// is a preemption). Read for a thread's steps only: after a flush the current thread is the one before it.
    /// </summary>
    public void SetContinues(int index, bool continues)
    {
        if (index >= 0 && index < _continues.Count) _continues[index] = continues;
    }

    /// <summary>
    /// True when some linearization of the happens-before order of the first <paramref name="steps"/> steps has at
    /// most <paramref name="bound"/> preemptions; with <paramref name="relaxed"/>, leaving a thread after its last
    /// step among them is free (the prefix test, see the class essay). True as well when the test has more threads
    /// than the search keys (no pruning).
    /// </summary>
    public bool WithinBound(int steps, int bound, bool relaxed)
    {
        Prepare(steps, -1);
        return Run(bound, relaxed);
    }

    /// <summary>
    /// The prefix test (relaxed, see the class essay) for the first <paramref name="steps"/> steps followed by a step of
    /// <paramref name="thread"/> not run yet, when the thread of the last of them is still offered after it exactly
    /// when <paramref name="lastContinues"/>. The new step is taken to happen after its thread's earlier steps (or its
    /// spawn) and after the earlier steps <paramref name="next"/> is dependent with: the caller describes the step by
    /// what is known before it runs (its operation and cell), never by more dependencies than it will have, and fewer
    /// constraints can only lower the minimum, so false still means that no extension has a class within the bound.
    /// </summary>
    public bool NextWithinBound(IReadOnlyList<DporEvent> events, int steps, in DporEvent next, bool lastContinues, int bound)
    {
        int thread = next.Thread;
        if (next.FlushOf >= 0) _flushes |= 1UL << thread;
        int current = LastThreadStep(steps);
        bool saved = current >= 0 && _continues[current];
        if (current >= 0) _continues[current] = lastContinues;
        Array.Clear(_nextClock);
        int from = -1, own = 0;
        for (int k = 0; k < steps; k++)
        {
            if (_thread[k] == thread) { from = k; own++; }
            else if (own == 0 && _spawned[k] == thread) from = k;
        }
        if (from >= 0) Array.Copy(_clocks[from], _nextClock, MaxThreads);
        _nextClock[thread] = own + 1;
        for (int j = 0; j < steps; j++)
        {
            var other = _clocks[j];
            int t = _thread[j];
            if (t == thread || _nextClock[t] >= other[t] || !events[j].DependentWith(next)) continue;
            for (int u = 0; u < MaxThreads; u++) _nextClock[u] = Math.Max(_nextClock[u], other[u]);
        }
        Prepare(steps, thread);
        bool within = Run(bound, relaxed: true);
        if (current >= 0) _continues[current] = saved;
        return within;
    }

    /// <summary>The last step before <paramref name="steps"/> that is not a flush (its thread is the current one at the decision after it), or -1.</summary>
    private int LastThreadStep(int steps)
    {
        int k = steps - 1;
        while (k >= 0 && IsFlushCandidate(_thread[k])) k--;
        return k;
    }

    /// <summary>True when candidate <paramref name="id"/>'s steps are flushes (TSO), which leave the current thread as it was.</summary>
    private bool IsFlushCandidate(int id) => !_flushesAsThreads && ((_flushes >> id) & 1) != 0;

    private bool Run(int bound, bool relaxed)
    {
        if (_threads.Length > KeyThreads) return true;
        foreach (int l in _length) if (l >= ushort.MaxValue) return true;
        _relaxed = relaxed;
        _failed.Clear();
        return Search(-1, bound);
    }

    /// <summary>The search's threads and their steps among the first <paramref name="steps"/>, plus a next step of <paramref name="next"/> (-1: none; its index is -1).</summary>
    private void Prepare(int steps, int next)
    {
        var ids = new List<int>();
        for (int k = 0; k < steps; k++) if (!ids.Contains(_thread[k])) ids.Add(_thread[k]);
        if (next >= 0 && !ids.Contains(next)) ids.Add(next);
        _threads = ids.ToArray();
        _steps = new List<int>[_threads.Length];
        for (int i = 0; i < _steps.Length; i++) _steps[i] = new List<int>();
        for (int k = 0; k < steps; k++) _steps[ids.IndexOf(_thread[k])].Add(k);
        if (next >= 0) _steps[ids.IndexOf(next)].Add(-1);
        _placed = new int[_threads.Length];
        _length = new int[_threads.Length];
        for (int i = 0; i < _steps.Length; i++) _length[i] = _steps[i].Count;
    }

    /// <summary>
    /// Places thread <paramref name="last"/>'s ready steps while leaving it would cost a preemption, then branches.
    /// <paramref name="last"/> is the current thread (index; -1: none yet), never a flush candidate.
    /// </summary>
    private bool Search(int last, int budget)
    {
        int ran = 0;
        if (last >= 0)
            while (_placed[last] < _length[last] && LeavingCosts(last) && Ready(last)) { _placed[last]++; ran++; }
        bool found = Branch(last, budget);
        if (last >= 0) _placed[last] -= ran;
        return found;
    }

    private bool Branch(int last, int budget)
    {
        Expanded++;
        bool done = true;
        for (int t = 0; t < _threads.Length && done; t++) done = _placed[t] == _length[t];
        if (done) return true;
        var key = Key(last);
        if (_failed.TryGetValue(key, out int failedWith) && failedWith >= budget) return false;
        int cost = last >= 0 && LeavingCosts(last) ? 1 : 0;
        for (int t = 0; t < _threads.Length; t++)
        {
            if (_placed[t] == _length[t] || !Ready(t)) continue;
            int c = t == last ? 0 : cost;
            if (c > budget) continue;
            _placed[t]++;
            bool found = Search(IsFlushCandidate(_threads[t]) ? last : t, budget - c);
            _placed[t]--;
            if (found) return true;
        }
        _failed[key] = budget;
        return false;
    }

    /// <summary>True when switching away from thread <paramref name="t"/> (index) now is a preemption: its last placed step left it offered.</summary>
    private bool LeavingCosts(int t)
    {
        int p = _placed[t];
        if (p == 0) return false;
        if (_relaxed && p == _length[t]) return false;
        int k = _steps[t][p - 1];
        return k >= 0 && _continues[k];
    }

    /// <summary>True when every step thread <paramref name="t"/>'s next step has seen (happens after) is placed.</summary>
    private bool Ready(int t)
    {
        int k = _steps[t][_placed[t]];
        var clock = k >= 0 ? _clocks[k] : _nextClock;
        for (int u = 0; u < _threads.Length; u++)
            if (u != t && clock[_threads[u]] > _placed[u]) return false;
        return true;
    }

    private (ulong, ulong) Key(int last)
    {
        ulong a = 0, b = (ulong)(last + 1);
        for (int t = 0; t < _threads.Length; t++)
        {
            if (t < 4) a |= (ulong)_placed[t] << (16 * t);
            else b |= (ulong)_placed[t] << (16 * (t - 3));
        }
        return (a, b);
    }
}
