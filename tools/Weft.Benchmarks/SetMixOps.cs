using System;

namespace Weft.Benchmarks;

/// <summary>
/// The operation sequences of the set benchmarks (<see cref="SkipListBench"/>, <see cref="EfrbBench"/>,
/// <see cref="NatarajanMittalTreeBench"/>): per thread, 90% lookups, 5% inserts and 5% removes of uniformly drawn keys,
/// each encoded as <c>(key &lt;&lt; 2) | op</c> with op 0 lookup, 1 insert, 2 remove. Drawn from the caller's generator,
/// so every benchmark seeded alike runs the same sequence.
/// </summary>
internal static class SetMixOps
{
    public static long[][] Draw(Random rng, int threads, int keys, int opsPerThread)
    {
        var ops = new long[threads][];
        for (int t = 0; t < threads; t++)
        {
            ops[t] = new long[opsPerThread];
            for (int i = 0; i < opsPerThread; i++)
            {
                int roll = rng.Next(100);
                long op = roll < 90 ? 0 : roll < 95 ? 1 : 2;
                ops[t][i] = ((long)rng.Next(keys) << 2) | op;
            }
        }
        return ops;
    }
}
