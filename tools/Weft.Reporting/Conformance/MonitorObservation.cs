namespace Weft.Reporting;

/// <summary>
/// What one invariant's monitor observed in one test: the events of a type it handles, summed over the test's
/// iterations (and over its results when several runs are merged). Null when the results did not record monitor
/// events; 0 when the monitor was attached (or not even attached) but never fed an event, which checks nothing.
/// </summary>
public sealed record MonitorObservation(string Test, long? Events)
{
    public bool Credited => Events > 0;
}
