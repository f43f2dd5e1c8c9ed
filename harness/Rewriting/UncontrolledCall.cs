using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// Rewritten code calls <see cref="Entering"/> just before a call that may block and that Weft does not control (a
/// <c>WaitHandle.WaitOne</c>, <c>Task.Wait</c>, <c>ReaderWriterLockSlim</c>, ...): if the thread then reaches no
/// scheduling point, the watchdog's uncontrolled-blocking report names that call and where it was made.
/// </summary>
public static class UncontrolledCall
{
    public static void Entering(string call, string? file, int line) =>
        SchedulingHooks.EnteringUncontrolled(file is null ? call : $"{call} at {System.IO.Path.GetFileName(file)}:{line}");
}
