using System;
using System.Threading;

namespace Weft.Engine;

/// <summary>
/// A binary semaphore used to hand the single "run" token between controlled threads.
///
/// Exactly one controlled thread runs at a time; every other one waits on its own gate. A handoff is
/// <c>next.Gate.Open(); self.Gate.Wait();</c>. Waiting first spins (on a two-core machine the thread
/// that was just paused is usually the next to be resumed, so the handoff never reaches the kernel),
/// then parks on a monitor.
///
/// Invariant: <c>_open</c> is set at most once per wait cycle (the protocol never opens a gate twice
/// without a wait in between), so a single flag suffices.
/// Parking uses a Dekker-style pair: the opener writes <c>_open</c> then reads <c>_parked</c>; the waiter
/// writes <c>_parked</c> then reads <c>_open</c>; both with full fences (Interlocked.Exchange), so at least
/// one of them sees the other and a wake-up cannot be lost.
/// </summary>
internal sealed class Gate
{
    /// <summary>How long a waiter spins before parking, in microseconds (WEFT_SPIN overrides; 0 disables spinning).</summary>
    internal static readonly long SpinTicks = ReadSpin() * System.Diagnostics.Stopwatch.Frequency / 1_000_000;

    /// <summary>
    /// At most this many waiters spin at once (WEFT_SPINNERS overrides). Only enabled threads spin (blocked and idle
    /// ones park), so in the common two-thread ping-pong one thread runs and the other spins; the default of one slot
    /// per core also covers the instant of a handoff, when the thread handing over starts spinning before the thread it
    /// woke has released its slot.
    /// </summary>
    internal static readonly int MaxSpinners = ReadSpinners();

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

    /// <summary>
    /// Waits until opened. A waiter that may be resumed soon (<paramref name="spin"/>) spins for a bounded time if
    /// one of the <see cref="MaxSpinners"/> spin slots in <paramref name="spinners"/> is free; a blocked or idle
    /// thread parks at once, so spinners never starve the running thread of a core.
    /// </summary>
    public void Wait(bool spin, ref int spinners)
    {
        if (spin && SpinTicks > 0)
        {
            if (Interlocked.Increment(ref spinners) <= MaxSpinners)
            {
                try
                {
                    long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + SpinTicks;
                    while (true)
                    {
                        for (int i = 0; i < 32; i++)
                        {
                            if (Volatile.Read(ref _open) != 0)
                            {
                                Volatile.Write(ref _open, 0);
                                return;
                            }
                            Thread.SpinWait(1);
                        }
                        if (System.Diagnostics.Stopwatch.GetTimestamp() > deadline) break;
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref spinners);
                }
            }
            else
            {
                Interlocked.Decrement(ref spinners);
            }
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

    private static int ReadSpinners()
    {
        var s = Environment.GetEnvironmentVariable("WEFT_SPINNERS");
        if (s is not null && int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return Environment.ProcessorCount;
    }

    private static long ReadSpin()
    {
        var s = Environment.GetEnvironmentVariable("WEFT_SPIN");
        if (s is not null && long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return Environment.ProcessorCount > 1 ? 200 : 0;
    }
}
