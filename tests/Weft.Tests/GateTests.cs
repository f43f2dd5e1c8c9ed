using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The gate that hands the run token between OS threads: no handoff is lost whichever way the waiter waits (spinning
/// with a slot handed over, spinning with a slot of its own, parked), and a token passed three ways round a ring, with
/// more threads than spin slots, keeps moving.
/// </summary>
public sealed class GateTests
{
    /// <summary>
    /// <paramref name="threads"/> OS threads pass one token round a ring <paramref name="rounds"/> times, each wait
    /// choosing pseudo-randomly to spin or to park, as enabled and blocked controlled threads do. A lost wake-up would
    /// leave the ring stuck; the counter checks that exactly one thread held the token at a time.
    /// </summary>
    private static void Ring(int threads, int rounds)
    {
        var gates = new Gate[threads];
        for (int i = 0; i < threads; i++) gates[i] = new Gate();
        int holders = 0, passes = 0, overlaps = 0;
        var workers = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            int me = i;
            workers[i] = new Thread(() =>
            {
                var rng = new Random(me * 7919 + 1);
                bool slot = false;
                for (int r = 0; r < rounds; r++)
                {
                    bool spin = rng.Next(4) != 0;
                    if (me != 0 || r > 0) gates[me].Wait(spin, slot);
                    else if (slot) Gate.ReleaseSlot();
                    if (Interlocked.Increment(ref holders) != 1) Interlocked.Increment(ref overlaps);
                    passes++;
                    Interlocked.Decrement(ref holders);
                    slot = gates[(me + 1) % threads].Open(keepSlot: rng.Next(2) == 0);
                }
                if (slot) Gate.ReleaseSlot();
            }) { IsBackground = true };
        }
        foreach (var w in workers) w.Start();
        foreach (var w in workers) Assert.True(w.Join(TimeSpan.FromSeconds(60)), "a handoff was lost: the ring stopped");
        Assert.Equal(0, overlaps);
        Assert.Equal(threads * rounds, passes);
    }

    [Theory]
    [InlineData(2, 20_000)]
    [InlineData(3, 10_000)]
    [InlineData(5, 2_000)]
    public void A_token_passed_round_a_ring_is_never_lost(int threads, int rounds) => Ring(threads, rounds);
}
