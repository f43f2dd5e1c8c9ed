namespace Weft.Engine;

/// <summary>
/// A resource a controlled thread blocks on that says what the thread waits for, in the words of a deadlock report
/// (the async host's wait for a test's task lists every task that has not completed and what each one awaits).
/// </summary>
internal interface IDescribedWait
{
    /// <summary>The status of a thread blocked on this resource: "blocked ..." followed by what it waits for.</summary>
    string WaitDescription { get; }
}
