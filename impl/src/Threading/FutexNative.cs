using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Threading;

/// <summary>The production futex: Linux syscall, or the monitor-table fallback elsewhere.</summary>
internal static unsafe partial class FutexNative
{
    private const int FutexWaitOp = 0, FutexWakeOp = 1, FutexPrivateFlag = 128;
    private const int EAGAIN = 11, ETIMEDOUT = 110, EINTR = 4;

    private static readonly long SysFutex = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 202,
        Architecture.Arm64 => 98,
        Architecture.X86 => 240,
        Architecture.Arm => 240,
        _ => -1,
    };

    /// <summary>True when real futexes are used (Linux on a known architecture).</summary>
    public static readonly bool Available = OperatingSystem.IsLinux() && SysFutex > 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Sec;
        public long Nsec;
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, int* uaddr, int op, int val, Timespec* timeout, int* uaddr2, int val3);

    public static FutexWaitResult Wait(int* addr, int expected, TimeSpan? timeout, bool shared) =>
        WaitNanoseconds(addr, expected, timeout is { } t ? Math.Max(0, (long)(t.TotalMilliseconds * 1_000_000)) : -1, shared);

    /// <summary>
    /// As <see cref="Wait"/> with a relative timeout in nanoseconds (negative: no timeout). FUTEX_WAIT measures a
    /// relative timeout on CLOCK_MONOTONIC, so wall-clock changes do not shorten or stretch it.
    /// </summary>
    public static FutexWaitResult WaitNanoseconds(int* addr, int expected, long timeoutNs, bool shared)
    {
        if (!Available)
            // Monitor.Wait takes at most int.MaxValue milliseconds; round up to whole ticks below that.
            return Fallback.Wait(addr, expected, timeoutNs < 0 ? null
                : TimeSpan.FromTicks(Math.Min(timeoutNs / 100 + 1, int.MaxValue * TimeSpan.TicksPerMillisecond)));
        Timespec ts = default;
        Timespec* pts = null;
        if (timeoutNs >= 0)
        {
            ts.Sec = timeoutNs / 1_000_000_000;
            ts.Nsec = timeoutNs % 1_000_000_000;
            pts = &ts;
        }
        int op = FutexWaitOp | (shared ? 0 : FutexPrivateFlag);
        long r = Syscall(SysFutex, addr, op, expected, pts, null, 0);
        if (r == 0) return FutexWaitResult.Woken;
        int err = Marshal.GetLastPInvokeError();
        return err switch
        {
            EAGAIN => FutexWaitResult.ValueChanged,
            ETIMEDOUT => FutexWaitResult.TimedOut,
            EINTR => FutexWaitResult.Woken,
            _ => throw new InvalidOperationException($"futex wait failed with errno {err}"),
        };
    }

    public static int Wake(int* addr, int count, bool shared)
    {
        if (!Available) return Fallback.Wake(addr, count);
        int op = FutexWakeOp | (shared ? 0 : FutexPrivateFlag);
        long r = Syscall(SysFutex, addr, op, count, null, null, 0);
        if (r < 0) throw new InvalidOperationException($"futex wake failed with errno {Marshal.GetLastPInvokeError()}");
        return (int)r;
    }

    /// <summary>Monitor-table emulation for platforms without futex(2): same contract within one process.</summary>
    private static class Fallback
    {
        private static readonly object[] Buckets = CreateBuckets();

        private static object[] CreateBuckets()
        {
            var b = new object[64];
            for (int i = 0; i < b.Length; i++) b[i] = new object();
            return b;
        }

        private static object Bucket(int* addr) => Buckets[(int)(((ulong)addr >> 2) % (ulong)Buckets.Length)];

        public static FutexWaitResult Wait(int* addr, int expected, TimeSpan? timeout)
        {
            var b = Bucket(addr);
            lock (b)
            {
                if (Volatile.Read(ref *addr) != expected) return FutexWaitResult.ValueChanged;
                bool signaled = timeout is { } t ? System.Threading.Monitor.Wait(b, t) : System.Threading.Monitor.Wait(b);
                return signaled ? FutexWaitResult.Woken : FutexWaitResult.TimedOut;
            }
        }

        public static int Wake(int* addr, int count)
        {
            var b = Bucket(addr);
            lock (b) System.Threading.Monitor.PulseAll(b); // may over-wake: futex wake-ups may be spurious
            return count;
        }
    }
}
