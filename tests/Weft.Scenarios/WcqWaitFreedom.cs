using Weft.Collections;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// wCQ's wait-freedom bound under the scheduler (<see cref="WcqStepBoundMonitor"/>, tla/wCQ/wCQ.tla WaitFree): on one
/// <see cref="WcqRing"/> of capacity 2 with patience 1 and help delay 1, thread a makes two operations while threads b
/// and c make thirty each (an enqueue of the index a thread holds, else a dequeue). A thread whose fast attempt
/// fails (another thread's dequeue passed its position) goes to the slow path, where every fast operation of the
/// others moves the counter under its two-phase increment. With helping, the others' next operations run its request
/// to the end, so every operation stays within its bound; without (the seeded defect
/// <see cref="SeededBug.WcqNoHelping"/>) the others outrun it for as long as they have operations. At the end the ring
/// is drained: every index is in it or held by a thread. TLC shows the same pair on the spec
/// (tla/wCQ/MC_Outrun.cfg passes, MC_NoHelping.cfg violates WaitFree).
/// </summary>
public static class WcqWaitFreedom
{
    private static readonly WcqOptions OneAttempt = new() { EnqueuePatience = 1, DequeuePatience = 1, HelpDelay = 1 };

    [WeftTest("wcq/ring-outrun", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "two operations against sixty fast-path operations on a wCQ ring of capacity 2: helping keeps the outrun enqueue within its wait-freedom bound")]
    public static void RingOutrun() => Outrun(SeededBug.None);

    [WeftTest("wcq/no-helping", NegativeControl = true, ExpectedMonitor = "WcqStepBoundMonitor", Budget = 2000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "wCQ with the seeded defect 'threads never help another thread's request': an enqueue outrun by a busy thread exceeds its wait-freedom bound")]
    public static void NoHelping() => Outrun(SeededBug.WcqNoHelping);

    /// <summary>Threads a, b and c on a ring of capacity 2 (a holds index 0, b index 1, c none): each makes its
    /// operations, an enqueue of the index it holds or else a dequeue; a makes two, b and c forty each.</summary>
    private static void Outrun(SeededBug bug)
    {
        var ring = new WcqRing(2, 3, OneAttempt, WeftConfig.Default with { SeededBug = bug });
        var holds = new long[] { 0, 1, -1 };
        var ops = new[] { 2, 30, 30 };
        var workers = new WeftThread[3];
        for (int t = 0; t < 3; t++)
        {
            int self = t;
            workers[t] = WeftThread.Start(() => Work(ring, self, ops[self], holds));
        }
        foreach (var w in workers) w.Join();
        int drained = 0;
        while (drained <= 2 && ring.TryDequeue(0, out _)) drained++;
        int held = 0;
        foreach (long h in holds) if (h >= 0) held++;
        Checker.Assert(drained + held == 2, $"the ring gave {drained} indices back and the threads hold {held}: expected 2 in all");
    }

    private static void Work(WcqRing ring, int self, int ops, long[] holds)
    {
        for (int i = 0; i < ops; i++)
        {
            if (holds[self] >= 0)
            {
                ring.Enqueue(self, holds[self]);
                holds[self] = -1;
            }
            else if (ring.TryDequeue(self, out long index))
            {
                holds[self] = index;
            }
        }
    }
}
