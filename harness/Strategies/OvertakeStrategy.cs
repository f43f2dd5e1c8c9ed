using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Overtake sampling: hold a thread just before a contended load until another thread has made the same load of the
/// same word, then hold that other thread instead, for good.
///
/// Some reclamation and helping defects need two threads to line up at one load, in a set order, and then one of them
/// to stall. A popper must read the top of the stack after another popper has started its operation (here: after that
/// operation advanced a global epoch by its own CAS, so its local epoch lags) and before that popper unlinks the node;
/// then the late reader must stay stopped while the first runs enough operations to rotate its limbo bags and free the
/// node. <see cref="StallStrategy"/> places one stall after a load and leaves the first coincidence to chance;
/// partial-order sampling (<see cref="PosStrategy"/>) redraws the priorities of both at the racing access. This
/// strategy builds both on purpose, from the access log alone (<see cref="OvertakeSites"/>). Per iteration it draws one
/// or two holds, each an <em>overtake point</em> (a (write context, contended load site) pair seen in its earlier
/// iterations) uniformly over the points, so a load that follows a rare write (the epoch CAS) is drawn as often as the
/// common one; then a victim thread uniformly among the threads that ran the point, and an occurrence j uniformly over
/// how often that thread ran it (counting only occurrences where another thread could have run instead). When
/// the victim is about to make its j-th load at the point, it is held before it (not chosen while a candidate no hold
/// keeps exists). The hold ends when another thread runs a load at the same site of the same cell: that thread, the
/// overtaker, has now read the word the victim was about to read, and is held right after its load for the rest of the
/// iteration (it runs only when every candidate is held or done, as a lowered PCT thread does), while the victim
/// resumes. So the victim acts first on the word both read, and the overtaker keeps its view while the victim runs on.
/// With no overtaker, the victim runs when every candidate is held. Outside holds, the choice is partial-order
/// sampling's; value choices are the sampler's. The first iteration, with nothing learned, places no hold.
///
/// Determinism and replay: every draw comes from (root seed, iteration) and from what the earlier iterations of this
/// strategy observed (a portfolio's other members' iterations are ignored), so the same seed on the same test gives the
/// same iterations; a bug replays from its recorded schedule. Invariant: a held thread runs only when every candidate
/// is held.
/// </summary>
internal sealed class OvertakeStrategy : IStrategy, IObservesThreads
{
    private readonly ulong _seed;
    private readonly PosStrategy _sampler;
    private readonly Func<int, bool> _held; // Held, made once: a hold keeps the thread
    private readonly OvertakeSites _sites = new();
    private IReadOnlyList<ControlledThread>? _threads;
    private Rng _rng;
    private bool _running;

    private struct Hold
    {
        public int Victim, Context, Site, Trigger, Seen, Cell;
        public bool Active, Done;
    }

    // The draws of this iteration, and the overtakers held for good.
    private readonly List<Hold> _holds = new();
    private readonly List<int> _overtakers = new();

    /// <summary>Holds drawn per iteration: uniform in [1, this].</summary>
    private const int HoldsPerIteration = 2;

    public OvertakeStrategy(ulong seed)
    {
        _seed = seed;
        _sampler = new PosStrategy(Rng.Derive(seed, 0x0E27A4E));
        _held = Held;
    }

    public string Name => "overtake";

    public string Description => "overtake (hold a thread before a contended load until another makes it)";

    /// <summary>Contended load sites learned so far (<see cref="OvertakeSites"/>).</summary>
    public int ContendedSiteCount => _sites.ContendedCount;

    /// <summary>Holds that started in this strategy's iterations so far.</summary>
    public int HoldsStarted { get; private set; }

    /// <summary>Holds that ended with an overtaker held in the victim's place.</summary>
    public int Overtakes { get; private set; }

    public void Attach(IReadOnlyList<ControlledThread> threads)
    {
        _threads = threads;
        _sampler.Attach(threads);
    }

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _sampler.Reset(Rng.Derive(_seed ^ 0x0E0E0E0EUL, (ulong)iteration));
        _sites.BeginIteration();
        _holds.Clear();
        _overtakers.Clear();
        int wanted = 1 + _rng.Next(HoldsPerIteration);
        for (int i = 0; i < wanted; i++) Draw();
        _running = true;
        return true;
    }

    private void Draw()
    {
        if (_sites.PointCount == 0) return;
        var ((context, site), counts) = _sites.Learned(_rng.Next(_sites.PointCount));
        int threads = 0;
        foreach (int c in counts) if (c > 0) threads++;
        if (threads == 0) return;
        int pick = _rng.Next(threads), victim = 0;
        for (; victim < counts.Length; victim++)
            if (counts[victim] > 0 && pick-- == 0) break;
        _holds.Add(new Hold { Victim = victim, Context = context, Site = site, Trigger = 1 + _rng.Next(counts[victim]) });
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int chosen = _sampler.HighestUnheld(enabled, _held);
        int id = enabled[chosen];
        _sampler.Ran(enabled, id);
        if (PendingAccess.Thread(_threads, id) is { } thread && thread.PendingCell != 0) Observe(thread, enabled.Length > 1);
        return chosen;
    }

    /// <summary>True when <paramref name="id"/> is held: an overtaker, or a victim whose hold started or whose pending load starts it.</summary>
    private bool Held(int id)
    {
        if (_overtakers.Contains(id)) return true;
        for (int i = 0; i < _holds.Count; i++)
        {
            var h = _holds[i];
            if (h.Victim != id || h.Done) continue;
            if (h.Active) return true;
            if (PendingAccess.Thread(_threads, id) is not { } thread || thread.PendingOp != OpKind.Load || thread.PendingCell == 0) continue;
            if (_sites.ContextOf(id) != h.Context || _sites.SiteOf(thread) != h.Site || h.Seen + 1 != h.Trigger) continue;
            (h.Active, h.Cell) = (true, thread.PendingCell);
            _holds[i] = h;
            HoldsStarted++;
            return true;
        }
        return false;
    }

    /// <summary>Thread <paramref name="thread"/> runs its located operation: logs it, counts the victims' points, ends holds on an overtake.</summary>
    private void Observe(ControlledThread thread, bool contested)
    {
        int site = _sites.SiteOf(thread);
        if (thread.PendingOp == OpKind.Load && contested)
        {
            int context = _sites.ContextOf(thread.Id);
            for (int i = 0; i < _holds.Count; i++)
            {
                var h = _holds[i];
                if (h.Done) continue;
                if (h.Victim == thread.Id)
                {
                    if (context != h.Context || site != h.Site) continue;
                    h.Seen++;
                    if (h.Active) (h.Done, h.Active) = (true, false); // every candidate was held: the victim runs without an overtaker
                }
                else if (h.Active && site == h.Site && thread.PendingCell == h.Cell)
                {
                    (h.Done, h.Active) = (true, false);
                    if (!_overtakers.Contains(thread.Id)) _overtakers.Add(thread.Id);
                    Overtakes++;
                }
                _holds[i] = h;
            }
        }
        _sites.Step(thread, site, contested);
    }

    public int NextValue(int count, int step) => _sampler.NextValue(count, step);

    public void IterationCompleted(int steps, int choices)
    {
        if (!_running) return; // another portfolio member's iteration
        _running = false;
        _sites.EndIteration();
    }
}
