using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The race analysis of source-set DPOR over one executed iteration (Abdulla, Aronis, Jonsson, Sagonas, "Optimal
/// Dynamic Partial Order Reduction", POPL 2014, section 4).
///
/// Happens-before is the transitive closure of program order, thread creation (a spawned thread's first step follows
/// the spawn) and the order of dependent steps (<see cref="DporEvent.DependentWith"/>) in the execution. It is kept as
/// one vector clock per step (<see cref="VectorClock"/>): the clock of the thread's previous step (or of the spawn), its own entry advanced, joined
/// with the clock of every earlier dependent step. Step j races with later step k when they are dependent, of
/// different threads, and no step between them is after j and before k in happens-before (j ⋖ k, so they could be
/// adjacent and reversed). For each race the analysis reports the initials of v = notdep(j, E).k: the steps after j
/// that do not happen after j, then k; a thread is initial when its first step in v has no happens-before predecessor
/// in v. One of them must be explored at j for the reversed race to be covered.
/// </summary>
internal sealed class DporRaceAnalysis
{
    private VectorClock[] _clocks = Array.Empty<VectorClock>();
    private int[] _seq = Array.Empty<int>();
    private int[] _previous = Array.Empty<int>();
    private int _threads;
    private readonly List<int> _notAfter = new();
    private readonly VectorClock _past = new();

    /// <summary>
    /// Computes happens-before over <paramref name="events"/> and reports, for every race whose later step is at or after
    /// <paramref name="firstNew"/>, (j, k, the initials as a thread mask) to <paramref name="race"/>.
    /// </summary>
    public void Run(IReadOnlyList<DporEvent> events, int firstNew, Action<int, int, ulong> race)
    {
        ComputeClocks(events);
        for (int k = Math.Max(1, firstNew); k < events.Count; k++) FindRaces(events, k, race);
    }

    /// <summary>
    /// The backtracking points of the persistent-set DPOR that bounded partial-order reduction extends (Flanagan and
    /// Godefroid, POPL 2005, as used by Coons, Musuvathi, McKinley, OOPSLA 2013): for every step k at or after
    /// <paramref name="firstNew"/> and every state s at which k's step was already the next step of its thread p (from
    /// p's previous step on), the last step i before s of another thread that is dependent with k and does not happen
    /// before p's previous step. Over all such s these are every such i after p's previous step plus the last one
    /// before it. Reports (i, k) to <paramref name="race"/>. More points than the source-set races of
    /// <see cref="Run"/>: under a preemption bound the extra ones are what keeps the search sound.
    /// </summary>
    public void RunPersistent(IReadOnlyList<DporEvent> events, int firstNew, Action<int, int> race)
    {
        ComputeClocks(events);
        for (int k = Math.Max(1, firstNew); k < events.Count; k++)
        {
            var ek = events[k];
            int prev = _previous[k];
            bool beforePrevious = true; // still looking for the last candidate at or before p's previous step
            for (int i = k - 1; i >= 0; i--)
            {
                if (i <= prev && !beforePrevious) break;
                var ei = events[i];
                if (ei.Thread == ek.Thread || !ei.DependentWith(ek)) continue;
                if (prev >= 0 && (i == prev || Before(events, i, prev))) continue;
                race(i, k);
                if (i <= prev) beforePrevious = false;
            }
        }
    }

    /// <summary>
    /// True when step <paramref name="k"/> resumes a join that blocked on the thread whose last step is step
    /// <paramref name="j"/>: k is a join of j's thread, j ends that thread, and k's thread's previous step, before j,
    /// was a join of it too. That join ran while the thread was still running (it ends only at j), so it blocked, and
    /// its thread stayed blocked until j: k can run only after j in every schedule with the same prefix. Valid inside
    /// the callbacks of <see cref="Run"/> and <see cref="RunPersistent"/> over the same events.
    /// </summary>
    public bool ResumesJoinEndedBy(IReadOnlyList<DporEvent> events, int j, int k)
    {
        var ej = events[j];
        var ek = events[k];
        int attempt = _previous[k];
        return ej.Completes && ek.JoinTarget == ej.Thread && attempt >= 0 && attempt < j
            && events[attempt].Thread == ek.Thread && events[attempt].JoinTarget == ej.Thread;
    }

    /// <summary>
    /// The happens-before order of <paramref name="events"/> as a string: per thread, each step's vector clock. Two
    /// iterations have the same string exactly when they are the same partial order of the same steps, i.e. one is the
    /// other with adjacent independent steps swapped (their Mazurkiewicz class).
    /// </summary>
    public string PartialOrder(IReadOnlyList<DporEvent> events)
    {
        ComputeClocks(events);
        var order = new List<(int Thread, int Seq, int Step)>(events.Count);
        for (int k = 0; k < events.Count; k++) order.Add((events[k].Thread, _seq[k], k));
        order.Sort();
        var text = new System.Text.StringBuilder();
        foreach (var (thread, _, k) in order)
        {
            text.Append(thread).Append(':');
            for (int t = 0; t < _threads; t++) text.Append(_clocks[k][t]).Append(',');
            text.Append(';');
        }
        return text.ToString();
    }

    /// <summary>True when step <paramref name="a"/> happens before step <paramref name="b"/> (a &lt; b).</summary>
    private bool Before(IReadOnlyList<DporEvent> events, int a, int b) => _clocks[b].HasSeen(events[a].Thread, _seq[a]);

    private void ComputeClocks(IReadOnlyList<DporEvent> events)
    {
        int n = events.Count;
        _threads = 1;
        foreach (var e in events) _threads = Math.Max(_threads, Math.Max(e.Thread, e.Spawned) + 1);
        if (_clocks.Length < n)
        {
            Array.Resize(ref _clocks, Math.Max(n, 2 * _clocks.Length));
            Array.Resize(ref _seq, _clocks.Length);
            Array.Resize(ref _previous, _clocks.Length);
        }
        var last = new int[_threads];
        var spawnedBy = new int[_threads];
        var count = new int[_threads];
        Array.Fill(last, -1);
        Array.Fill(spawnedBy, -1);
        for (int k = 0; k < n; k++)
        {
            var clock = _clocks[k] ??= new VectorClock(_threads);
            clock.Clear();
            var e = events[k];
            int from = last[e.Thread] >= 0 ? last[e.Thread] : spawnedBy[e.Thread];
            _previous[k] = from;
            if (from >= 0) clock.CopyFrom(_clocks[from]);
            clock.Set(e.Thread, _seq[k] = ++count[e.Thread]);
            for (int j = 0; j < k; j++)
            {
                var o = events[j];
                if (clock.HasSeen(o.Thread, _seq[j]) || !o.DependentWith(e)) continue;
                clock.Join(_clocks[j]);
            }
            last[e.Thread] = k;
            if (e.Spawned >= 0) spawnedBy[e.Spawned] = k;
        }
    }

    /// <summary>Reports the races of step <paramref name="k"/> with earlier steps, scanning back from k.</summary>
    private void FindRaces(IReadOnlyList<DporEvent> events, int k, Action<int, int, ulong> race)
    {
        var past = _past; // the join of the clocks of the steps between j and k that happen before k
        past.Clear();
        if (_previous[k] >= 0) past.CopyFrom(_clocks[_previous[k]]);
        var ek = events[k];
        for (int j = k - 1; j >= 0; j--)
        {
            var ej = events[j];
            bool before = Before(events, j, k);
            if (!before) continue;
            bool direct = !past.HasSeen(ej.Thread, _seq[j]);
            if (direct && ej.Thread != ek.Thread && ej.DependentWith(ek)) race(j, k, Initials(events, j, k));
            if (direct) past.Join(_clocks[j]);
        }
    }

    /// <summary>The initials of notdep(j, E).k as a thread mask.</summary>
    private ulong Initials(IReadOnlyList<DporEvent> events, int j, int k)
    {
        _notAfter.Clear();
        for (int i = j + 1; i < k; i++)
            if (!Before(events, j, i)) _notAfter.Add(i);
        _notAfter.Add(k);
        ulong seen = 0, initials = 0;
        for (int x = 0; x < _notAfter.Count; x++)
        {
            int i = _notAfter[x];
            ulong bit = 1UL << events[i].Thread;
            if ((seen & bit) != 0) continue;
            seen |= bit;
            bool first = true;
            for (int y = 0; y < x && first; y++) first = !Before(events, _notAfter[y], i);
            if (first) initials |= bit;
        }
        return initials;
    }
}
