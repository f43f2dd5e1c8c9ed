using System;
using System.Globalization;
using System.Threading;
using Weft.Atomics;
using Weft.Ipc;

namespace Weft.IpcChild;

/// <summary>
/// One role per invocation: <c>dotnet Weft.IpcChild.dll &lt;role&gt; args...</c>. Exit code 0 on success, 1 on a usage
/// error, 2 when the role observed a violation. Roles:
/// <list type="bullet">
/// <item><c>mutex-count MUTEX DATA N</c>: N times: acquire the named mutex, check and raise an "inside" flag in the named
/// segment DATA, increment a counter with a plain read and write, lower the flag, release.</item>
/// <item><c>mutex-hold MUTEX</c>: acquire, print <c>locked</c>, then sleep until killed.</item>
/// <item><c>sem-post SEM N</c> / <c>sem-wait SEM N</c>: N posts of one unit / N waits.</item>
/// <item><c>event-wait EVENT</c>: wait for the named event, print <c>set</c>.</item>
/// <item><c>guard-attach NAME</c>: attach to a guarded segment, print <c>attached</c>, then sleep until killed.</item>
/// <item><c>guard-create NAME</c>: create a guarded segment with 64 data bytes, print <c>created</c>, then sleep until killed.</item>
/// </list>
/// Counter layout of DATA: the counter at 0 (64-bit), the inside flag at 8, violations at 12.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 2) return Usage();
        try
        {
            switch (args[0])
            {
                case "mutex-count" when args.Length == 4:
                    return MutexCount(args[1], args[2], Int(args[3]));
                case "mutex-hold" when args.Length == 2:
                    return MutexHold(args[1]);
                case "sem-post" when args.Length == 3:
                    using (var s = IpcSemaphore.OpenNamed(args[1]))
                        for (int i = 0, n = Int(args[2]); i < n; i++) s.Post();
                    return 0;
                case "sem-wait" when args.Length == 3:
                    using (var s = IpcSemaphore.OpenNamed(args[1]))
                        for (int i = 0, n = Int(args[2]); i < n; i++) s.Wait();
                    return 0;
                case "event-wait" when args.Length == 2:
                    using (var e = IpcEvent.OpenNamed(args[1]))
                    {
                        e.Wait();
                        Console.Out.WriteLine("set");
                    }
                    return 0;
                case "guard-create" when args.Length == 2:
                    using (GuardedSharedMemory.Create(args[1], 64))
                    {
                        Console.Out.WriteLine("created");
                        Console.Out.Flush();
                        Thread.Sleep(Timeout.Infinite);
                    }
                    return 0;
                case "guard-attach" when args.Length == 2:
                    using (GuardedSharedMemory.Attach(args[1]))
                    {
                        Console.Out.WriteLine("attached");
                        Console.Out.Flush();
                        Thread.Sleep(Timeout.Infinite);
                    }
                    return 0;
                default:
                    return Usage();
            }
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("weft-ipc-child: " + e.Message);
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: weft-ipc-child mutex-count MUTEX DATA N | mutex-hold MUTEX | sem-post SEM N | sem-wait SEM N | event-wait EVENT | guard-attach NAME | guard-create NAME");
        return 1;
    }

    private static int Int(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : throw new FormatException($"'{s}' is not a count");

    private static int MutexCount(string mutex, string data, int n)
    {
        using var m = IpcMutex.OpenNamed(mutex);
        using var d = ShmSegment.OpenNamed(data, 16);
        for (int i = 0; i < n; i++)
        {
            m.Acquire();
            if (d.Int32At(8).Exchange(1, MemoryOrder.AcqRel) != 0) d.Int32At(12).FetchAdd(1, MemoryOrder.AcqRel);
            long v = d.Int64At(0).Load(MemoryOrder.Relaxed);
            if ((i & 63) == 0) Thread.Yield(); // widen the window a lost update would need
            d.Int64At(0).Store(v + 1, MemoryOrder.Relaxed);
            d.Int32At(8).Store(0, MemoryOrder.Release);
            m.Release();
        }
        return d.Int32At(12).Load(MemoryOrder.Acquire) == 0 ? 0 : 2;
    }

    private static int MutexHold(string mutex)
    {
        using var m = IpcMutex.OpenNamed(mutex);
        m.Acquire();
        Console.Out.WriteLine("locked");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
