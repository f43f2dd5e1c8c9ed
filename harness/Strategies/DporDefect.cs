namespace Weft.Strategies;

/// <summary>
/// A seeded defect of the dpor strategy's dependency relation (<see cref="CheckOptions.DporDefect"/>), the harness side
/// of the library's <c>SeededBug.DporCasCountsAsRead</c>: the negative control of the soundness check that compares
/// DPOR's outcome set with DFS's (<see cref="OutcomeCollector.Difference"/>). A relation that declares too few steps
/// dependent must make that comparison fail.
/// </summary>
internal enum DporDefect
{
    None,
    /// <summary>
    /// Every compare-and-swap counts as a read, a successful one too: it is independent of a load and of another CAS of
    /// the same word. (Only a failed one reads; <see cref="DporRefinements.FailedCasReads"/>.)
    /// </summary>
    CasCountsAsRead,
    /// <summary>
    /// A failed compare-and-swap names no cell: it is independent of every step on its word, writes included, though a
    /// write moved before it could make it succeed.
    /// </summary>
    FailedCasIgnoresWrites,
    /// <summary>Two spawns commute, though they hand out thread ids in order: swapping them swaps the ids of their children.</summary>
    SpawnsIndependent,
    /// <summary>
    /// Every race whose earlier step ends its thread is taken for a causal order, like the race of a thread's last step
    /// with the join it unblocks (<see cref="DporRaceAnalysis.ResumesJoinEndedBy"/>): no backtrack point, as if every
    /// later dependent step had to wait for the thread's end. A thread's last step that writes a cell another thread
    /// reads or writes afterwards is then never reordered after it.
    /// </summary>
    ThreadEndsCausal,
    /// <summary>
    /// A sleeper whose step touched a cell first never wakes on another thread's step on a cell first touched since
    /// (<see cref="DporStrategy"/>'s sleep-set inheritance compares pending addresses): as if two threads' first
    /// touches were always of different cells, though both may be the first touch of one cell.
    /// </summary>
    SleepersIgnoreNewCells,
    /// <summary>
    /// The class-bounded mode (<see cref="DporBoundedSleep.ClassBounded"/>) abandons a prefix, and leaves out a run, as
    /// soon as the schedule itself has spent more preemptions than the bound, though another schedule of its class may
    /// stay within it: with sleep sets, that other schedule is never run, and its class is lost.
    /// </summary>
    ScheduleBound,
    /// No conservative fallback: when a race's initials are not candidates at its earlier step's decision, nothing is
    /// added there. Not a defect under the engine's semantics, as <see cref="DporStrategy"/>'s class essay argues (such
    /// a race's reversal cannot run from that decision); the switch lets DporTests check the argument: without the
    /// fallback DPOR still reaches DFS's outcomes, on tests where the fallback does add threads.
    /// </summary>
    NoConservativeFallback,
    /// <summary>
    /// Two steps that each end with their thread paused at a yield commute, though the order of the two arrivals is the
    /// order of the threads' yield stamps, which decides which of them the yield rule offers first.
    /// </summary>
    YieldArrivalsIndependent,
    /// <summary>
    /// TSO taken for SC: a store counts as written when its thread issues it, so a flush writes no cell (dependent only
    /// with its own thread's steps), a step that drains its thread's buffer (a fence, a read-modify-write, a SeqCst
    /// store, thread exit) is dependent only through the operation it names, and a race with a drain adds no flush. On
    /// <c>litmus/sb-relaxed-tso</c> DPOR then never runs both loads after both stores reached memory, and misses r0=r1=1.
    /// </summary>
    StoresAtIssue,
    /// <summary>
    /// RA: the SeqCst order's clock taken for no shared state, so two SeqCst operations (or fences, locks, a thread's
    /// exit) on different locations commute, though which of them publishes first decides what the other acquires.
    /// </summary>
    SeqCstClockIgnored,
    /// <summary>
    /// RA: a step that discards the execution as infeasible (a promise broken by the loader's fence, say) backtracks to
    /// nothing, though another thread's next step there might have kept the promise first.
    /// </summary>
    DiscardBacktracksNothing,
    /// <summary>
    /// Under TSO the bounded modes take a flush candidate for a thread of its own, as if the runtime made it the current
    /// thread: the class bound's linearizations (<see cref="ClassPreemptions"/>) pay a preemption to go back to the thread a
    /// flush interrupted, which DFS does not count, and the bounded mode's conservative branch point is where the
    /// candidate taken last changed (a flush ends a thread's run of steps). The class-bounded search then leaves out
    /// classes bounded DFS runs.
    /// </summary>
    FlushesSwitchThreads,
}
