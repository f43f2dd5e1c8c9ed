using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// What <see cref="DporStrategy"/> keeps for one decision on the path of its engine (<see cref="Engine.DecisionDfs"/>,
/// which holds the options taken, replays them and backtracks): for a thread decision the candidates offered, the
/// thread taken, the backtrack set, the threads done and the sleep set; for a value choice its number of values (the
/// engine takes them in order, like DFS). Thread sets are bit masks over thread ids (at most 64 threads).
/// </summary>
internal sealed class DporNode
{
    public bool IsValue;
    /// <summary>Value choice: the number of values.</summary>
    public int Count;

    /// <summary>Thread decision: the candidate thread ids, ascending.</summary>
    public int[] Offered = System.Array.Empty<int>();
    public int Chosen;
    /// <summary>The thread that reached this decision if it is a candidate, else -1 (taking another one is a preemption).</summary>
    public int Current = -1;
    /// <summary>Preemptions spent before this decision (the bounded mode counts them).</summary>
    public int PreemptionsBefore;
    /// <summary>Threads to run from here (source-set DPOR adds to it when it reverses a race).</summary>
    public ulong Backtrack;
    /// <summary>Threads whose subtree from here has been run.</summary>
    public ulong Done;
    /// <summary>
    /// Bounded mode: the preemption bound took something from the subtree of the thread chosen here (a decision there
    /// kept a backtrack thread beyond the bound, or was abandoned with awake candidates beyond it; under
    /// <see cref="DporBoundedSleep.NoCandidateExcluded"/>, had any candidate beyond it). Until then that subtree is the
    /// unbounded one and its thread may sleep here once it is done.
    /// </summary>
    public bool SubtreeCut;
    /// <summary>The index of this decision's step in the iteration (its event).</summary>
    public int EventIndex;
    /// <summary>The step the chosen thread took here in the last iteration that ran it.</summary>
    public DporEvent Executed;
    /// <summary>
    /// The sleep set: threads whose every continuation from here is covered by schedules already run, each with the
    /// step it takes here and the step index at which that step was recorded.
    /// </summary>
    public List<SleepEntry> Sleep = new();
    /// <summary>
    /// Class-bounded mode: each offered thread's next step (by index in <see cref="Offered"/>) as far as it is known
    /// before it runs (its operation's cell, whether it writes, a yield), for <see cref="ClassPreemptions.NextWithinBound"/>.
    /// </summary>
    public DporEvent[]? Pending;

    public ulong SleepMask
    {
        get
        {
            ulong m = 0;
            foreach (var s in Sleep) m |= 1UL << s.Thread;
            return m;
        }
    }

    public ulong OfferedMask
    {
        get
        {
            ulong m = 0;
            foreach (var t in Offered) m |= 1UL << t;
            return m;
        }
    }
}
