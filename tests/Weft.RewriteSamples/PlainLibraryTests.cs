using System.Linq;
using System.Threading.Tasks;
using Plain.AsyncCounter;
using Plain.BankTransfer;
using Plain.BoundedBuffer;
using Plain.LazyInit;
using Plain.SharedCache;
using Plain.WorkStealing;

namespace Weft.RewriteSamples;

/// <summary>
/// Weft tests of classic concurrency bugs in plain .NET code (tests/Plain: <c>lock</c>, <c>Monitor.Wait/Pulse</c>,
/// <c>volatile</c>, <c>Interlocked</c>, <c>Thread</c>, <c>Task.Run</c>, <c>Task.Delay</c>,
/// <c>SemaphoreSlim.WaitAsync</c>, <c>Channel</c>), each bug a negative control beside its correct variant. The
/// libraries know nothing of Weft: <c>weft explore --assembly</c> rewrites them so that their synchronization is
/// controlled by the scheduler.
/// </summary>
public static class PlainLibraryTests
{
    [WeftTest("rewrite/bank/source-first", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 300,
        Description = "Opposite transfers lock the source account first: a lock-order deadlock")]
    public static void TransfersLockingSourceFirst() => Checker.Assert(OpposingTransfers.Run(lockInIdOrder: false) == 200, "money was lost");

    [WeftTest("rewrite/bank/id-order", Budget = 300, Description = "Opposite transfers lock accounts in id order")]
    public static void TransfersLockingInIdOrder() => Checker.Assert(OpposingTransfers.Run(lockInIdOrder: true) == 200, "money was lost");

    [WeftTest("rewrite/buffer/pulse", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 2000,
        Description = "A bounded buffer that wakes one waiter (Monitor.Pulse) for producers and consumers alike: all can end up waiting")]
    public static void BufferWakingOne() => Checker.Assert(ProducersAndConsumers.Run(wakeAll: false) == 10, "an item was lost");

    [WeftTest("rewrite/buffer/pulse-all", Budget = 300, Description = "A bounded buffer that wakes every waiter (Monitor.PulseAll)")]
    public static void BufferWakingAll() => Checker.Assert(ProducersAndConsumers.Run(wakeAll: true) == 10, "an item was lost");

    [WeftTest("rewrite/lazy/check-then-lock", NegativeControl = true, Budget = 300,
        Description = "Lazy initialization that checks outside the lock only: two threads both create the value")]
    public static void LazyCheckingOutsideOnly()
    {
        var (creations, same) = ConcurrentFirstUse.Run(doubleChecked: false);
        Checker.Assert(creations == 1 && same, $"the value was created {creations} times");
    }

    [WeftTest("rewrite/lazy/double-checked", Budget = 300, Description = "Double-checked locking with a volatile field")]
    public static void LazyDoubleChecked()
    {
        var (creations, same) = ConcurrentFirstUse.Run(doubleChecked: true);
        Checker.Assert(creations == 1 && same, $"the value was created {creations} times");
    }

    [WeftTest("rewrite/cache/split-check", NegativeControl = true, ExpectedBug = BugKind.UnhandledException, Budget = 300,
        Description = "A Dictionary looked up and filled in two critical sections: both threads add the key")]
    public static void CacheCheckingAndAddingApart() => Checker.Assert(ConcurrentLookups.Run(oneCriticalSection: false) == 1, "the cache lost its entry");

    [WeftTest("rewrite/cache/one-section", Budget = 300, Description = "A Dictionary looked up and filled in one critical section")]
    public static void CacheInOneSection() => Checker.Assert(ConcurrentLookups.Run(oneCriticalSection: true) == 1, "the cache lost its entry");

    [WeftTest("rewrite/work-stealing/pop-without-cas", NegativeControl = true, Budget = 1000,
        Description = "A work-stealing deque whose owner takes the last item without a CAS: owner and thief take the same item")]
    public static void DequePoppingWithoutCas() => CheckEachTakenOnce(OwnerAndThief.Run(casOnLastItem: false));

    [WeftTest("rewrite/work-stealing/chase-lev", Budget = 1000, Description = "The Chase-Lev work-stealing deque")]
    public static void DequeChaseLev() => CheckEachTakenOnce(OwnerAndThief.Run(casOnLastItem: true));

    [WeftTest("rewrite/uncontrolled/wait-handle", NegativeControl = true, ExpectedBug = BugKind.UncontrolledBlocking, Budget = 5, WatchdogMilliseconds = 300,
        Description = "A thread blocks in ManualResetEvent.WaitOne, which Weft does not control: the watchdog names the call")]
    public static void WaitingOnAKernelEvent() => Checker.Assert(!EventHandoff.WaitForSignal(1500), "nobody sets the event");

    [WeftTest("rewrite/async/deposit-unguarded", NegativeControl = true, Budget = 300,
        Description = "Two Task.Run deposits read the balance, await Task.Delay, then write it: an update lost across await")]
    public static async Task DepositsUnguarded()
    {
        var (balance, logged) = await ConcurrentDeposits.RunAsync(Guard.None);
        Checker.Assert(balance == logged, $"balance {balance} after deposits of {logged} in total");
    }

    [WeftTest("rewrite/async/deposit-released-early", NegativeControl = true, Budget = 300,
        Description = "The same deposits, each releasing its SemaphoreSlim (taken with WaitAsync) right after reading the balance: still lost")]
    public static async Task DepositsReleasingEarly()
    {
        var (balance, logged) = await ConcurrentDeposits.RunAsync(Guard.ReleasedAfterRead);
        Checker.Assert(balance == logged, $"balance {balance} after deposits of {logged} in total");
    }

    [WeftTest("rewrite/async/deposit-guarded", Budget = 300, Description = "The same deposits, each held together by SemaphoreSlim.WaitAsync/Release")]
    public static async Task DepositsGuarded()
    {
        var (balance, logged) = await ConcurrentDeposits.RunAsync(Guard.WholeDeposit);
        Checker.Assert(balance == logged && logged == 20, $"balance {balance} after deposits of {logged} in total");
    }

    private static void CheckEachTakenOnce(System.Collections.Generic.IReadOnlyList<int> taken)
    {
        var sorted = taken.OrderBy(x => x).ToArray();
        Checker.Assert(sorted.SequenceEqual(new[] { 1, 2 }), $"items taken: [{string.Join(", ", taken)}]; expected 1 and 2 once each");
    }
}
