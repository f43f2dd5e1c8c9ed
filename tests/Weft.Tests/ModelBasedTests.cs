using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// FsCheck model-based tests (FsCheck.Experimental state machines) of the sequential behaviour of the node pool, the
/// Treiber stack and each reclaimer: random command sequences run against the implementation and a small model,
/// and FsCheck shrinks any disagreement to a minimal sequence.
/// </summary>
public sealed class ModelBasedTests
{
    // ------------------------------------------------------------------ node pool

    /// <summary>Model of the pool: slots live, and slots parked in thread 0's cache (usable only by thread 0).</summary>
    private sealed record PoolModel(int Live, int Cached);

    /// <summary>The pool: handles are distinct while live, a freed slot's next handle differs (generation), statistics agree.</summary>
    private sealed class PoolMachine : Machine<PoolMachine.Sut, PoolModel>
    {
        internal const int Capacity = 6;

        internal sealed class Sut
        {
            public readonly NodePool Pool = new(Capacity, tagged: true, threadCaches: 1, statistics: true);
            public readonly List<long> Live = new();
            public readonly HashSet<long> EverHandedOut = new();
            public long Allocs, Frees, Peak;
        }

        public override Arbitrary<Setup<Sut, PoolModel>> Setup =>
            Arb.From(Gen.Constant(StateMachine.Setup(() => new Sut(), () => new PoolModel(0, 0))));

        public override Gen<Operation<Sut, PoolModel>> Next(PoolModel model) =>
            Gen.OneOf(
                Gen.Constant<Operation<Sut, PoolModel>>(new AllocateOp(useCache: false)),
                Gen.Constant<Operation<Sut, PoolModel>>(new AllocateOp(useCache: true)),
                Gen.Choose(0, 100).Select(k => (Operation<Sut, PoolModel>)new FreeOp(k)));

        private sealed class AllocateOp(bool useCache) : Operation<Sut, PoolModel>
        {
            // Thread 0 takes from its cache first; the shared list holds what is neither live nor cached.
            public override bool Pre(PoolModel m) => useCache ? m.Cached > 0 || m.Live + m.Cached < Capacity : m.Live + m.Cached < Capacity;

            public override PoolModel Run(PoolModel m) => useCache && m.Cached > 0 ? new(m.Live + 1, m.Cached - 1) : new(m.Live + 1, m.Cached);

            public override Property Check(Sut sut, PoolModel model)
            {
                long h = useCache ? sut.Pool.Allocate(0) : sut.Pool.Allocate();
                bool fresh = !sut.Live.Contains(h) && sut.EverHandedOut.Add(h);
                sut.Live.Add(h);
                sut.Allocs++;
                sut.Peak = Math.Max(sut.Peak, sut.Live.Count);
                var st = sut.Pool.Statistics;
                return (fresh && st.Allocations == sut.Allocs && st.Live == sut.Live.Count && st.Peak == sut.Peak && model.Live == sut.Live.Count)
                    .Label($"allocate: handle 0x{h:x} fresh={fresh}, stats {st}");
            }

            public override string ToString() => useCache ? "Allocate(cache)" : "Allocate";
        }

        private sealed class FreeOp(int k) : Operation<Sut, PoolModel>
        {
            public override bool Pre(PoolModel m) => m.Live > 0;

            // Even k frees into thread 0's cache (room for 32 > capacity), odd k onto the shared list.
            public override PoolModel Run(PoolModel m) => k % 2 == 0 ? new(m.Live - 1, m.Cached + 1) : new(m.Live - 1, m.Cached);

            public override Property Check(Sut sut, PoolModel model)
            {
                long h = sut.Live[k % sut.Live.Count];
                sut.Live.Remove(h);
                if (k % 2 == 0) sut.Pool.Free(0, h);
                else sut.Pool.Free(h);
                sut.Frees++;
                var st = sut.Pool.Statistics;
                return (st.Frees == sut.Frees && st.Live == sut.Live.Count).Label($"free 0x{h:x}: stats {st}");
            }

            public override string ToString() => $"Free({k})";
        }
    }

    [Fact]
    public void Pool_hands_out_distinct_fresh_handles_and_counts_correctly() => FsCheckXunit.Run(new PoolMachine().ToProperty(), 200);

    // ------------------------------------------------------------------ Treiber stack, one thread

    /// <summary>The model: the stack's contents and the value the last pop must return (null for "empty").</summary>
    private sealed record StackModel(ImmutableStack<long> Items, long? Expected);

