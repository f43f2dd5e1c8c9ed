namespace Weft.Engine;

/// <summary>
/// A partial-order reduction over <see cref="DecisionDfs"/>: it decides which options of a decision the search runs.
/// </summary>
internal interface IDecisionReduction
{
    /// <summary>
    /// The decision at <paramref name="index"/> on the path has run its option <c>d.Choice</c> (every decision below it
    /// is exhausted): the option to run next there, or -1 when none is left. <paramref name="allowed"/> is the number of
    /// options within the bound (a prefix of the options). When an option is returned, the path below
    /// <paramref name="index"/> is dropped.
    /// </summary>
    int NextOption(int index, in DecisionDfs.Decision d, int allowed);
}
