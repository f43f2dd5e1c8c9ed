using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The access log behind <see cref="OvertakeStrategy"/>: its <em>overtake points</em>, pairs (write context, load site)
/// at which a thread can be held so that another thread overtakes it.
///
/// A load site is <em>contended</em> when, in one iteration, two or more threads loaded one cell at it and some thread
/// updated that cell with a read-modify-write: the same line of code, run by two threads on the same shared word (the
/// top of a stack read by two pops, a global epoch read by two operations' starts). Holding one thread just before
/// such a load lets another run the same code path first and reach the same load, which is the only place where their
/// views of the word can be made to coincide or to differ on purpose. The write context of a load is the site of the
/// loading thread's last read-modify-write before it in the iteration (-1 before its first): it tells apart the same
/// load run in different situations, such as a pop that has just advanced a global counter by its own CAS and one that
/// has not, so that a rare situation is drawn as often as a common one. Sites are named by (file, line), stable
/// across iterations; cells by their ids within one iteration (<see cref="CellIds"/>).
///
/// Per iteration the log counts, per thread, how often each point ran while another thread could have run instead; the
/// strategy draws from every point seen so far at a contended site, with each thread's count from the last iteration in
/// which that thread ran the point. Invariant: the sets of contended sites and of points only grow.
/// </summary>
internal sealed class OvertakeSites
{
    private readonly Dictionary<(string?, int), int> _ids = new();
    private readonly HashSet<int> _contended = new();
    // This iteration: per cell, whether some thread updated it and which (site, thread) pairs loaded it.
    private readonly Dictionary<int, (bool Updated, List<(int Site, int Thread)> Loads)> _cells = new();
    private readonly Dictionary<(int Context, int Site), int[]> _counts = new();
    private readonly Dictionary<(int Context, int Site), int[]> _latest = new(); // per point and thread: the count in the last iteration in which the thread ran it
    private int[] _lastWrite = new int[8];
    private (int Context, int Site)[] _learnedPoints = Array.Empty<(int, int)>();
    private readonly List<int[]> _learnedCounts = new();

    /// <summary>Load sites known to be contended.</summary>
    public int ContendedCount => _contended.Count;

    /// <summary>Overtake points learned so far.</summary>
    public int PointCount => _learnedPoints.Length;

    public void BeginIteration()
    {
        _cells.Clear();
        _counts.Clear();
        Array.Fill(_lastWrite, -1);
    }

    /// <summary>The site id of the located operation <paramref name="thread"/> is paused before.</summary>
    public int SiteOf(ControlledThread thread)
    {
        var key = (thread.PendingFile, thread.PendingLine);
        if (!_ids.TryGetValue(key, out int site)) _ids[key] = site = _ids.Count;
        return site;
    }

    /// <summary>The write context of <paramref name="thread"/>: the site of its last read-modify-write in this iteration, or -1.</summary>
    public int ContextOf(int thread) => thread < _lastWrite.Length ? _lastWrite[thread] : -1;

    /// <summary>
    /// Thread <paramref name="thread"/> runs the located operation it is paused before, at <paramref name="site"/>: logs it.
    /// A load counts as an occurrence of its point only when <paramref name="contested"/> (another thread could have run
    /// instead): a hold where no other thread can run is no hold.
    /// </summary>
    public void Step(ControlledThread thread, int site, bool contested)
    {
        int id = thread.Id;
        if (id >= _lastWrite.Length)
        {
            int old = _lastWrite.Length;
            Array.Resize(ref _lastWrite, Math.Max(id + 1, old * 2));
            Array.Fill(_lastWrite, -1, old, _lastWrite.Length - old);
        }
        if (!_cells.TryGetValue(thread.PendingCell, out var log)) _cells[thread.PendingCell] = log = (false, new List<(int, int)>(2));
        if (thread.PendingOp == OpKind.Load)
        {
            if (!log.Loads.Contains((site, id))) log.Loads.Add((site, id));
            if (!contested) return;
            var point = (_lastWrite[id], site);
            if (!_counts.TryGetValue(point, out var perThread)) _counts[point] = perThread = new int[Math.Max(_lastWrite.Length, 4)];
            if (id >= perThread.Length) _counts[point] = perThread = Grow(perThread, id + 1);
            perThread[id]++;
        }
        else if (PendingAccess.Reads(thread.PendingOp))
        {
            _cells[thread.PendingCell] = (true, log.Loads);
            _lastWrite[id] = site;
        }
    }

    private static int[] Grow(int[] a, int length)
    {
        Array.Resize(ref a, Math.Max(length, a.Length * 2));
        return a;
    }

    /// <summary>Ends the iteration: marks the contended sites and keeps the counts of the points at them.</summary>
    public void EndIteration()
    {
        foreach (var (updated, loads) in _cells.Values)
        {
            if (!updated || loads.Count < 2) continue;
            for (int i = 0; i < loads.Count; i++)
                for (int j = i + 1; j < loads.Count; j++)
                    if (loads[i].Site == loads[j].Site && loads[i].Thread != loads[j].Thread) _contended.Add(loads[i].Site);
        }
        foreach (var (point, perThread) in _counts)
        {
            if (!_latest.TryGetValue(point, out var latest)) _latest[point] = latest = new int[perThread.Length];
            if (latest.Length < perThread.Length) _latest[point] = latest = Grow(latest, perThread.Length);
            for (int t = 0; t < perThread.Length; t++)
                if (perThread[t] > 0) latest[t] = perThread[t];
        }
        var points = new List<(int, int)>();
        _learnedCounts.Clear();
        foreach (var (point, perThread) in _latest)
        {
            if (!_contended.Contains(point.Site)) continue;
            points.Add(point);
            _learnedCounts.Add(perThread);
        }
        _learnedPoints = points.ToArray();
    }

    /// <summary>Learned point <paramref name="index"/> and its per-thread counts (each from the last iteration in which the thread ran it).</summary>
    public ((int Context, int Site) Point, int[] Counts) Learned(int index) => (_learnedPoints[index], _learnedCounts[index]);
}
