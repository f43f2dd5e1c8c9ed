using System;
using System.Runtime.InteropServices;

namespace Weft.Benchmarks;

/// <summary>
/// POSIX named semaphores through P/Invoke (<c>sem_open</c>, <c>sem_wait</c>, <c>sem_post</c>): the cross-process
/// primitive C programs use on Linux, the reference for the IPC benchmarks.
/// </summary>
internal static partial class PosixSemaphore
{
    private const int OCreat = 0x40, OExcl = 0x80;

    // sem_open is variadic (mode and value follow when O_CREAT is given); on the 64-bit Linux ABIs the two extra
    // integer arguments travel in the same registers as fixed ones.
    [LibraryImport("libc", EntryPoint = "sem_open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr SemOpen(string name, int oflag, uint mode, uint value);

    [LibraryImport("libc", EntryPoint = "sem_wait", SetLastError = true)]
    public static partial int Wait(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_post", SetLastError = true)]
    public static partial int Post(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_close", SetLastError = true)]
    public static partial int Close(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_unlink", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Unlink(string name);

    public static IntPtr Create(string name, uint value)
    {
        IntPtr s = SemOpen(name, OCreat | OExcl, 0x180 /* 0600 */, value);
        if (s == IntPtr.Zero || s == -1) throw new InvalidOperationException($"sem_open({name}) failed with errno {Marshal.GetLastPInvokeError()}");
        return s;
    }

    public static IntPtr Open(string name)
    {
        IntPtr s = SemOpen(name, 0, 0, 0);
        if (s == IntPtr.Zero || s == -1) throw new InvalidOperationException($"sem_open({name}) failed with errno {Marshal.GetLastPInvokeError()}");
        return s;
    }
}
