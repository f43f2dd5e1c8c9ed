using System.Threading;

namespace Plain.BoundedBuffer;

/// <summary>
/// A handoff through a <see cref="ManualResetEvent"/> (a kernel wait handle) that nobody sets: the waiting thread blocks
/// outside any scheduler's control until its timeout.
/// </summary>
public static class EventHandoff
{
    /// <summary>Waits up to <paramref name="milliseconds"/> for a signal that never comes; true if it came.</summary>
    public static bool WaitForSignal(int milliseconds)
    {
        using var signal = new ManualResetEvent(false);
        bool signalled = false;
        var waiter = new Thread(() => signalled = signal.WaitOne(milliseconds));
        waiter.Start();
        waiter.Join();
        return signalled;
    }
}
