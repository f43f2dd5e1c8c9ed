using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Weft.Benchmarks;

/// <summary>
/// Entry point. Takes BenchmarkDotNet's own command line (<c>--filter</c>, <c>--job</c>, <c>--inProcess</c>, ...)
/// plus <c>--quick</c>:
/// <list type="bullet">
/// <item>Full run (the numbers to quote): <c>dotnet run -c Release --project tools/Weft.Benchmarks -- --filter '*'</c>.
/// Default job, default (out-of-process) toolchain.</item>
/// <item>CI smoke: add <c>--quick</c>. A short job (1 launch, 3 warmups, 3 iterations) run in-process, so it needs no
/// generated project and no second build (about 20 s). Its timings are too short to quote; it checks that the
/// benchmarks run and that none of them allocates.</item>
/// </list>
/// Exit code 1 if a benchmark failed, a validation error stopped a run, or a Weft benchmark allocated: every
/// non-baseline benchmark here measures a hot path of impl/ that must not allocate (baselines such as
/// ConcurrentStack may, and so may benchmarks in the "reference" category: other libraries' code measured beside the
/// baseline).
/// <c>ipc-processes</c> as the first argument runs the cross-process IPC figures instead (see IpcProcessBench),
/// <c>ipc-cpu-pairs [--pairs N] [--rounds R]</c> one-thread IPC mutex pairs timed by the thread's CPU clock (see IpcCpuPairs), and
/// <c>stress [--seconds N] [--filter S]</c> the stress run of the structures under each reclaimer (see StressRun), and
/// <c>cpu-pairs [--pairs N] [--rounds R] [--atomics]</c> one-thread push/pop pairs timed by the thread's CPU clock (see CpuTimePairs), and
/// <c>ipc-contended [--pairs N] [--rounds R] [--threads T]</c> contended IPC mutex pairs in interleaved rounds (see IpcContendedPairs), and
/// <c>cpu-layers [--pairs N] [--rounds R]</c> the layers of a push/pop pair's cost on 1 and 2 threads by the threads' CPU clocks (see CpuTimeLayers), and
/// <c>reuse-layers [--pairs N] [--rounds R]</c> the deferred free path of a pair, isolated and counted (see ReuseLayers), and
/// <c>overlap-phases [--phases N] [--pairs K] [--rounds R]</c> ReclaimerOverlapBench's rows timed only while two threads run at once (see OverlapPhases), and
/// <c>mirror-check</c> the check that TreiberBench's hand-written baseline computes what the library stack computes (see MirrorCheck).
/// These commands' options, defaults and help (<c>Weft.Benchmarks cpu-pairs --help</c>) are declared in CustomCommands.
/// </summary>
public static class Program
{
    private const string QuickFlag = "--quick";

    /// <summary>The category of a benchmark of code that is not Weft's (a reference point besides the class's baseline): it may allocate.</summary>
    public const string ReferenceCategory = "reference";

    /// <summary>
    /// The category of a Weft benchmark whose operation allocates by design (a region's cells and chunks are managed
    /// objects): its allocations are reported, not refused.
    /// </summary>
    public const string AllocatingCategory = "allocating";

    public static int Main(string[] args)
    {
        // A worker process of the cross-process IPC figures, started by ipc-processes: see IpcProcessBench.
        if (args.Length == 5 && args[0] == "ipc-processes-worker") return IpcProcessBench.Worker(args[1..]);
        // The commands that are not BenchmarkDotNet's (ipc-processes, cpu-pairs, stress, ...): see CustomCommands.
        if (CustomCommands.Handles(args)) return CustomCommands.Run(args);
        bool quick = args.Contains(QuickFlag, StringComparer.Ordinal);
        string[] rest = args.Where(a => !string.Equals(a, QuickFlag, StringComparison.Ordinal)).ToArray();

        IConfig config = DefaultConfig.Instance;
        if (quick)
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));

        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToArray();

        bool failed = false;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine($"weft-bench: {summary.Title}: critical validation errors");
                failed = true;
            }
            foreach (var report in summary.Reports)
            {
                if (!report.Success)
                {
                    Console.Error.WriteLine($"weft-bench: {report.BenchmarkCase.DisplayInfo}: failed");
                    failed = true;
                    continue;
                }
                long? bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                if (bytes > 0 && !report.BenchmarkCase.Descriptor.Baseline && !report.BenchmarkCase.Descriptor.HasCategory(ReferenceCategory)
                    && !report.BenchmarkCase.Descriptor.HasCategory(AllocatingCategory))
                {
                    Console.Error.WriteLine($"weft-bench: {report.BenchmarkCase.DisplayInfo}: allocates {bytes} B/op, expected 0");
                    failed = true;
                }
            }
        }
        return failed ? 1 : 0;
    }
}
