using System;
using System.Threading;

namespace Weft.Engine;

/// <summary>
/// A binary semaphore used to hand the single "run" token between controlled threads.
///
/// Exactly one controlled thread runs at a time; every other one waits on its own gate. A handoff is
/// <c>next.Gate.Open(); self.Gate.Wait();</c>. Waiting first spins when the machine has cores to spare,
/// then parks on a monitor. On one or two cores it parks at once: a spinning waiter occupies a core that
/// the running thread (or the thread just handed the token) needs, so every handoff waits for an OS time
/// slice, and with three controlled threads on two cores exploration slowed from about 70,000 to about
/// 1,000 steps per second.
///
/// Invariant: <c>_open</c> is set at most once per wait cycle (the protocol never opens a gate twice
/// without a wait in between), so a single flag suffices.
/// Parking uses a Dekker-style pair: the opener writes <c>_open</c> then reads <c>_parked</c>; the waiter
/// writes <c>_parked</c> then reads <c>_open</c>; both with full fences (Interlocked.Exchange), so at least
/// one of them sees the other and a wake-up cannot be lost.
/// </summary>
internal sealed class Gate
{
    /// <summary>Spin iterations before parking; tunable with WEFT_SPIN for machines with other core counts.</summary>
    internal static readonly int SpinLimit = ReadSpin();

    private int _open;
    private int _parked;
    private readonly object _lock = new();

    public void Open()
    {
        Interlocked.Exchange(ref _open, 1);
        if (Volatile.Read(ref _parked) != 0)
        {
            lock (_lock) System.Threading.Monitor.Pulse(_lock);
        }
    }

    public void Wait()
    {
        for (int i = 0; i < SpinLimit; i++)
        {
            if (Volatile.Read(ref _open) != 0)
            {
                Volatile.Write(ref _open, 0);
                return;
            }
            Thread.SpinWait(4);
        }
        Park(Timeout.Infinite);
    }

    /// <summary>Waits without spinning, up to <paramref name="timeoutMs"/>; returns false on time-out.</summary>
    public bool WaitParked(int timeoutMs) => Park(timeoutMs);

    private bool Park(int timeoutMs)
    {
        lock (_lock)
        {
            Interlocked.Exchange(ref _parked, 1);
            while (Volatile.Read(ref _open) == 0)
            {
                if (!System.Threading.Monitor.Wait(_lock, timeoutMs) && timeoutMs != Timeout.Infinite && Volatile.Read(ref _open) == 0)
                {
                    Volatile.Write(ref _parked, 0);
                    return false;
                }
            }
            Volatile.Write(ref _parked, 0);
        }
        Volatile.Write(ref _open, 0);
        return true;
    }

    private static int ReadSpin()
    {
        var s = Environment.GetEnvironmentVariable("WEFT_SPIN");
        if (s is not null && int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return Environment.ProcessorCount > 2 ? 20_000 : 0;
    }
}
