using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Linearizability;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The sequential specifications (models/) and what the checker relies on them for: structural equality with a
/// hash that depends on contents alone (so memoization merges equal states however they were reached), and
/// nondeterministic specifications' alternatives for pending operations.
/// </summary>
public sealed class LinearizabilityModelTests
{
    [Fact]
    public void Stack_states_built_differently_are_equal_with_equal_hashes()
    {
        var a = StackState.Empty.Push(1).Push(2).Push(3);
        var b = StackState.Empty.Push(1).Push(9).Pop().Push(2).Push(3);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(StackState.Of(1, 2, 3), a);
        Assert.NotEqual(StackState.Of(3, 2, 1), a);
        Assert.Equal("[3, 2, 1] (top first)", a.ToString());
        Assert.Equal("[]", StackState.Empty.ToString());
        Assert.Equal(3, a.Top);
        Assert.Equal(new long[] { 3, 2, 1 }, a.Items);
    }

    [Fact]
    public void Stack_state_hash_is_the_same_in_every_process()
    {
        // Values.Mix is a fixed function (no per-process seed), so checker runs, and the order its memo fills, are reproducible.
        Assert.Equal(StackState.Of(1, 2).GetHashCode(), StackState.Empty.Push(1).Push(2).GetHashCode());
        Assert.Equal(Values.Mix(42), Values.Mix(42));
        Assert.NotEqual(Values.Mix(1), Values.Mix(2));
    }

    [Fact]
    public void Queue_set_and_map_states_have_structural_equality()
    {
        var q = QueueState.Empty.Enqueue(1).Enqueue(2).Enqueue(3).Dequeue();
        Assert.Equal(QueueState.Of(2, 3), q);
        Assert.Equal(QueueState.Of(2, 3).GetHashCode(), q.GetHashCode());
        Assert.NotEqual(QueueState.Of(3, 2), q);
        Assert.Equal("[2, 3] (oldest first)", q.ToString());

        var s = SetState.Empty.Add(3).Add(1).Add(2).Remove(2).Add(2);
        Assert.Equal(SetState.Of(1, 2, 3), s);
        Assert.Equal(SetState.Of(3, 2, 1).GetHashCode(), s.GetHashCode());
        Assert.Equal("{1, 2, 3}", s.ToString());

        var m = MapState.Empty.Put(2, 20).Put(1, 10).Put(2, 21);
        var n = MapState.Empty.Put(1, 10).Put(2, 21).Put(3, 30).Remove(3);
        Assert.Equal(n, m);
        Assert.Equal(n.GetHashCode(), m.GetHashCode());
        Assert.NotEqual(MapState.Empty.Put(1, 10).Put(2, 20), m);
        Assert.Equal("{1: 10, 2: 21}", m.ToString());
    }

    [Fact]
    public void Deterministic_specs_compute_results()
    {
        var stack = new StackModel();
        var (r, s) = stack.Step(StackState.Of(1, 2), new Operation("pop"));
        Assert.Equal(2L, r);
        Assert.Equal(StackState.Of(1), s);
        Assert.Same(Empty.Value, stack.Step(StackState.Empty, new Operation("pop")).Result);
        Assert.True(stack.Apply(StackState.Of(1), new Operation("peek"), 1).Ok);
        Assert.False(stack.Apply(StackState.Of(1), new Operation("peek"), 2L).Ok);

        var queue = new QueueModel();
        Assert.Equal(1L, queue.Step(QueueState.Of(1, 2), new Operation("dequeue")).Result);

        var set = new SetModel();
        Assert.Equal(false, set.Step(SetState.Of(1), new Operation("add", 1)).Result);
        Assert.Equal(true, set.Step(SetState.Of(1), new Operation("remove", 1)).Result);

        var map = new MapModel();
        var (prev, after) = map.Step(MapState.Empty.Put(1, 10), new Operation("put", 1, 11));
        Assert.Equal(10L, prev);
        Assert.Equal(MapState.Empty.Put(1, 11), after);
        Assert.Same(Empty.Value, map.Step(after, new Operation("get", 2)).Result);
    }

    [Fact]
    public void Memoization_merges_equal_states_reached_in_different_orders()
    {
        // Ten overlapping add(i) and then a contains that no order can explain. Without memoization the search would
        // try all 10! orders of the adds; with it, each (set of adds done, set state) pair once: at most 2^10.
        var h = new History();
        var ids = Enumerable.Range(0, 10).Select(i => h.Invoke(i, "add", i)).ToList();
        foreach (var id in ids) h.Respond(id, true);
        h.Respond(h.Invoke(0, "contains", 99), true);
        var r = LinearizabilityChecker.Check(h, new SetModel());
        Assert.False(r.IsLinearizable);
        Assert.InRange(r.ConfigurationsExplored, 10, 1 << 10);
        Assert.Equal(10, r.Linearization.Count);
        Assert.Contains("contains(99) -> true: the specification returns false here", r.Witness, StringComparison.Ordinal);
    }

    /// <summary>A bag: <c>add(k)</c>; <c>take()</c> removes and returns any element, or empty. Nondeterministic, so a
    /// pending take may lead to several states.</summary>
    private sealed class BagSpec : ISequentialSpec<SetState>
    {
        public SetState Initial => SetState.Empty;

        public (bool Ok, SetState Next) Apply(SetState state, Operation op, object? result)
        {
            if (op.Name == "add") return (result is null, state.Add(op.Int64Arg(0)));
            if (result is Empty) return (state.Count == 0, state);
            return Values.ToInt64(result) is { } k && state.Contains(k) ? (true, state.Remove(k)) : (false, state);
        }

        public IEnumerable<SetState> ApplyPending(SetState state, Operation op)
        {
            if (op.Name == "add") return new[] { state.Add(op.Int64Arg(0)) };
            return state.Count == 0 ? new[] { state } : state.Keys.Select(state.Remove).ToArray();
        }
    }

    [Fact]
    public void Pending_operations_of_a_nondeterministic_spec_try_every_outcome()
    {
        // The pending take must have taken 1 (its first alternative) or 2: the later takes return 1 then empty, so only
        // "it took 2" works, which the search reaches by backtracking into the pending operation's second outcome.
        var h = new History();
        h.Respond(h.Invoke(1, "add", 1));
        h.Respond(h.Invoke(1, "add", 2));
        h.Invoke(2, "take");
        h.Respond(h.Invoke(1, "take"), 1L);
        h.Respond(h.Invoke(1, "take"), Empty.Value);
        var r = LinearizabilityChecker.Check(h, new BagSpec());
        Assert.True(r.IsLinearizable, r.Witness);
        Assert.Contains(r.Linearization, e => e.IsPending);

        var bad = new History();
        bad.Respond(bad.Invoke(1, "add", 1));
        bad.Invoke(2, "take");
        bad.Respond(bad.Invoke(1, "take"), 1L);
        bad.Respond(bad.Invoke(1, "take"), 1L);
        var b = LinearizabilityChecker.Check(bad, new BagSpec());
        Assert.False(b.IsLinearizable);
        Assert.Contains("the specification rejects this result here", b.Witness, StringComparison.Ordinal);
    }
}