    private sealed class StackMachine(ReclamationScheme scheme) : Machine<StackMachine.Sut, StackModel>(200)
    {
        internal sealed class Sut
        {
            public Sut(ReclamationScheme scheme)
            {
                var pool = new NodePool(1024, tagged: true, threadCaches: 1);
                Reclaimer = Reclaimer.Create(scheme, pool, 1, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 });
                Stack = new TreiberStack(Reclaimer);
                Me = Reclaimer.Register();
            }

            public readonly Reclaimer Reclaimer;
            public readonly TreiberStack Stack;
            public readonly ReclaimerThread Me;
        }

        public override Arbitrary<Setup<Sut, StackModel>> Setup =>
            Arb.From(Gen.Constant(StateMachine.Setup(() => new Sut(scheme), () => new StackModel(ImmutableStack<long>.Empty, null))));

        public override Gen<Operation<Sut, StackModel>> Next(StackModel model) =>
            Gen.Frequency(
                (3, Gen.Choose(0, 1000).Select(v => (Operation<Sut, StackModel>)new PushOp(v))),
                (2, Gen.Constant<Operation<Sut, StackModel>>(new PopOp())));

        private sealed class PushOp(long v) : Operation<Sut, StackModel>
        {
            public override bool Pre(StackModel model) => model.Items.Count() < 40;
            public override StackModel Run(StackModel model) => new(model.Items.Push(v), null);

            public override Property Check(Sut sut, StackModel model)
            {
                sut.Stack.Push(sut.Me, v);
                return true.ToProperty();
            }

            public override string ToString() => $"Push({v})";
        }

        private sealed class PopOp : Operation<Sut, StackModel>
        {
            public override StackModel Run(StackModel model) =>
                model.Items.IsEmpty ? new(model.Items, null) : new(model.Items.Pop(), model.Items.Peek());

            public override Property Check(Sut sut, StackModel model)
            {
                long? actual = sut.Stack.TryPop(sut.Me, out long v) ? v : null;
                return (actual == model.Expected).Label($"pop returned {actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty"}, the model {model.Expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty"}");
            }

