namespace Weft.Strategies;

/// <summary>
/// One executed step as <see cref="DporStrategy"/> sees it, and the dependency relation over such steps.
///
/// Locations are named by the index of the step that first touched them in the iteration (<see cref="Location"/>):
/// a raw address (or lock object) is valid within one iteration only, since every iteration allocates its objects
/// anew, but two iterations that share a prefix of steps touch the same cells in that prefix in the same order. So a
/// location first touched before step n is the same cell in every iteration that shares the first n steps; one first
/// touched at or after n may be any cell (<see cref="DependentAcross"/> treats it so).
/// </summary>
internal readonly record struct DporEvent(
    int Thread,
    int Location,
    bool Writes,
    int JoinTarget,
    bool Global,
    ulong MonitorReads,
    ulong MonitorWrites,
    bool Completes,
    int Spawned,
    (int Monitor, MonitorPart Part)[]? Parts = null,
    bool SpawnCommutes = false,
    bool ArrivesAtYield = false,
    int FlushOf = -1,
    ulong Drained = 0,
    byte SeqCstClock = 0)
{

    /// <summary>
    /// Under TSO a flush of thread t's oldest buffered store is a step of its own candidate, numbered
    /// <see cref="FlushThreadBase"/> + t (<see cref="FlushOf"/> is t): the flushes of one buffer are one sequence, like
    /// a thread's steps, so thread ids stay below this base under TSO.
    /// </summary>
    public const int FlushThreadBase = 32;


    /// <summary>
    /// The dependency relation of two steps of the same iteration: the same thread (program order); a step ordered
    /// with everything (<see cref="Global"/>: a yield, an operation without a location, a value choice, a spurious or
    /// timed wake-up, a bug); two spawns (they hand out thread ids in order; a spawned thread's steps follow its spawn
    /// in happens-before, and a spawn commutes with every other step); events delivered to a common monitor, at least
    /// one of which changes its state (monitors keep separate state, so events of monitors with nothing in common
    /// commute), or for a keyed monitor (<see cref="IKeyedMonitor"/>) events that name a common part of its state, one
    /// of them changing it; a thread's last step and a join of that thread; two steps that each end with their thread
    /// paused at a yield (<see cref="ArrivesAtYield"/>); under RA, two steps that touch the SeqCst order's clock, one of
    /// them publishing into it (<see cref="SeqCstClock"/>); the same location with at least one write (futex waits and wakes
    /// write their word; lock operations write their lock).
    ///
    /// Yield arrivals. The yield rule (<see cref="Engine.ControlledRuntime"/>) offers a thread paused at a yield only
    /// once every other enabled thread has yielded since, by the threads' yield stamps, which a thread takes when it
    /// arrives at a yield, at the end of the step before its yield. Two arrivals of different threads are otherwise often
    /// independent (each a load of its own cell, or a thread's start), but swapping them swaps their stamps, so the two
    /// states differ: which of the two yielders the rule offers first. Every other step commutes with an arrival: it
    /// takes no stamp, and what it changes of the rule's input (a thread that blocks, ends, starts or is unblocked with its
    /// old stamp) it changes in either order; the yield steps themselves are dependent with everything. Without the
    /// rule, two threads that each yield once and then store to one cell end with the first arrival's store last in
    /// every schedule DPOR runs (<c>dpor/yield-arrivals</c>).
    ///
    /// Reads are loads and compare-and-swaps that failed in the executed schedule (<see cref="DporRefinements.FailedCasReads"/>,
    /// as in Nidhugg and GenMC): the relation is evaluated on executed steps, so the outcome is known. It is sound because
    /// swapping a failed CAS with an adjacent independent step keeps it failing: that step is of another thread and
    /// does not write the cell (a load, another failed CAS, a step elsewhere), so the CAS reads the same value. A
    /// successful CAS, an exchange and a fetch-and-op write. A SeqCst fence changes nothing under SC
    /// (<see cref="DporRefinements.ScFenceLocal"/>): its step is dependent only through its other effects (monitor
    /// events, ending the thread), like a thread's start. Under TSO it drains its thread's buffer (below); under RA it
    /// joins and publishes into the SeqCst order's clock (<see cref="SeqCstClock"/>).
    ///
    /// RA. The SeqCst order's clock (<see cref="Engine.RaMemory"/>) is state every SeqCst load joins, every SeqCst store
    /// or read-modify-write publishes into, and every full fence (a fence, a lock or futex operation, a spawn or join,
    /// a thread's exit, a thread resuming from a block) does both, whatever cell it names: two steps that touch it are
    /// dependent when one of them publishes (<see cref="SeqCstClock"/> holds the step's use: <see cref="Engine.StepRecord.SeqCstJoins"/>,
    /// <see cref="Engine.StepRecord.SeqCstPublishes"/> or both; which of two fences publishes first decides what the other acquires;
    /// <c>dpor/ra-fence-order</c>). Two SeqCst loads only join it and commute.
    ///
    /// TSO. A store a thread buffers is a step of that thread on its cell (counted as a write: more dependent than
    /// needed, since no other thread sees it before its flush). The flush that writes it to memory is a step of the
    /// flush candidate <see cref="FlushThreadBase"/> + t, a write of the cell, and is dependent with every step of
    /// thread t (t's store enables it, t's own loads may read the buffer, and a drain by t disables it). A step that
    /// drains buffered stores (a fence, a read-modify-write, a SeqCst store, thread exit) writes cells it does not name,
    /// and is <see cref="Global"/>. So a step enables or disables a flush only if it happens before it, and two
    /// adjacent independent steps commute: a flush and another thread's access of another cell, or of the same cell
    /// when both only read it.
    /// </summary>
    public bool DependentWith(in DporEvent other)
    {
        if (Thread == other.Thread || Global || other.Global) return true;
        if ((FlushOf >= 0 && other.Thread == FlushOf) || (other.FlushOf >= 0 && Thread == other.FlushOf)) return true; // a buffer and its thread
        if (Spawned >= 0 && other.Spawned >= 0 && !(SpawnCommutes || other.SpawnCommutes)) return true; // SpawnCommutes: the seeded defect only
        if (ArrivesAtYield && other.ArrivesAtYield) return true; // their order is the order of the two threads' yield stamps
        if ((MonitorWrites & (other.MonitorWrites | other.MonitorReads)) != 0 || (other.MonitorWrites & MonitorReads) != 0) return true;
        if (Parts is not null && other.Parts is not null && ShareChangedPart(Parts, other.Parts)) return true;
        if ((Completes && other.JoinTarget == Thread) || (other.Completes && JoinTarget == other.Thread)) return true;
        if (SeqCstClock != 0 && other.SeqCstClock != 0 && ((SeqCstClock | other.SeqCstClock) & Engine.StepRecord.SeqCstPublishes) != 0) return true;
        return Location >= 0 && Location == other.Location && (Writes || other.Writes);
    }

    /// <summary>
    /// Dependency between this step, recorded as step <paramref name="origin"/> of an earlier iteration (a sleep-set
    /// entry), and <paramref name="other"/>, a step of the current iteration at or after <paramref name="origin"/> (the
    /// two iterations share their first <paramref name="origin"/> steps). A location this step touched first may be
    /// any location the current iteration touched first at or after <paramref name="origin"/>.
    /// </summary>
    public bool DependentAcross(in DporEvent other, int origin)
    {
        if (DependentWith(other)) return true;
        return Location >= origin && other.Location >= origin && (Writes || other.Writes);
    }

    private static bool ShareChangedPart((int Monitor, MonitorPart Part)[] a, (int Monitor, MonitorPart Part)[] b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (x.Monitor == y.Monitor && x.Part.Part == y.Part.Part && (x.Part.Changes || y.Part.Changes)) return true;
        return false;
    }
}
