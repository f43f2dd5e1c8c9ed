using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>Process ids and whether a process is still alive (for dead-owner detection).</summary>
public static partial class ProcessLiveness
{
    private static readonly int RealPid = Environment.ProcessId;

    /// <summary>
    /// This process's id, as recorded in owner fields and pid tables. Controlled build, in a test that simulates
    /// processes (<see cref="SimulatedIpc"/>): the calling controlled thread's simulated pid.
    /// </summary>
    public static int CurrentPid
    {
        get
        {
#if WEFT_CONTROLLED
            if (SimulatedIpc.Active) return SimulatedIpc.CurrentPid;
#endif
            return RealPid;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private const int ESRCH = 3;

    /// <summary>
    /// True if process <paramref name="pid"/> exists and is not a zombie. Uses <c>kill(pid, 0)</c> (EPERM still means
    /// alive) and <c>/proc/pid/stat</c> (state Z: exited, not yet reaped). Caveat: after a process dies its pid may be
    /// reused by an unrelated process, which then looks alive; a recovery based on liveness errs on the side of
    /// not releasing.
    /// </summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0) return false;
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world) return SimulatedIpc.IsAlive(world, pid);
#endif
        if (pid == RealPid) return true;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            try
            {
                using var p = Process.GetProcessById(pid);
                return !p.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
        if (Kill(pid, 0) != 0 && Marshal.GetLastPInvokeError() == ESRCH) return false;
        if (OperatingSystem.IsLinux())
        {
            try
            {
                string stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
                int close = stat.LastIndexOf(')');
                if (close >= 0 && close + 2 < stat.Length && stat[close + 2] is 'Z' or 'X') return false;
            }
            catch (IOException)
            {
                return false; // vanished between the two checks
            }
        }
        return true;
    }
}
