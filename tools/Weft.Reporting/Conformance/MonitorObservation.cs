namespace Weft.Reporting;

/// <summary>
/// What one invariant's monitor observed in one test: the events of a type it handles, summed over the test's
/// iterations (and over its results when several runs are merged). Null when the results did not record monitor
/// events; 0 when the monitor was attached but never fed an event, or not attached at all (<see cref="Attached"/>
/// false): either way it checked nothing there.
/// </summary>
public sealed record MonitorObservation(string Test, long? Events, bool Attached = true)
{
    public bool Credited => Events > 0;

    /// <summary>For a cell: "1,234", "0", "not attached" or "not recorded".</summary>
    public string Describe() => Events switch
    {
        null => "not recorded",
        _ when !Attached => "not attached",
        { } n => ReportWriter.Count(n),
    };
}
