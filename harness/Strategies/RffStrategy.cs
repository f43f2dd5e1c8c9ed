using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Reads-from guided greybox fuzzing of schedules: Wolff, Shi, Zhang, Roychoudhury, Ramos, "Greybox Fuzzing for
/// Concurrency Testing", ASPLOS 2024 (RFF).
///
/// Concurrency bugs show up as unusual reads-from relations (a load that reads a value no ordinary schedule lets it
/// see: a freed node's next pointer, a stale top, a counter before its increment). RFF treats the set of reads-from
/// pairs an iteration exercised (<see cref="ReadsFromCoverage"/>) as coverage and runs a greybox fuzzing loop over
/// schedules. An iteration either samples a fresh schedule with partial-order sampling (<see cref="PosStrategy"/>, the
/// paper's base scheduler; one iteration in four, and every iteration while the corpus is empty), or picks a corpus
/// schedule by energy (<see cref="FuzzCorpus"/>: schedules with rare pairs first), mutates it
/// (<see cref="ScheduleMutation"/>: shift or swap switch points, insert a preemption, truncate) and follows the mutant
/// for as long as its threads are candidates, then continues with partial-order sampling. When the iteration
/// exercised a pair never seen before, its schedule joins the corpus. So the search keeps returning to, and perturbing
/// around, schedules that reached rare interleavings, where uniform sampling would need to rediscover them each time.
///
/// Scope. Only thread choices are guided; value choices are drawn by the sampler. The strategy learns only from
/// iterations it ran: a portfolio passes every member's iterations to every member, and RFF ignores the others'
/// (their schedules are not in its hands). Everything is drawn from (root seed, iteration) and the corpus, which is a
/// function of the earlier iterations: the same seed on the same test gives the same iterations. Any iteration can be
/// replayed from its recorded schedule, like every strategy's (replay does not involve the strategy).
/// </summary>
internal sealed class RffStrategy : IStrategy, IObservesThreads
{
    private readonly ulong _seed;
    private readonly PosStrategy _sampler;
    private readonly ReadsFromCoverage _coverage = new();
    private readonly FuzzCorpus _corpus = new();
    private readonly List<int> _schedule = new();
    private readonly List<long> _pairs = new();
    private IReadOnlyList<ControlledThread>? _threads;
    private int[]? _guide;
    private int _guided;
    private bool _running;
    private Rng _rng;

    public RffStrategy(ulong seed)
    {
        _seed = seed;
        _sampler = new PosStrategy(Rng.Derive(seed, 0x5EED));
    }

    public string Name => "rff";

    public string Description => "rff (reads-from guided schedule fuzzing)";

    /// <summary>Schedules in the corpus (each exercised a reads-from pair first).</summary>
    public int CorpusSize => _corpus.Count;

    /// <summary>Distinct reads-from pairs exercised by this strategy's iterations.</summary>
    public int CoveredPairs => _coverage.Count;

    /// <summary>Iterations that followed a mutated corpus schedule.</summary>
    public int MutatedIterations { get; private set; }

    public void Attach(IReadOnlyList<ControlledThread> threads)
    {
        _threads = threads;
        _sampler.Attach(threads);
    }

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _sampler.Reset(Rng.Derive(_seed ^ 0xF0F0F0F0UL, (ulong)iteration));
        _coverage.BeginIteration();
        _schedule.Clear();
        _guided = 0;
        _guide = null;
        if (_corpus.Count > 0 && _rng.Next(4) != 0)
        {
            _guide = ScheduleMutation.Mutate(_corpus.Pick(ref _rng, _coverage), ref _rng);
            MutatedIterations++;
        }
        _running = true;
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int chosen = 0;
        if (enabled.Length > 1)
        {
            chosen = -1;
            if (_guide is not null && _guided < _guide.Length) chosen = enabled.IndexOf(_guide[_guided++]);
            if (chosen < 0) chosen = _sampler.Highest(enabled);
            _schedule.Add(enabled[chosen]);
        }
        _sampler.Ran(enabled, enabled[chosen]);
        if (PendingAccess.Thread(_threads, enabled[chosen]) is { } thread) _coverage.Step(thread);
        return chosen;
    }

    public int NextValue(int count, int step) => _sampler.NextValue(count, step);

    public void IterationCompleted(int steps, int choices)
    {
        if (!_running) return; // another portfolio member's iteration
        _running = false;
        _pairs.Clear();
        if (_coverage.EndIteration(_pairs) > 0) _corpus.Add(_schedule.ToArray(), _pairs.ToArray(), _coverage);
    }
}
