using System;
using System.Linq;
using Weft.Linearizability;
using Weft.Models;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The real-thread check of the concurrent sets (skiplists and trees), outside the scheduler: in each round three
/// operating-system threads, released together by a barrier, run random adds, removes and lookups on a few keys of a
/// fresh set; the recorded history must be linearizable against <see cref="SetModel"/> and the set, once the threads
/// are joined, must pass its quiescent check.
/// </summary>
internal static class RealThreadSetHistories
{
    private const int Threads = 3;

    /// <summary>A set under test: its reclaimer, its three operations and its quiescent check (null when it holds, else what is wrong).</summary>
    internal sealed record SetUnderTest(
        Reclaimer Reclaimer,
        Func<ReclaimerThread, long, bool> Add,
        Func<ReclaimerThread, long, bool> Remove,
        Func<ReclaimerThread, long, bool> Contains,
        Func<string?> QuiescentViolation);

    /// <summary>
    /// Thirty rounds, each on a set from <paramref name="newSet"/> (for three threads): every thread runs
    /// <paramref name="opsPerThread"/> operations on keys 0 .. <paramref name="keys"/> - 1, drawn from a generator
    /// seeded by round and thread.
    /// </summary>
    public static void Check(Func<SetUnderTest> newSet, int opsPerThread, int keys)
    {
        for (int round = 0; round < 30; round++)
        {
            var set = newSet();
            var h = new History();
            using var start = new System.Threading.Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new System.Threading.Thread(() =>
            {
                var me = set.Reclaimer.Register();
                var rng = new Random(round * Threads + t);
                start.SignalAndWait();
                for (int i = 0; i < opsPerThread; i++)
                {
                    int op = rng.Next(3);
                    long key = rng.Next(keys);
                    string name = op switch { 0 => "add", 1 => "remove", _ => "contains" };
                    int id = h.Invoke(t, name, key);
                    h.Respond(id, op switch { 0 => set.Add(me, key), 1 => set.Remove(me, key), _ => set.Contains(me, key) });
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            var r = LinearizabilityChecker.Check(h, new SetModel());
            Assert.True(r.IsLinearizable, r.Witness);
            Assert.Null(set.QuiescentViolation());
        }
    }
}
