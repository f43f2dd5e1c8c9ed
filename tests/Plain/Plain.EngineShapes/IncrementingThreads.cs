using System;
using System.Threading;

namespace PlainEngineShapes;

/// <summary>
/// Two threads each incrementing a shared counter with <see cref="Interlocked.Increment(ref int)"/>: the plain .NET
/// twin of Weft's <c>EngineShapes.TwoThreads50</c> and <c>TwoThreads1</c> (two <c>WeftThread</c>s, <c>FetchAdd</c>s
/// on an <c>AtomicInt32</c>), with the same scheduling points once rewritten.
/// </summary>
public static class IncrementingThreads
{
    public static void TwoThreads50() => Run(50);

    public static void TwoThreads1() => Run(1);

    private static void Run(int points)
    {
        var counter = new Counter();
        void Work()
        {
            for (int i = 0; i < points; i++) Interlocked.Increment(ref counter.Value);
        }
        var a = new Thread(Work);
        var b = new Thread(Work);
        a.Start();
        b.Start();
        a.Join();
        b.Join();
        // After both joins no other thread writes the counter: a plain read.
        if (counter.Value != 2 * points) throw new InvalidOperationException("an increment was lost");
    }

    private sealed class Counter
    {
        public int Value;
    }
}
