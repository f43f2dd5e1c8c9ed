using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// The corpus of <see cref="RffStrategy"/>: the schedules (threads chosen at each decision with a choice) that
/// exercised a reads-from pair no earlier iteration had, with the pairs each exercised.
///
/// Energy. A schedule is picked for mutation with probability proportional to its energy: the sum over its pairs of
/// 1/hits (how many iterations have exercised the pair), divided by the square root of one plus the times it has been
/// picked. A schedule that alone reaches rare pairs is mutated often; one whose pairs every run now reaches, or that
/// has been mutated many times without success, fades. This is the rarity power schedule of the RFF paper (and of
/// AFLFast's "rare branch" schedules) over reads-from pairs. Energies are recomputed every
/// <see cref="RefreshInterval"/> picks and whenever the corpus changes.
///
/// Bound: at most <see cref="Capacity"/> schedules; a new one then replaces the schedule of least energy.
/// </summary>
internal sealed class FuzzCorpus
{
    public const int Capacity = 256;
    private const int RefreshInterval = 16;

    private readonly List<int[]> _schedules = new();
    private readonly List<long[]> _pairs = new();
    private readonly List<int> _picks = new();
    private readonly List<double> _energy = new();
    private int _sinceRefresh = int.MaxValue;

    public int Count => _schedules.Count;

    /// <summary>Adds a schedule that exercised a new pair (see the class essay for the bound).</summary>
    public void Add(int[] schedule, long[] pairs, ReadsFromCoverage coverage)
    {
        if (_schedules.Count < Capacity)
        {
            _schedules.Add(schedule);
            _pairs.Add(pairs);
            _picks.Add(0);
            _energy.Add(0);
        }
        else
        {
            Refresh(coverage);
            int weakest = 0;
            for (int i = 1; i < _energy.Count; i++)
                if (_energy[i] < _energy[weakest]) weakest = i;
            _schedules[weakest] = schedule;
            _pairs[weakest] = pairs;
            _picks[weakest] = 0;
        }
        _sinceRefresh = int.MaxValue;
    }

    /// <summary>Picks a schedule by energy; the corpus must not be empty.</summary>
    public int[] Pick(ref Rng rng, ReadsFromCoverage coverage)
    {
        if (_sinceRefresh >= RefreshInterval) Refresh(coverage);
        _sinceRefresh++;
        double total = 0;
        foreach (double e in _energy) total += e;
        double target = (rng.NextULong() >> 11) * (1.0 / (1UL << 53)) * total;
        int chosen = _energy.Count - 1;
        for (int i = 0; i < _energy.Count; i++)
        {
            target -= _energy[i];
            if (target < 0) { chosen = i; break; }
        }
        _picks[chosen]++;
        return _schedules[chosen];
    }

    private void Refresh(ReadsFromCoverage coverage)
    {
        for (int i = 0; i < _schedules.Count; i++)
        {
            double rarity = 0;
            foreach (long pair in _pairs[i]) rarity += 1.0 / Math.Max(1, coverage.Hits(pair));
            _energy[i] = rarity / Math.Sqrt(1 + _picks[i]) + 1e-9;
        }
        _sinceRefresh = 0;
    }
}
