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
    /// <summary>A compare-and-swap counts as a read: it is independent of a load and of another CAS of the same word.</summary>
    CasCountsAsRead,
}
