using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace Weft.Reporting;

/// <summary>
/// Makes a nightly child process die with its parent, so that a <c>kill -9</c> of <c>weft nightly</c> leaves no
/// child exploring on and writing schedules into a folder nobody reads. The parent names itself in
/// <see cref="ParentVariable"/> and keeps the child's standard input open; the child (<see cref="Follow"/>):
/// <list type="number">
/// <item>on Linux asks the kernel for <c>SIGKILL</c> when its parent dies (<c>prctl(PR_SET_PDEATHSIG)</c>; the
/// "parent" is the thread that started it, which in the nightly runner waits for the child until it ends), then
/// checks that the parent did not die before that request (<c>getppid</c> still names it);</item>
/// <item>everywhere, watches its standard input: end of file means the parent closed it or died, and the child
/// kills itself.</item>
/// </list>
/// </summary>
public static partial class ParentDeath
{
    /// <summary>Set by the launcher to its pid; a child without it (a <c>run-one</c> typed by hand) follows no parent.</summary>
    public const string ParentVariable = "WEFT_NIGHTLY_PARENT";

    private const int PrSetPdeathsig = 1;
    private const int Sigkill = 9;

    /// <summary>Arranges for this process to die when the parent named in <see cref="ParentVariable"/> does.</summary>
    public static void Follow()
    {
        var value = Environment.GetEnvironmentVariable(ParentVariable);
        if (value is null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parent)) return;
        if (OperatingSystem.IsLinux())
        {
            _ = Prctl(PrSetPdeathsig, Sigkill, 0, 0, 0);
            if (GetParentPid() != parent) Die();
        }
        var watch = new Thread(WatchStandardInput) { IsBackground = true, Name = "weft parent watch" };
        watch.Start();
    }

    private static void WatchStandardInput()
    {
        try
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
                // The parent writes nothing; any bytes are ignored until the end of file.
            }
        }
        catch (IOException)
        {
            // A broken pipe is the parent's death too.
        }
        Die();
    }

    private static void Die()
    {
        using var self = Process.GetCurrentProcess();
        self.Kill();
    }

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentPid();
}
