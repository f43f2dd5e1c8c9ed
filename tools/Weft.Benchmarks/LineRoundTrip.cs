using System.Diagnostics;
using System.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// The machine's core-to-core latency as two dedicated threads see it: they hand one cache line back and forth
/// (thread 0 stores an odd count and spins until it reads the next even one, thread 1 spins for the odd one and stores
/// the even one), so a round trip is the line moving to the other core and back. A push/pop pair on a shared stack
/// moves the top word's line (and the node's) between the cores in the same way; the figure is printed beside the
/// 2-thread rows of <see cref="OverlapPhases"/> so that runs can be compared by the latency they ran at (on a virtual
/// machine it depends on where the host runs the two vCPUs at the time, and a batch in which the host ran something
/// else on one of them is slower).
/// </summary>
public static class LineRoundTrip
{
    private const int Middle = 16;

    /// <summary>Median nanoseconds per round trip over <paramref name="batches"/> batches of <paramref name="trips"/>.</summary>
    public static double Measure(int trips = 20_000, int batches = 5)
    {
        var perTrip = new double[batches];
        for (int b = 0; b < batches; b++) perTrip[b] = Batch(trips);
        return Statistics.Median(perTrip);
    }

    private static double Batch(int trips)
    {
        var line = new long[2 * Middle]; // the counter at line[Middle], 128 bytes of nothing on either side
        long started = 0;
        var partner = new Thread(() =>
        {
            for (long n = 1; n <= trips; n++)
            {
                while (Volatile.Read(ref line[Middle]) != 2 * n - 1) { }
                Volatile.Write(ref line[Middle], 2 * n);
            }
        }) { IsBackground = true };
        partner.Start();
        for (long n = 1; n <= trips; n++)
        {
            if (n == 2) started = Stopwatch.GetTimestamp(); // the first trip waits for the partner to start
            Volatile.Write(ref line[Middle], 2 * n - 1);
            while (Volatile.Read(ref line[Middle]) != 2 * n) { }
        }
        long elapsed = Stopwatch.GetTimestamp() - started;
        partner.Join();
        return elapsed * (1e9 / Stopwatch.Frequency) / (trips - 1);
    }
}
