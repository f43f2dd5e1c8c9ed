namespace Weft.Reporting;

/// <summary>Progress of a nightly run, for a progress bar or plain lines.</summary>
public interface INightlyProgress
{
    /// <summary>A test is about to start (<paramref name="index"/> of <paramref name="count"/>, 1-based).</summary>
    void Starting(PlannedTest test, int index, int count);

    /// <summary>A test finished (or was found already finished in the log when resuming: <paramref name="resumed"/>).</summary>
    void Finished(TestResult result, int index, int count, bool resumed);
}
