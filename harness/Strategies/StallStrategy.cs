using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Stall sampling: long preemptions placed right after a load of a word that other threads update.
///
/// The deep reclamation and tree controls fail only when one operation stops at a precise point (a popper between
/// reading the top and reading the node's link, a seek between reading an edge and following it) and stays stopped
/// while the other threads run whole operations: unlink the node, advance the era or epoch, retire and scan. PCT
/// (Burckhardt et al., ASPLOS 2010) makes such stalls, since a thread whose priority drops runs again only when every
/// other thread is blocked or done, but it draws its change points uniformly over all steps, most of which are private
/// work (allocation, history records, pool magazines) where a stall changes nothing. Partial-order sampling
/// (<see cref="PosStrategy"/>) ends a stall as soon as a racing access runs, which is exactly what such a bug needs not
/// to happen. This strategy places each stall at a <em>stall site</em> (<see cref="SharedSites"/>: a load of a cell that
/// another thread updates with a read-modify-write, learned from the access log of earlier iterations), the point
/// where a stopped thread holds a view the others can invalidate, and holds it for a long, random stretch: the
/// "long preemption" that delay-bounded and PCT schedulers reach by chance, aimed as RFF (Wolff et al., ASPLOS 2024)
/// aims its mutations, by what the accesses were.
///
/// Per iteration, one or two stalls are drawn, each a (victim thread, ordinal j, release rule). The victim is uniform
/// over the threads that made a stall-site load in the last iteration of this strategy, j uniform over how many it made.
/// When the victim makes its j-th stall-site load, it is stalled right after it: it is not chosen while a candidate
/// that no stall holds exists. The release rule is one of four, equally likely: after the others wrote the stalled
/// load's cell 1 to 4 times (its view went stale that often); after a log-uniform number of the others' located
/// operations, up to the longest iteration seen; never (it runs when every candidate is stalled, as a lowered PCT
/// thread does); or hand-off: when another thread accesses the same cell (the first or second time), that thread is
/// stalled in its place, for good, and the victim resumes, so the first reader runs on while the later reader holds
/// its view (the shape of a popper that reads the top after another popper read it, and is then starved while the
/// other unlinks, retires and frees the node). Outside stalls, and among threads that are all stalled, the choice is
/// partial-order sampling's; value choices are the sampler's. The first iteration, with nothing learned, places no stall.
///
/// Determinism and replay: every draw comes from (root seed, iteration) and from what the earlier iterations of this
/// strategy observed (the portfolio's other members' iterations are ignored), so the same seed on the same test gives
/// the same iterations; a bug replays from its recorded schedule, as every strategy's does. Invariant: a stalled
/// thread runs only when every candidate is stalled.
/// </summary>
internal sealed class StallStrategy : IStrategy, IObservesThreads
{
    /// <summary>Ways a stall ends (see the class essay).</summary>
    private enum Release : byte { AfterWrites, AfterSteps, Never, HandOff }

    private struct Stall
    {
        public int Victim, Trigger;
        public Release Rule;
        public int Left; // writes or steps still to wait
        public bool Active, Done;
        public nint Cell;
    }

    private readonly ulong _seed;
    private readonly PosStrategy _sampler;
    private readonly Func<int, bool> _stalled; // Stalled, made once: an active stall holds the thread
    private readonly SharedSites _sites = new();
    private IReadOnlyList<ControlledThread>? _threads;
    private readonly List<Stall> _stalls = new();
    private int[] _learnedCounts = Array.Empty<int>();
    private int[] _counts = new int[8];
    private int _longest = 1;
    private bool _running;
    private Rng _rng;

    public StallStrategy(ulong seed)
    {
        _seed = seed;
        _sampler = new PosStrategy(Rng.Derive(seed, 0x57A11));
        _stalled = Stalled;
    }

    public string Name => "stall";

    public string Description => "stall (long preemptions after loads of shared words)";

    /// <summary>Stall sites learned so far (<see cref="SharedSites"/>).</summary>
    public int StallSiteCount => _sites.Count;

    /// <summary>Stalls that started in this strategy's iterations so far.</summary>
    public int StallsStarted { get; private set; }

