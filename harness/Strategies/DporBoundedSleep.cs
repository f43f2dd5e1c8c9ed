namespace Weft.Strategies;

/// <summary>
/// Where bounded DPOR (<see cref="CheckOptions.DporBounded"/>) keeps sleep sets (<see cref="CheckOptions.DporSleep"/>):
/// a thread sleeps at a decision once its subtree there is done, if that subtree is the unbounded one, i.e. the bound
/// took nothing from it.
/// </summary>
internal enum DporBoundedSleep
{
    /// <summary>No sleep sets (Coons, Musuvathi, McKinley's bounded POR as published).</summary>
    None,
    /// <summary>When no decision of the subtree had a candidate the bound excluded.</summary>
    NoCandidateExcluded,
    /// <summary>When no decision of the subtree had a thread in its backtrack set (or, pruned, an awake candidate) that the bound excluded.</summary>
    NoBacktrackExcluded,
    /// <summary>
    /// Not bounded POR: unbounded source-set DPOR with sleep sets everywhere that abandons a prefix only when no schedule
    /// of any class extending it stays within the bound, and leaves out a run whose class needs more preemptions
    /// (the class bound of <see cref="ClassPreemptions"/>; see <see cref="DporStrategy"/>).
    /// </summary>
    ClassBounded,
}
