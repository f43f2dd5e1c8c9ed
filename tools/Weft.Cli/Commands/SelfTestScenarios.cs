using System;
using Weft.Atomics;
using Weft.Threading;

namespace Weft.Cli.Commands;

/// <summary>
/// Tests of the nightly runner's crash isolation, registered only when <c>WEFT_SELFTEST=1</c> (so <c>weft explore
/// all</c> and <c>weft nightly</c> never see them otherwise): a test whose process dies of a stack overflow, one that
/// exits the process, and one that passes; and, apart from <c>selftest/</c>, one that fails only once its process
/// is a few seconds old (for the tests of a killed nightly run).
/// </summary>
public static class SelfTestScenarios
{
    public const string Variable = "WEFT_SELFTEST";

    [WeftTest("selftest/stack-overflow", Budget = 10, Description = "recurses without bound inside a controlled thread: the process dies of a stack overflow")]
    public static void StackOverflow()
    {
        var t = WeftThread.Start(() => Recurse(0));
        t.Join();
    }

    [WeftTest("selftest/exit", Budget = 10, Description = "exits the process with code 42 in the middle of an iteration")]
    public static void Exit() => Environment.Exit(42);

    [WeftTest("selftest/pass", Budget = 10, Description = "two threads add to an atomic counter")]
    public static void Pass()
    {
        var c = new Counter();
        var a = WeftThread.Start(() => c.Value.FetchAdd(1, MemoryOrder.AcqRel));
        var b = WeftThread.Start(() => c.Value.FetchAdd(1, MemoryOrder.AcqRel));
        a.Join();
        b.Join();
        Checker.Assert(c.Value.Load(MemoryOrder.Acquire) == 2, "both increments landed");
    }

    /// <summary>How long <see cref="LateBug"/> passes, counted from the start of its process.</summary>
    public static readonly TimeSpan LateBugDelay = TimeSpan.FromSeconds(3);

    private static readonly DateTime ProcessStart = System.Diagnostics.Process.GetCurrentProcess().StartTime;

    [WeftTest("selftest-kill/late-bug", Budget = 10, Description = "passes for the first 3 s of its process, then fails: a child left running after its parent was killed would write a schedule")]
    public static void LateBug()
    {
        var c = new Counter();
        var a = WeftThread.Start(() => c.Value.FetchAdd(1, MemoryOrder.AcqRel));
        a.Join();
        Checker.Assert(DateTime.Now - ProcessStart < LateBugDelay, "the process outlived the delay of selftest-kill/late-bug");
    }

    private sealed class Counter
    {
        public AtomicInt32 Value;
    }

    private static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[512];
        frame[depth % 512] = (byte)depth;
        return Recurse(depth + 1) + frame[(depth + 1) % 512];
    }
}