    public void Attach(IReadOnlyList<ControlledThread> threads)
    {
        _threads = threads;
        _sampler.Attach(threads);
    }

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _sampler.Reset(Rng.Derive(_seed ^ 0x0F0F0F0FUL, (ulong)iteration));
        _sites.BeginIteration();
        Array.Clear(_counts);
        _stalls.Clear();
        DrawStalls();
        _running = true;
        return true;
    }

    private void DrawStalls()
    {
        int victims = 0;
        foreach (int c in _learnedCounts) if (c > 0) victims++;
        if (victims == 0) return;
        int wanted = 1 + _rng.Next(2);
        for (int s = 0; s < wanted; s++)
        {
            int pick = _rng.Next(victims), victim = 0;
            for (; victim < _learnedCounts.Length; victim++)
                if (_learnedCounts[victim] > 0 && pick-- == 0) break;
            var rule = (Release)_rng.Next(4);
            int left = rule switch
            {
                Release.AfterWrites => 1 + _rng.Next(4),
                Release.AfterSteps => LogUniform(_longest),
                Release.HandOff => 1 + _rng.Next(2),
                _ => 0,
            };
            _stalls.Add(new Stall { Victim = victim, Trigger = 1 + _rng.Next(_learnedCounts[victim]), Rule = rule, Left = left });
        }
    }

    /// <summary>A draw from [1, <paramref name="max"/>] whose logarithm is uniform: short and long stalls equally likely per scale.</summary>
    private int LogUniform(int max)
    {
        double u = (_rng.NextULong() >> 11) * (1.0 / (1UL << 53));
        return Math.Clamp((int)Math.Exp(u * Math.Log(max + 1)), 1, max);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int chosen = _sampler.HighestUnheld(enabled, _stalled);
        int id = enabled[chosen];
        _sampler.Ran(enabled, id);
        if (PendingAccess.Thread(_threads, id) is { } thread && thread.PendingCell != 0) Observe(thread);
        return chosen;
    }

    private bool Stalled(int id)
    {
        foreach (var s in _stalls)
            if (s.Active && s.Victim == id) return true;
        return false;
    }

    /// <summary>Thread <paramref name="thread"/> runs its located operation: counts it, starts and ends stalls.</summary>
    private void Observe(ControlledThread thread)
    {
        int site = _sites.Step(thread);
        bool writes = PendingAccess.Writes(thread.PendingOp);
        for (int i = 0; i < _stalls.Count; i++)
        {
            var s = _stalls[i];
            if (!s.Active || s.Victim == thread.Id) continue;
            if (s.Rule == Release.HandOff)
            {
                if (thread.PendingCell == s.Cell && --s.Left <= 0) (s.Victim, s.Rule) = (thread.Id, Release.Never);
                _stalls[i] = s;
                continue;
            }
            if (s.Rule == Release.AfterSteps || (s.Rule == Release.AfterWrites && writes && thread.PendingCell == s.Cell)) s.Left--;
            if (s.Rule != Release.Never && s.Left <= 0) (s.Active, s.Done) = (false, true);
            _stalls[i] = s;
        }
        if (!_sites.IsStallSite(site)) return;
        if (thread.Id >= _counts.Length) Array.Resize(ref _counts, Math.Max(thread.Id + 1, _counts.Length * 2));
        int ordinal = ++_counts[thread.Id];
        for (int i = 0; i < _stalls.Count; i++)
        {
            var s = _stalls[i];
            if (s.Active || s.Done || s.Victim != thread.Id || s.Trigger != ordinal) continue;
            (s.Active, s.Cell) = (true, thread.PendingCell);
            _stalls[i] = s;
            StallsStarted++;
        }
    }

    public int NextValue(int count, int step) => _sampler.NextValue(count, step);

    public void IterationCompleted(int steps, int choices)
    {
        _longest = Math.Max(_longest, steps);
        if (!_running) return; // another portfolio member's iteration
        _running = false;
        bool first = _sites.Count == 0;
        _sites.EndIteration();
        // The first iteration counted every located access (no stall site was known yet): its counts over-estimate the
        // next iteration's ordinals until that iteration replaces them. With no stall site at all, nothing is counted.
        _learnedCounts = _counts.AsSpan().ToArray();
        if (first && _sites.Count == 0) Array.Clear(_learnedCounts);
    }
}
