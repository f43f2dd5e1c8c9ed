using System;
using System.Threading;

namespace Weft.Engine;

/// <summary>
/// A binary semaphore used to hand the single "run" token between controlled threads.
///
/// Exactly one controlled thread runs at a time; every other one waits on its own gate. A handoff is
/// <c>bool slot = next.Gate.Open(keepSlot: true); self.Gate.Wait(spin, slot);</c>. A waiter that may be resumed
/// soon spins for a bounded time, then parks on a monitor; blocked and idle threads park at once.
///
/// Spin slots. At most <see cref="MaxSpinners"/> waiters spin at once, process-wide (<see cref="Spinners"/>), one
/// fewer than the cores: the running thread needs a core of its own, and a spinner sharing its core stalls it until
/// the spin times out (on two cores, two spinners and one runner made every iteration pay a few 200 µs time-outs).
/// A slot passes with the token: the thread that opens a spinning waiter's gate takes over that waiter's slot
/// (<see cref="Open"/> returns true), so a two-thread ping-pong keeps exactly one spinner and never races the
/// woken thread for its slot.
///
/// State machine of <c>_state</c>: Closed -> Spinning (waiter, CAS, holding a slot) -> Opened (opener, exchange:
/// seeing Spinning means the slot is now the opener's); Closed -> Opened (opener; the waiter consumes it);
/// Spinning -> Closed (waiter gives up spinning, CAS: winning it means no opener took the slot, so the waiter
/// returns it before parking; losing it means the gate was opened meanwhile and the slot went to the opener).
/// Invariant: a gate is opened at most once per wait cycle (the protocol never opens a gate twice without a wait in
/// between), and every slot counted in <see cref="Spinners"/> has exactly one owner: a spinning waiter or the opener
/// that took it over and will spin with it or return it.
/// Parking uses a Dekker-style pair: the opener writes <c>_state</c> then reads <c>_parked</c>; the waiter writes
/// <c>_parked</c> then reads <c>_state</c>; both with full fences (Interlocked.Exchange), so at least one of them
/// sees the other and a wake-up cannot be lost.
/// </summary>
internal sealed class Gate
{
    /// <summary>How long a waiter spins before parking, in microseconds (WEFT_SPIN overrides; 0 disables spinning).</summary>
    internal static readonly long SpinTicks = ReadSpin() * System.Diagnostics.Stopwatch.Frequency / 1_000_000;

    /// <summary>At most this many waiters spin at once (WEFT_SPINNERS overrides; default: cores - 1).</summary>
    internal static readonly int MaxSpinners = ReadSpinners();

    /// <summary>
    /// Spin slots in use, process-wide: explorations running in parallel share the machine's cores, so they share the
    /// slots too.
    /// </summary>
    internal static int Spinners;

    private const int Closed = 0, Spinning = 1, Opened = 2;
    private int _state;
    private int _parked;
    private readonly object _lock = new();

    /// <summary>
    /// Opens the gate. If its waiter was spinning, its spin slot passes to the caller when <paramref name="keepSlot"/>
    /// (the return value says whether it did; the caller must then spin with it or <see cref="ReleaseSlot"/>), and is
    /// returned to the pool otherwise.
    /// </summary>
    public bool Open(bool keepSlot = false)
    {
        int prev = Interlocked.Exchange(ref _state, Opened);
        if (prev == Spinning)
        {
            // The waiter is spinning and will see Opened; it no longer owns its slot.
            if (keepSlot) return true;
            ReleaseSlot();
            return false;
        }
        if (Volatile.Read(ref _parked) != 0)
        {
            lock (_lock) System.Threading.Monitor.Pulse(_lock);
        }
        return false;
    }

    /// <summary>Returns a spin slot taken over by <see cref="Open"/> and not used.</summary>
    public static void ReleaseSlot() => Interlocked.Decrement(ref Spinners);

    /// <summary>
    /// Waits until opened. A waiter that may be resumed soon (<paramref name="spin"/>) spins for a bounded time if it
    /// holds a spin slot (<paramref name="hasSlot"/>, taken over from the thread it woke) or gets a free one; a
    /// blocked or idle thread parks at once (and returns a slot it was handed), so spinners never starve the running
    /// thread of a core.
    /// </summary>
    public void Wait(bool spin, bool hasSlot = false)
    {
        if (!spin || SpinTicks <= 0)
        {
            if (hasSlot) ReleaseSlot();
            Park(Timeout.Infinite);
            return;
        }
        if (!hasSlot && Interlocked.Increment(ref Spinners) > MaxSpinners)
        {
            ReleaseSlot();
            Park(Timeout.Infinite);
            return;
        }
        // This thread owns a slot. Announce the spin; losing the CAS means the gate is already open (it can only be
        // Opened: nobody else moves it out of Closed), so the slot is not passed on and goes back to the pool.
        if (Interlocked.CompareExchange(ref _state, Spinning, Closed) != Closed)
        {
            Volatile.Write(ref _state, Closed);
            ReleaseSlot();
            return;
        }
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + SpinTicks;
        while (true)
        {
            for (int i = 0; i < 32; i++)
            {
                if (Volatile.Read(ref _state) == Opened)
                {
                    // The opener took the slot over.
                    Volatile.Write(ref _state, Closed);
                    return;
                }
                Thread.SpinWait(1);
            }
            if (System.Diagnostics.Stopwatch.GetTimestamp() > deadline) break;
            // Give the core away between batches. The thread this one just woke from a park is often placed on this
            // very core (the kernel's wake-affine placement), where it cannot run while this thread spins: without the
            // yield every such handoff waited out the whole spin time. With nothing else runnable the yield returns at once.
            Thread.Yield();
        }
        // Give up spinning. Winning the CAS: no opener came, the slot is still ours to return. Losing it: opened meanwhile.
        if (Interlocked.CompareExchange(ref _state, Closed, Spinning) == Spinning)
        {
            ReleaseSlot();
            Park(Timeout.Infinite);
            return;
        }
        Volatile.Write(ref _state, Closed);
    }

    /// <summary>Waits without spinning, up to <paramref name="timeoutMs"/>; returns false on time-out.</summary>
    public bool WaitParked(int timeoutMs) => Park(timeoutMs);

    private bool Park(int timeoutMs)
    {
        lock (_lock)
        {
            Interlocked.Exchange(ref _parked, 1);
            while (Volatile.Read(ref _state) != Opened)
            {
                if (!System.Threading.Monitor.Wait(_lock, timeoutMs) && timeoutMs != Timeout.Infinite && Volatile.Read(ref _state) != Opened)
                {
                    Volatile.Write(ref _parked, 0);
                    return false;
                }
            }
            Volatile.Write(ref _parked, 0);
        }
        Volatile.Write(ref _state, Closed);
        return true;
    }

    private static int ReadSpinners()
    {
        var s = Environment.GetEnvironmentVariable("WEFT_SPINNERS");
        if (s is not null && int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return Math.Max(1, Environment.ProcessorCount - 1);
    }

    private static long ReadSpin()
    {
        var s = Environment.GetEnvironmentVariable("WEFT_SPIN");
        if (s is not null && long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return Environment.ProcessorCount > 1 ? 200 : 0;
    }
}
