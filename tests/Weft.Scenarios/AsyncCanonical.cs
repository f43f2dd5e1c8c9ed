using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Threading.Async;

namespace Weft.Scenarios;

/// <summary>
/// The canonical async bugs, each beside its correct variant, written as ordinary async code: plain fields and
/// collections shared between tasks, <c>await</c>, <c>Task.Yield</c>, <c>Task.WhenAll</c> and
/// <c>TaskCompletionSource</c> from the BCL, and Weft's controlled <see cref="WeftTask"/> and
/// <see cref="WeftSemaphore"/> where .NET would hand work to the thread pool or a real timer. Every await is where
/// another task may run: the bugs are interleavings of continuations, found and replayed like thread interleavings.
/// </summary>
public static class AsyncCanonical
{
    // ---------------------------------------------------------------- lost update across await

    [WeftTest("async/lost-update", NegativeControl = true, Budget = 100,
        Description = "two tasks read a balance, await, then write the balance they read plus one: one deposit is lost")]
    public static async Task LostUpdate() => await Deposits(locked: false);

    [WeftTest("async/lost-update-fixed", Budget = 100,
        Description = "the same deposits, each read-await-write under an async lock (WeftSemaphore(1))")]
    public static async Task LostUpdateFixed() => await Deposits(locked: true);

    private static async Task Deposits(bool locked)
    {
        var account = new Account();
        using var gate = new WeftSemaphore(1, 1);
        async Task Deposit()
        {
            if (locked) await gate.WaitAsync();
            try
            {
                int balance = account.Balance;
                await Task.Yield(); // an I/O call in real code: the task is suspended here
                account.Balance = balance + 1;
            }
            finally
            {
                if (locked) gate.Release();
            }
        }
        await Task.WhenAll(WeftTask.Run(Deposit), WeftTask.Run(Deposit));
        Checker.Assert(account.Balance == 2, $"balance is {account.Balance} after two deposits, expected 2");
    }

    private sealed class Account
    {
        public int Balance;
    }

    // ---------------------------------------------------------------- async lock-order deadlock

    [WeftTest("async/lock-order-deadlock", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 100,
        Description = "two tasks take two async locks in opposite orders, awaiting between the takes: each waits for the other's")]
    public static async Task LockOrderDeadlock() => await Transfers(sameOrder: false);

    [WeftTest("async/lock-order-deadlock-fixed", Budget = 100,
        Description = "the same transfers, both taking the locks in one global order")]
    public static async Task LockOrderDeadlockFixed() => await Transfers(sameOrder: true);

    private static async Task Transfers(bool sameOrder)
    {
        using var from = new WeftSemaphore(1, 1);
        using var to = new WeftSemaphore(1, 1);
        int moved = 0;
        async Task Transfer(WeftSemaphore first, WeftSemaphore second)
        {
            await first.WaitAsync();
            try
            {
                await Task.Yield();
                await second.WaitAsync();
                moved++;
                second.Release();
            }
            finally
            {
                first.Release();
            }
        }
        var a = WeftTask.Run(() => Transfer(from, to));
        var b = sameOrder ? WeftTask.Run(() => Transfer(from, to)) : WeftTask.Run(() => Transfer(to, from));
        await Task.WhenAll(a, b);
        Checker.Assert(moved == 2, $"{moved} transfers completed, expected 2");
    }

    // ---------------------------------------------------------------- check-then-act on a shared dictionary across await

    [WeftTest("async/check-then-act-dictionary", NegativeControl = true, ExpectedBug = BugKind.UnhandledException, Budget = 100,
        Description = "two tasks check a cache for a key, await the load, then Add it: both miss, the second Add throws")]
    public static async Task CheckThenActDictionary() => await CachedLoads(cacheTasks: false);

    [WeftTest("async/check-then-act-dictionary-fixed", Budget = 100,
        Description = "the same cache storing the load's task under an async lock, awaited outside it: one load, both tasks share it")]
    public static async Task CheckThenActDictionaryFixed() => await CachedLoads(cacheTasks: true);

    private static async Task CachedLoads(bool cacheTasks)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var loads = new Dictionary<string, Task<int>>(StringComparer.Ordinal);
        using var gate = new WeftSemaphore(1, 1);
        int loadCount = 0;
        async Task<int> Load(string key)
        {
            loadCount++;
            await WeftTask.Delay(10); // the database call
            return key.Length;
        }
        async Task<int> Get(string key)
        {
            if (cacheTasks)
            {
                // Check and act under the lock, without awaiting the load there: the task is cached, not the value.
                Task<int>? pending;
                await gate.WaitAsync();
                try
                {
                    if (!loads.TryGetValue(key, out pending)) loads[key] = pending = Load(key);
                }
                finally
                {
                    gate.Release();
                }
                return await pending;
            }
            if (values.TryGetValue(key, out int cached)) return cached;
            int value = await Load(key);
            values.Add(key, value); // throws when another task added the key while this one awaited
            return value;
        }
        var results = await Task.WhenAll(WeftTask.Run(() => Get("user:1")), WeftTask.Run(() => Get("user:1")));
        Checker.Assert(results[0] == 6 && results[1] == 6, $"the loads returned {results[0]} and {results[1]}, expected 6");
        if (cacheTasks) Checker.Assert(loadCount == 1, $"the key was loaded {loadCount} times, expected once");
    }

    // ---------------------------------------------------------------- a TaskCompletionSource completed twice

    [WeftTest("async/tcs-completed-twice", NegativeControl = true, ExpectedBug = BugKind.UnhandledException, Budget = 100,
        Description = "a reply and a timeout both check that a request is pending, await, then SetResult: the second throws")]
    public static async Task TcsCompletedTwice() => await RequestWithTimeout(trySet: false);

    [WeftTest("async/tcs-completed-twice-fixed", Budget = 100,
        Description = "the same race, each side completing the request with TrySetResult: the first one wins")]
    public static async Task TcsCompletedTwiceFixed() => await RequestWithTimeout(trySet: true);

    private static async Task RequestWithTimeout(bool trySet)
    {
        var request = new TaskCompletionSource<int>();
        void Complete(int value)
        {
            if (trySet) request.TrySetResult(value);
            else request.SetResult(value);
        }
        async Task Reply()
        {
            if (request.Task.IsCompleted) return;
            await Task.Yield(); // the reply is read from the connection
            Complete(42);
        }
        async Task TimeOut()
        {
            if (request.Task.IsCompleted) return;
            await WeftTask.Delay(100);
            Complete(-1);
        }
        var reply = WeftTask.Run(Reply);
        var timeout = WeftTask.Run(TimeOut);
        int result = await request.Task;
        await Task.WhenAll(reply, timeout);
        Checker.Assert(result is 42 or -1, $"the request completed with {result}");
    }
}
