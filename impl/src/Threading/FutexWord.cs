using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Threading;

/// <summary>
/// A 32-bit futex word: an atomic integer with "wait while it equals X" and "wake N waiters".
///
/// The essential property is that <see cref="Wait"/> compares and blocks atomically with respect to
/// <see cref="Wake"/>: a waker that changes the word and then wakes can never slip between a waiter's check
/// and its sleep. Every futex-based primitive (mutex, semaphore, event) depends on that to avoid lost
/// wake-ups. Wake-ups may also be spurious, so waiters always re-check in a loop.
///
/// Production build: Linux <c>futex(2)</c> through <c>syscall</c> (FUTEX_WAIT/FUTEX_WAKE; private to the process
/// for words this class allocates, process-shared for words over caller-provided shared memory). Elsewhere a
/// documented fallback: a striped table of monitors keyed by address, which keeps the atomic
/// compare-and-block contract (the compare happens under the bucket's lock) and may wake more waiters than
/// asked (allowed: wake-ups may be spurious); it does not work across processes.
/// Controlled build inside a test: the engine's futex model, where waiting is an atomic compare-and-block,
/// the strategy picks which waiters a wake releases, spurious wake-ups are injected when enabled, and a timed
/// wait expires only once no thread can make progress.
/// </summary>
public sealed unsafe class FutexWord : IDisposable
{
    private int* _addr;
    private readonly bool _owned;
    private readonly bool _shared;

    /// <summary>A futex word in memory private to this process, alone on its own cache line (<see cref="ArchInfo.CacheLineSize"/>, detected).</summary>
    public FutexWord(int initial = 0)
    {
        nuint line = (nuint)ArchInfo.Current.CacheLineSize;
        _addr = (int*)NativeMemory.AlignedAlloc(line, line);
        NativeMemory.Clear(_addr, line);
        *_addr = initial;
        _owned = true;
    }

    /// <summary>A futex word at <paramref name="address"/> (4-byte aligned), typically in shared memory mapped by several processes.</summary>
    public FutexWord(IntPtr address)
    {
        if (address == IntPtr.Zero || (address & 3) != 0) throw new ArgumentException("a futex word needs a non-null, 4-byte aligned address", nameof(address));
        _addr = (int*)address;
        _shared = true;
    }

    ~FutexWord() => Free();

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_owned && _addr != null) NativeMemory.AlignedFree(_addr);
        _addr = null;
    }

    /// <summary>The address of the word (for layouts in shared memory).</summary>
    public IntPtr Address => (IntPtr)_addr;

    private ref AtomicInt32 Cell => ref Unsafe.AsRef<AtomicInt32>(_addr);

    public int Load(MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => Cell.Load(order
#if WEFT_CONTROLLED
        , file, line
#endif
    );

    public void Store(int value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => Cell.Store(value, order
#if WEFT_CONTROLLED
        , file, line
#endif
    );

    public int Exchange(int value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => Cell.Exchange(value, order
#if WEFT_CONTROLLED
        , file, line
#endif
    );

    public int CompareExchange(int expected, int desired, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => Cell.CompareExchange(expected, desired, order
#if WEFT_CONTROLLED
        , file, line
#endif
    );

    public int FetchAdd(int delta, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => Cell.FetchAdd(delta, order
#if WEFT_CONTROLLED
        , file, line
#endif
    );

    /// <summary>
    /// Sleeps while the word equals <paramref name="expected"/>, atomically with respect to <see cref="Wake"/>.
    /// Returns <see cref="FutexWaitResult.ValueChanged"/> at once if it does not.
    /// </summary>
    public FutexWaitResult Wait(int expected, TimeSpan? timeout = null
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.FutexWait, ref *_addr, AccessOrder.SeqCst, file, line);
            if (Volatile.Read(ref *_addr) != expected)
            {
                SchedulingHooks.Text("value changed: not sleeping");
                return FutexWaitResult.ValueChanged;
            }
            SchedulingHooks.Block(this, futex: true, timed: timeout is not null);
            return SchedulingHooks.TimedOut ? FutexWaitResult.TimedOut : FutexWaitResult.Woken;
        }
#endif
        return FutexNative.Wait(_addr, expected, timeout, _shared);
    }

    /// <summary>Wakes up to <paramref name="count"/> waiters; returns how many were woken.</summary>
    public int Wake(int count
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.FutexWake, ref *_addr, AccessOrder.SeqCst, file, line);
            int woken = SchedulingHooks.Wake(this, count);
            SchedulingHooks.Value(woken);
            return woken;
        }
#endif
        return FutexNative.Wake(_addr, count, _shared);
    }
}