            public override string ToString() => "Pop";
        }
    }

    /// <summary>Push/pop sequences against an immutable stack model, with every popped value compared exactly.</summary>
    [Theory]
    [InlineData(ReclamationScheme.None)]
    [InlineData(ReclamationScheme.Immediate)]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    [InlineData(ReclamationScheme.DebraPlus)]
    public void Stack_behaves_like_a_sequential_stack(ReclamationScheme scheme) =>
        FsCheckXunit.Run(new StackMachine(scheme).ToProperty(), 200);

    // ------------------------------------------------------------------ reclaimers, several threads, sequentially

    /// <summary>
    /// A sequential command language over one reclaimer with three registered threads: begin/end an operation,
    /// allocate, retire a node the thread allocated, and quiesce (every thread runs empty operations, then flushes).
    /// Model: a node is reachable from its allocation to its retirement; a thread that is inside an operation and has read
    /// shared state (begin, or a protected read) since the node's allocation may hold a reference, so it "protects" the
    /// node until it ends that operation. Safety: the pool's free count never exceeds the retired nodes no thread
    /// protects. Liveness: after a quiesce with no thread inside an operation, every retired node has been freed
    /// (except under the leak scheme, which never frees).
    /// </summary>
    private sealed record Cmd(int Kind, int Thread)
    {
        public override string ToString() => Kind switch
        {
            0 => $"t{Thread}.Begin",
            1 => $"t{Thread}.End",
            2 => $"t{Thread}.Allocate",
            3 => $"t{Thread}.Retire",
            5 => $"t{Thread}.Protect",
            _ => "Quiesce",
        };
    }

    private static bool RunReclaimerCommands(ReclamationScheme scheme, Cmd[] cmds, out string why)
    {
        const int threads = 3;
        var pool = new NodePool(256, tagged: true, threadCaches: threads, statistics: true);
        var r = Reclaimer.Create(scheme, pool, threads, WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, StallThreshold = 1000, EpochCheckInterval = 1 });
        var ts = Enumerable.Range(0, threads).Select(_ => r.Register()).ToArray();
        var inOp = new bool[threads];
        var owned = Enumerable.Range(0, threads).Select(_ => new List<long>()).ToArray();
        var protectors = new List<HashSet<int>>(); // one per retired node
        var lastRead = new int[threads];           // command index of each thread's last Begin or Protect
        var bornAt = new Dictionary<long, int>();  // command index at which a node was allocated (and published)
        var root = new Weft.Atomics.AtomicInt64(0);
        int retired = 0, now = 0;
        why = "";
        foreach (var c in cmds)
        {
            int t = c.Thread;
            now++;
            switch (c.Kind)
            {
                case 0 when !inOp[t]:
                    r.BeginOperation(ts[t]);
                    inOp[t] = true;
                    lastRead[t] = now;
                    break;
                case 5 when inOp[t]:
                    r.Protect(ts[t], ref root);
                    lastRead[t] = now;
                    break;
                case 1 when inOp[t]:
                    r.EndOperation(ts[t]);
                    inOp[t] = false;
                    foreach (var p in protectors) p.Remove(t);
                    break;
                case 2 when inOp[t] && pool.Statistics.Live < 200:
                    long a = r.Allocate(ts[t]);
                    owned[t].Add(a);
                    bornAt[a] = now;
                    break;
                case 3 when inOp[t] && owned[t].Count > 0:
                    long h = owned[t][^1];
                    owned[t].RemoveAt(owned[t].Count - 1);
                    // A thread can hold a reference to h only if it is inside an operation and has read shared state
                    // since h was published (at its allocation, in this abstract workload).
                    protectors.Add(Enumerable.Range(0, threads).Where(j => inOp[j] && j != t && lastRead[j] >= bornAt[h]).ToHashSet());
                    r.Retire(ts[t], h);
                    retired++;
                    break;
                case 4 when !inOp.Any(x => x):
                    for (int round = 0; round < 4 * threads; round++)
                        for (int j = 0; j < threads; j++)
                        {
                            r.BeginOperation(ts[j]);
                            r.EndOperation(ts[j]);
                        }
                    foreach (var x in ts) r.Quiesce(x); // IBR keeps a reservation between operations until told otherwise
                    foreach (var x in ts) r.Flush(x);
                    long expected = scheme == ReclamationScheme.None ? 0 : retired;
                    if (pool.Statistics.Frees != expected)
                    {
                        why = $"after quiescing, {pool.Statistics.Frees} of {retired} retired nodes are freed (expected {expected})";
                        return false;
                    }
                    break;
            }
            int unprotected = protectors.Count(p => p.Count == 0);
            if (pool.Statistics.Frees > unprotected)
            {
                why = $"after {c}: {pool.Statistics.Frees} nodes freed but only {unprotected} of {retired} retired nodes are unprotected";
                return false;
            }
        }
        return true;
    }

    private static Gen<Cmd[]> Commands =>
        Gen.ListOf(Gen.Frequency(
            (3, Gen.Choose(0, 2).Select(t => new Cmd(0, t))),
            (3, Gen.Choose(0, 2).Select(t => new Cmd(1, t))),
            (4, Gen.Choose(0, 2).Select(t => new Cmd(2, t))),
            (4, Gen.Choose(0, 2).Select(t => new Cmd(3, t))),
            (3, Gen.Choose(0, 2).Select(t => new Cmd(5, t))),
            (1, Gen.Constant(new Cmd(4, 0))))).Select(l => l.Take(80).ToArray());

    [Theory]
    [InlineData(ReclamationScheme.None)]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    [InlineData(ReclamationScheme.DebraPlus)]
    public void Reclaimer_frees_nothing_protected_and_everything_after_quiescence(ReclamationScheme scheme) =>
        FsCheckXunit.Run(Prop.ForAll(Arb.From(Commands), cmds => RunReclaimerCommands(scheme, cmds, out var why).Label(why)), 300);

    [Fact]
    public void The_safety_model_rejects_immediate_reuse()
    {
        // Negative control for the model itself: t0 reads after t1 allocates, then t1 retires; immediate reuse frees the
        // node while t0 may still hold it, and the same checker must object.
        var cmds = new[] { new Cmd(0, 0), new Cmd(0, 1), new Cmd(2, 1), new Cmd(5, 0), new Cmd(3, 1) };
        bool ok = RunReclaimerCommands(ReclamationScheme.Immediate, cmds, out var why);
        Assert.False(ok, "immediate reuse freed a protected node and the model did not object");
        Assert.Contains("unprotected", why, StringComparison.Ordinal);
        Assert.True(RunReclaimerCommands(ReclamationScheme.Ibr, cmds, out why), why);
    }
}
