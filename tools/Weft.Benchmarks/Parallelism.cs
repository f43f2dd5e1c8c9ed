using System;
using System.Threading.Tasks;

namespace Weft.Benchmarks;

/// <summary>Runs <paramref name="body"/> on <paramref name="threads"/> threads (or inline for one).</summary>
internal static class Parallelism
{
    public static void Run(int threads, Action<int> body)
    {
        if (threads == 1)
        {
            body(0);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    public static string UniqueName(string kind) => $"weft-bench-{Environment.ProcessId}-{kind}-{Guid.NewGuid():N}"[..48];
}
