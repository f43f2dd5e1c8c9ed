using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The feedback of <see cref="RffStrategy"/>: which reads-from pairs the iterations have exercised (Wolff, Shi, Zhang,
/// Roychoudhury, Ramos, "Greybox Fuzzing for Concurrency Testing", ASPLOS 2024). A pair is (store site, load site,
/// across threads?): a load, or the read half of a read-modify-write, at one program point read the value that the last
/// write to the same cell, at another program point, left there. Sites are the source positions the atomics layer
/// reports; the initial value of a cell (no write yet in the iteration) is site 0. A pair whose writer and reader are
/// different threads is told apart from the same pair within one thread: only the former is an interleaving outcome.
/// As in AFL's edge coverage, how often an iteration exercised a pair counts too, in buckets (1, 2, 3, 4-7, 8-15, 16-31,
/// 32-127, more): site pairs alone saturate within a few dozen iterations on a small test, while a schedule that makes a
/// load read a stale value once more than before is a new behaviour worth keeping.
///
/// Reads-from is followed in the order the scheduler runs the operations (sequential consistency); under TSO or RA a
/// load may read an older store, and the pair recorded is then the one SC would give: coverage, not a model. A
/// compare-exchange counts as a write even when it fails. Cells are named by their ids within one iteration
/// (<see cref="CellIds"/>: the same in every run); a garbage collection that runs mid-iteration despite the held heap
/// can only make a pair look new, never hide one.
///
/// Invariants: <see cref="Hits"/> counts, per pair, the iterations that exercised it (each at most once per iteration);
/// a pair is new exactly when its count goes from 0 to 1.
/// </summary>
internal sealed class ReadsFromCoverage
{
    private readonly Dictionary<(string?, int), int> _sites = new();
    private readonly Dictionary<int, (int Site, int Thread)> _lastWrite = new();
    private readonly Dictionary<long, int> _iterationPairs = new();
    private readonly Dictionary<long, int> _hits = new();

    /// <summary>Distinct pairs exercised so far.</summary>
    public int Count => _hits.Count;

    public void BeginIteration()
    {
        _lastWrite.Clear();
        _iterationPairs.Clear();
    }

    /// <summary>Thread <paramref name="thread"/> runs the operation it is paused before: records what it reads and writes.</summary>
    public void Step(ControlledThread thread)
    {
        int cell = thread.PendingCell;
        if (cell == 0) return;
        int site = Site(thread.PendingFile, thread.PendingLine);
        if (PendingAccess.Reads(thread.PendingOp))
        {
            var writer = _lastWrite.TryGetValue(cell, out var w) ? w : (Site: 0, Thread: thread.Id);
            long pair = ((long)writer.Site << 32) | (uint)site;
            if (writer.Thread != thread.Id) pair |= long.MinValue;
            _iterationPairs[pair] = _iterationPairs.GetValueOrDefault(pair) + 1;
        }
        if (PendingAccess.Writes(thread.PendingOp)) _lastWrite[cell] = (site, thread.Id);
    }

    /// <summary>Ends the iteration: counts its pairs and appends them to <paramref name="pairs"/>; returns how many were new.</summary>
    public int EndIteration(List<long> pairs)
    {
        int fresh = 0;
        foreach (var (exercised, times) in _iterationPairs)
        {
            long pair = exercised ^ ((long)Bucket(times) << 56);
            int hits = _hits.GetValueOrDefault(pair);
            if (hits == 0) fresh++;
            _hits[pair] = hits + 1;
            pairs.Add(pair);
        }
        return fresh;
    }

    /// <summary>The iterations that exercised <paramref name="pair"/> (0 for a pair never seen).</summary>
    public int Hits(long pair) => _hits.GetValueOrDefault(pair);

    /// <summary>AFL's hit-count buckets: 1, 2, 3, 4-7, 8-15, 16-31, 32-127, 128 and more.</summary>
    private static int Bucket(int times) => times switch
    {
        <= 3 => times - 1,
        <= 7 => 3,
        <= 15 => 4,
        <= 31 => 5,
        <= 127 => 6,
        _ => 7,
    };

    private int Site(string? file, int line)
    {
        if (!_sites.TryGetValue((file, line), out int id)) _sites[(file, line)] = id = _sites.Count + 1;
        return id;
    }
}
