using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Weft.Linearizability;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Properties of the linearizability checker (FsCheck): histories produced by executions that are atomic by
/// construction are linearizable, and corrupting one result into a value never pushed makes them not.
/// </summary>
public sealed class LinearizabilityPropertyTests
{
    private const long NeverPushed = 1_000_000;

    /// <summary>A stack operation: <c>Push</c> >= 0 pushes that value; -1 pops.</summary>
    private readonly record struct Op(int Thread, long Push)
    {
        public override string ToString() => Push >= 0 ? $"t{Thread} push({Push})" : $"t{Thread} pop()";
    }

    private static Gen<Op> OpGen(int threads) =>
        Gen.Choose(0, threads - 1).SelectMany(t => Gen.Frequency(
            (3, Gen.Choose(0, 20).Select(v => new Op(t, v))),
            (2, Gen.Constant(new Op(t, -1)))));

    private static Gen<Op[]> OpsGen(int threads) => Gen.ArrayOf(OpGen(threads)).Select(a => a.Take(40).ToArray());

    /// <summary>Runs <paramref name="ops"/> one after another (no overlap) on a sequential stack, recording each
    /// operation's invocation and response. <paramref name="corrupt"/> picks the nonempty pop (by index among them)
    /// whose recorded result is replaced with a value never pushed, or -1 for none.</summary>
    private static History Sequential(Op[] ops, int corrupt)
    {
        var h = new History();
        var stack = new Stack<long>();
        int nonEmptyPops = 0;
        foreach (var op in ops)
        {
            int id = h.Invoke(op.Thread, op.Push >= 0 ? new Operation("push", op.Push) : new Operation("pop"));
            object? result = null;
            if (op.Push >= 0) stack.Push(op.Push);
            else if (stack.TryPop(out var v)) result = nonEmptyPops++ == corrupt ? NeverPushed : v;
            else result = Empty.Value;
            h.Respond(id, result);
        }
        return h;
    }

    private static int NonEmptyPops(Op[] ops)
    {
        int depth = 0, pops = 0;
        foreach (var op in ops)
        {
            if (op.Push >= 0) depth++;
            else if (depth > 0)
            {
                depth--;
                pops++;
            }
        }
        return pops;
    }

    [Fact]
    public void Sequential_executions_are_linearizable() =>
        Run(Prop.ForAll(OpsGen(3).ToArbitrary(), ops =>
        {
            var r = LinearizabilityChecker.Check(Sequential(ops, corrupt: -1), new StackModel());
            return r.IsLinearizable && r.Linearization.Count == ops.Length;
        }));

    [Fact]
    public void Corrupting_one_nonempty_pop_to_a_value_never_pushed_is_not_linearizable()
    {
        var gen =
            from ops in OpsGen(3).Where(o => NonEmptyPops(o) > 0)
            from k in Gen.Choose(0, NonEmptyPops(ops) - 1)
            select (ops, k);
        Run(Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var r = LinearizabilityChecker.Check(Sequential(c.ops, c.k), new StackModel());
            return !r.IsLinearizable && r.Unplaced.Any(e => Values.Same(e.Result, NeverPushed));
        }));
    }

    // Concurrent histories: each thread runs its operations one at a time; a random schedule interleaves their
    // phases (invoke, take effect on a sequential stack, respond), so operations of different threads overlap
    // arbitrarily while the effect points are a linearization by construction. Operations cut off by the end of
    // the schedule stay pending, whether or not they took effect.

    private static History Interleaved(Op[] ops, int[] schedule, int threads, int corrupt)
    {
        var h = new History();
        var stack = new Stack<long>();
        var queues = Enumerable.Range(0, threads).Select(t => new Queue<Op>(ops.Where(o => o.Thread == t))).ToArray();
        var phase = new int[threads];        // 0 idle, 1 invoked, 2 took effect
        var id = new int[threads];
        var result = new object?[threads];
        int nonEmptyPops = 0;
        foreach (var pick in schedule)
        {
            int t = pick % threads;
            switch (phase[t])
            {
                case 0:
                    if (!queues[t].TryPeek(out var next)) continue;
                    id[t] = h.Invoke(t, next.Push >= 0 ? new Operation("push", next.Push) : new Operation("pop"));
                    phase[t] = 1;
                    break;
                case 1:
                    var op = queues[t].Peek();
                    if (op.Push >= 0)
                    {
                        stack.Push(op.Push);
                        result[t] = null;
                    }
                    else if (stack.TryPop(out var v)) result[t] = nonEmptyPops++ == corrupt ? NeverPushed : v;
                    else result[t] = Empty.Value;
                    phase[t] = 2;
                    break;
                default:
                    h.Respond(id[t], result[t]);
                    queues[t].Dequeue();
                    phase[t] = 0;
                    break;
            }
        }
        return h;
    }

    private static Gen<(Op[] Ops, int[] Schedule)> InterleavedGen(int threads) =>
        from ops in OpsGen(threads).Select(o => o.Take(12).ToArray())
        from schedule in Gen.ArrayOf(Gen.Choose(0, threads - 1), 3 * 12 + 6)
        select (ops, schedule);

    [Fact]
    public void Atomic_executions_with_arbitrary_overlap_are_linearizable() =>
        Run(Prop.ForAll(InterleavedGen(3).ToArbitrary(), c =>
            LinearizabilityChecker.Check(Interleaved(c.Ops, c.Schedule, 3, corrupt: -1), new StackModel()).IsLinearizable));

    [Fact]
    public void Overlapping_executions_with_a_result_never_pushed_are_not_linearizable() =>
        Run(Prop.ForAll(InterleavedGen(3).ToArbitrary(), c =>
        {
            var h = Interleaved(c.Ops, c.Schedule, 3, corrupt: 0);
            bool corrupted = h.Entries.Any(e => Values.Same(e.Result, NeverPushed));
            // When the corrupted pop is still pending its result was never recorded: nothing to detect.
            return !corrupted || !LinearizabilityChecker.Check(h, new StackModel()).IsLinearizable;
        }));

    private static void Run(Property property) => FsCheckXunit.Run(property, maxTest: 200);
}
