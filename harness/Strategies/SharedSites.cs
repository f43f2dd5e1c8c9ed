using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The access log behind <see cref="StallStrategy"/>: the <em>stall sites</em>, source positions (the sites the atomics
/// layer reports, stable across iterations) of loads whose cell another thread updates with a read-modify-write (a
/// compare-exchange, an exchange, a fetch-and-op) in the same iteration. Such a load is the first half of the lock-free
/// pattern "read a shared word, then act on what it named": a top or head pointer a CAS swings, a tree edge a CAS
/// flags, an epoch or era a CAS advances. A thread stopped right after it holds a view the others can invalidate; a
/// thread stopped after a private access (its own pool magazine, its own announcement), or after a load of a word only
/// plain stores write, holds little the others race for. Cells are named by their ids within one iteration (<see cref="CellIds"/>: the same in every
/// run), sites by (file, line) across iterations; a garbage collection that runs mid-iteration despite the held heap
/// splits a cell's log in two, which can only hide a stall site from that iteration. Until a stall site is known, every located access counts as one.
/// Invariant: the set of stall sites only grows.
/// </summary>
internal sealed class SharedSites
{
    private sealed class CellLog
    {
        public int UpdateThread; // the first thread that updated the cell with a read-modify-write, or -1
        public bool ManyUpdaters;
        public readonly List<(int Site, int Thread)> Loads = new(2);
    }

    private readonly Dictionary<(string?, int), int> _ids = new();
    private readonly HashSet<int> _stallSites = new();
    private readonly Dictionary<int, CellLog> _cells = new();
    private readonly Stack<CellLog> _free = new();

    /// <summary>Sites known to be stall sites.</summary>
    public int Count => _stallSites.Count;

    public void BeginIteration()
    {
        foreach (var log in _cells.Values)
        {
            log.Loads.Clear();
            _free.Push(log);
        }
        _cells.Clear();
    }

    /// <summary>Thread <paramref name="thread"/> runs the located operation it is paused before: logs it, returns its site.</summary>
    public int Step(ControlledThread thread)
    {
        var key = (thread.PendingFile, thread.PendingLine);
        if (!_ids.TryGetValue(key, out int site)) _ids[key] = site = _ids.Count;
        if (!_cells.TryGetValue(thread.PendingCell, out var log))
        {
            log = _free.Count > 0 ? _free.Pop() : new CellLog();
            (log.UpdateThread, log.ManyUpdaters) = (-1, false);
            _cells[thread.PendingCell] = log;
        }
        if (thread.PendingOp == OpKind.Load)
        {
            if (!log.Loads.Contains((site, thread.Id))) log.Loads.Add((site, thread.Id));
        }
        else if (PendingAccess.Reads(thread.PendingOp))
        {
            if (log.UpdateThread < 0) log.UpdateThread = thread.Id;
            else if (log.UpdateThread != thread.Id) log.ManyUpdaters = true;
        }
        return site;
    }

    /// <summary>True when <paramref name="site"/> is a known stall site, or none is known yet.</summary>
    public bool IsStallSite(int site) => _stallSites.Count == 0 || _stallSites.Contains(site);

    /// <summary>Ends the iteration: every load of a cell that another thread updated becomes a stall site.</summary>
    public void EndIteration()
    {
        foreach (var log in _cells.Values)
        {
            if (log.UpdateThread < 0) continue;
            foreach (var (site, thread) in log.Loads)
                if (log.ManyUpdaters || thread != log.UpdateThread) _stallSites.Add(site);
        }
    }
}
