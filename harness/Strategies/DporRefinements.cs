using System;

namespace Weft.Strategies;

/// <summary>
/// The refinements of the dpor strategy's dependency relation over the coarse one (every CAS a write, every spawn and
/// fence dependent with every step). Each is sound under the SC memory model, the only one the strategy accepts (see
/// <see cref="DporEvent.DependentWith"/> for the argument). The strategy always uses <see cref="All"/>; the others exist
/// so that <c>weft bench engine --part dpor</c> can count the equivalence classes of the bounded space under the coarser
/// relations (<see cref="ClassCountingDfs"/>) and show what each refinement is worth.
/// </summary>
[Flags]
internal enum DporRefinements
{
    /// <summary>The coarse relation.</summary>
    None = 0,
    /// <summary>A compare-and-swap that failed in the executed schedule only reads its cell.</summary>
    FailedCasReads = 1,
    /// <summary>A spawn is dependent only with another spawn (the thread ids they hand out) and its own thread's steps; the child's steps follow it in happens-before.</summary>
    SpawnOrdersSpawnsOnly = 2,
    /// <summary>A SeqCst fence changes nothing under SC: its step is dependent only by its other effects (monitor events, ending its thread).</summary>
    ScFenceLocal = 4,
    All = FailedCasReads | SpawnOrdersSpawnsOnly | ScFenceLocal,
}
