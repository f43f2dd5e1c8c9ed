using System;
using System.Linq;
using Weft.Linearizability;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The linearizability checker on hand-written histories whose verdict is known. Each history is written as the
/// events happened: the order of <c>Invoke</c> and <c>Respond</c> calls is the real-time order.
/// </summary>
public sealed class LinearizabilityCheckerTests(ITestOutputHelper output)
{
    private static readonly object E = Empty.Value;

    private LinearizabilityResult Check<TState>(History h, ISequentialSpec<TState> model) where TState : IEquatable<TState>
    {
        var r = LinearizabilityChecker.Check(h, model);
        output.WriteLine(r.ToString());
        return r;
    }

    private static void Linearizable(LinearizabilityResult r) => Assert.True(r.IsLinearizable, r.Witness);

    private static void NotLinearizable(LinearizabilityResult r)
    {
        Assert.False(r.IsLinearizable, "expected a violation; found " + r);
        Assert.NotEmpty(r.Witness);
        Assert.NotEmpty(r.Unplaced);
    }

    /// <summary>Records a complete operation with nothing overlapping it.</summary>
    private static void Seq(History h, int thread, object? result, string name, params object?[] args) =>
        h.Respond(h.Invoke(thread, name, args), result);

    private static string Order(LinearizabilityResult r) => string.Join("; ", r.Linearization.Select(e => e.ToString()));

    // ------------------------------------------------------------------ stack

    [Fact]
    public void Empty_history_is_linearizable()
    {
        var r = Check(new History(), new StackModel());
        Linearizable(r);
        Assert.Empty(r.Linearization);
    }

    [Fact]
    public void Overlapping_push_and_pop_of_its_value_is_linearizable()
    {
        var h = new History();
        int push = h.Invoke(1, "push", 1);
        int pop = h.Invoke(2, "pop");
        h.Respond(pop, 1L);
        h.Respond(push);
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t1 push(1); t2 pop() -> 1", Order(r));
    }

    [Fact]
    public void Pop_of_a_value_never_pushed_is_not_linearizable()
    {
        var h = new History();
        Seq(h, 1, null, "push", 1);
        Seq(h, 2, 2L, "pop");
        var r = Check(h, new StackModel());
        NotLinearizable(r);
        Assert.Equal("t1 push(1)", Order(r));
        Assert.Equal("t2 pop() -> 2", Assert.Single(r.Unplaced).ToString());
        Assert.Contains("the specification returns 1 here", r.Witness, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequential_pushes_popped_in_fifo_order_is_not_linearizable_for_a_stack()
    {
        var h = new History();
        Seq(h, 1, null, "push", 1);
        Seq(h, 1, null, "push", 2);
        Seq(h, 2, 1L, "pop");
        Seq(h, 2, 2L, "pop");
        var r = Check(h, new StackModel());
        NotLinearizable(r);
        Assert.Equal(2, r.Linearization.Count);
        Assert.Contains("the specification returns 2 here", r.Witness, StringComparison.Ordinal);
        Assert.Contains("state after it: [2, 1] (top first)", r.Witness, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_pushes_may_take_effect_in_either_order()
    {
        var h = new History();
        int a = h.Invoke(1, "push", 1);
        int b = h.Invoke(2, "push", 2);
        h.Respond(a);
        h.Respond(b);
        Seq(h, 1, 1L, "pop");
        Seq(h, 1, 2L, "pop");
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t2 push(2); t1 push(1); t1 pop() -> 1; t1 pop() -> 2", Order(r));
    }

    [Fact]
    public void A_long_pop_may_take_effect_between_later_operations()
    {
        // t1's pop spans two complete pushes by t2 and returns the first: it must be placed between them.
        var h = new History();
        int pop = h.Invoke(1, "pop");
        Seq(h, 2, null, "push", 1);
        Seq(h, 2, null, "push", 2);
        h.Respond(pop, 1L);
        Seq(h, 2, 2L, "pop");
        Seq(h, 2, E, "pop");
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t2 push(1); t1 pop() -> 1; t2 push(2); t2 pop() -> 2; t2 pop() -> empty", Order(r));
    }

    [Fact]
    public void The_same_results_after_the_pushes_completed_are_not_linearizable()
    {
        var h = new History();
        Seq(h, 2, null, "push", 1);
        Seq(h, 2, null, "push", 2);
        Seq(h, 1, 1L, "pop");
        NotLinearizable(Check(h, new StackModel()));
    }

    [Fact]
    public void Empty_pop_overlapping_a_push_is_linearizable_but_not_after_it()
    {
        var h = new History();
        int push = h.Invoke(1, "push", 1);
        Seq(h, 2, E, "pop");
        h.Respond(push);
        Linearizable(Check(h, new StackModel()));

        var late = new History();
        Seq(late, 1, null, "push", 1);
        Seq(late, 2, E, "pop");
        var r = Check(late, new StackModel());
        NotLinearizable(r);
        Assert.Contains("the specification returns 1 here", r.Witness, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_way_overlap_needs_an_order_other_than_invocation_order()
    {
        // All three overlap. In invocation order (push 1, push 2, pop) the pop would return 2; it returned 1, so the
        // checker must backtrack and place the pop between the pushes.
        var h = new History();
        int a = h.Invoke(1, "push", 1);
        int b = h.Invoke(2, "push", 2);
        int c = h.Invoke(3, "pop");
        h.Respond(c, 1L);
        h.Respond(a);
        h.Respond(b);
        Seq(h, 3, 2L, "pop");
        Seq(h, 3, E, "pop");
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t1 push(1); t3 pop() -> 1; t2 push(2); t3 pop() -> 2; t3 pop() -> empty", Order(r));
    }

    [Fact]
    public void A_value_popped_twice_is_not_linearizable()
    {
        var h = new History();
        Seq(h, 0, null, "push", 1);
        int a = h.Invoke(1, "pop");
        int b = h.Invoke(2, "pop");
        h.Respond(a, 1L);
        h.Respond(b, 1L);
        var r = Check(h, new StackModel());
        NotLinearizable(r);
        Assert.Equal(2, r.Linearization.Count);
        Assert.Contains("the specification returns empty here", r.Witness, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ pending operations

    [Fact]
    public void A_pending_push_may_have_taken_effect()
    {
        var h = new History();
        h.Invoke(1, "push", 1); // never returns
        Seq(h, 2, 1L, "pop");
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t1 push(1) -> ? (pending); t2 pop() -> 1", Order(r));
    }

    [Fact]
    public void A_pending_push_may_also_not_have_taken_effect()
    {
        var h = new History();
        h.Invoke(1, "push", 1);
        Seq(h, 2, E, "pop");
        var r = Check(h, new StackModel());
        Linearizable(r);
        Assert.Equal("t2 pop() -> empty", Order(r));
    }

    [Fact]
    public void A_pending_push_cannot_take_effect_before_its_invocation()
    {
        var h = new History();
        Seq(h, 2, 1L, "pop");
        h.Invoke(1, "push", 1);
        var r = Check(h, new StackModel());
        NotLinearizable(r);
        Assert.Contains("(pending: never returned)", r.Witness, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pending_pop_may_have_removed_a_value()
    {
        var h = new History();
        Seq(h, 1, null, "push", 1);
        h.Invoke(2, "pop");
        Seq(h, 1, E, "pop");
        Linearizable(Check(h, new StackModel()));

        var without = new History();
        Seq(without, 1, null, "push", 1);
        Seq(without, 1, E, "pop");
        NotLinearizable(Check(without, new StackModel()));
    }

    // ------------------------------------------------------------------ queue

    [Fact]
    public void Queue_in_fifo_order_is_linearizable_and_in_lifo_order_is_not()
    {
        var fifo = new History();
        Seq(fifo, 1, null, "enqueue", 1);
        Seq(fifo, 1, null, "enqueue", 2);
        Seq(fifo, 2, 1L, "dequeue");
        Seq(fifo, 2, 2L, "dequeue");
        Seq(fifo, 2, E, "dequeue");
        Linearizable(Check(fifo, new QueueModel()));

        var lifo = new History();
        Seq(lifo, 1, null, "enqueue", 1);
        Seq(lifo, 1, null, "enqueue", 2);
        Seq(lifo, 2, 2L, "dequeue");
        var r = Check(lifo, new QueueModel());
        NotLinearizable(r);
        Assert.Contains("the specification returns 1 here", r.Witness, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_overlapping_enqueues_may_be_dequeued_in_either_order()
    {
        var h = new History();
        int a = h.Invoke(1, "enqueue", 1);
        int b = h.Invoke(2, "enqueue", 2);
        h.Respond(b);
        h.Respond(a);
        Seq(h, 3, 2L, "dequeue");
        Seq(h, 3, 1L, "dequeue");
        Linearizable(Check(h, new QueueModel()));
    }

    [Fact]
    public void Queue_dequeue_overlapping_two_enqueues_must_return_the_first_to_take_effect()
    {
        // The dequeue overlaps both enqueues, which are sequential (1 then 2): it may return empty or 1, never 2.
        foreach (var (result, ok) in new[] { (E, true), (1L, true), ((object)2L, false) })
        {
            var h = new History();
            int d = h.Invoke(2, "dequeue");
            Seq(h, 1, null, "enqueue", 1);
            Seq(h, 1, null, "enqueue", 2);
            h.Respond(d, result);
            var r = Check(h, new QueueModel());
            Assert.True(r.IsLinearizable == ok, $"dequeue() -> {result}: {r}");
        }
    }

    [Fact]
    public void Queue_value_dequeued_by_two_threads_is_not_linearizable()
    {
        var h = new History();
        Seq(h, 1, null, "enqueue", 7);
        Seq(h, 1, null, "enqueue", 8);
        int a = h.Invoke(2, "dequeue");
        int b = h.Invoke(3, "dequeue");
        h.Respond(a, 7L);
        h.Respond(b, 7L);
        NotLinearizable(Check(h, new QueueModel()));
    }

    // ------------------------------------------------------------------ set and map

    [Fact]
    public void Set_two_concurrent_adds_of_one_key_cannot_both_succeed()
    {
        var h = new History();
        int a = h.Invoke(1, "add", 5);
        int b = h.Invoke(2, "add", 5);
        h.Respond(a, true);
        h.Respond(b, true);
        NotLinearizable(Check(h, new SetModel()));

        var ok = new History();
        a = ok.Invoke(1, "add", 5);
        b = ok.Invoke(2, "add", 5);
        ok.Respond(a, false);
        ok.Respond(b, true);
        Seq(ok, 1, true, "contains", 5);
        Seq(ok, 1, true, "remove", 5);
        Seq(ok, 2, false, "contains", 5);
        var r = Check(ok, new SetModel());
        Linearizable(r);
        Assert.Equal("t2 add(5) -> true", r.Linearization[0].ToString());
    }

    [Fact]
    public void Map_get_sees_a_concurrent_put_or_the_previous_value_but_not_a_stale_one_after_it()
    {
        var h = new History();
        Seq(h, 1, E, "put", 1, 10);
        int put = h.Invoke(1, "put", 1, 20);
        Seq(h, 2, 20L, "get", 1);
        Seq(h, 2, 20L, "get", 1);
        h.Respond(put, 10L);
        Seq(h, 2, 20L, "remove", 1);
        Seq(h, 2, E, "get", 1);
        Linearizable(Check(h, new MapModel()));

        var stale = new History();
        Seq(stale, 1, E, "put", 1, 10);
        put = stale.Invoke(1, "put", 1, 20);
        Seq(stale, 2, 20L, "get", 1);
        Seq(stale, 2, 10L, "get", 1); // the new value was already observed: going back is not linearizable
        stale.Respond(put, 10L);
        var r = Check(stale, new MapModel());
        NotLinearizable(r);
        Assert.Contains("the specification returns 20 here", r.Witness, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ results, witness and cost

    [Fact]
    public void Integer_results_compare_by_value_whatever_their_type()
    {
        var h = new History();
        Seq(h, 1, null, "push", 3);      // an int argument
        Seq(h, 1, 3, "pop");             // an int result; the model computes a long
        Linearizable(Check(h, new StackModel()));
    }

    [Fact]
    public void Witness_names_the_prefix_the_candidates_and_the_events()
    {
        var h = new History();
        Seq(h, 0, null, "push", 1);
        Seq(h, 0, null, "push", 2);
        int p = h.Invoke(1, "pop");
        int q = h.Invoke(2, "push", 3);
        h.Respond(p, 1L);
        h.Respond(q);
        Seq(h, 2, 3L, "pop");
        var r = Check(h, new StackModel());
        NotLinearizable(r);
        var w = r.Witness;
        Assert.StartsWith("history is not linearizable: 5 operation(s) (5 completed, 0 pending) on 3 thread(s)", w, StringComparison.Ordinal);
        Assert.Contains("longest linearizable prefix (3 operation(s)):", w, StringComparison.Ordinal);
        Assert.Contains("t1 pop() -> 1: the specification returns", w, StringComparison.Ordinal);
        Assert.Contains("not linearized either (invoked after that response):\n  t2 pop() -> 3", w, StringComparison.Ordinal);
        Assert.Contains("     7  t1   return  pop() -> 1", w, StringComparison.Ordinal);
        Assert.Equal(new[] { "t1 pop() -> 1" }, r.Unplaced.Select(e => e.ToString()));
    }

    [Fact]
    public void Respond_twice_or_to_an_unknown_id_is_an_error()
    {
        var h = new History();
        int id = h.Invoke(1, "pop");
        h.Respond(id, E);
        Assert.Throws<InvalidOperationException>(() => h.Respond(id, E));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Respond(7, E));
    }

    [Fact]
    public void Unknown_operation_is_reported_by_the_model()
    {
        var h = new History();
        Seq(h, 1, null, "shove", 1);
        var e = Assert.Throws<ArgumentException>(() => LinearizabilityChecker.Check(h, new StackModel()));
        Assert.Contains("unknown operation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_threads_twelve_operations_heavily_overlapping_is_cheap()
    {
        // Sanity bound only (no timing assertion): three threads, four operations each, every operation overlapping
        // every operation of the other threads in its round, so almost any order is consistent with real time.
        var h = new History();
        var ids = new int[3];
        long next = 1;
        var simulated = new System.Collections.Generic.Stack<long>();
        for (int round = 0; round < 4; round++)
        {
            var results = new object?[3];
            for (int t = 0; t < 3; t++)
            {
                bool push = (round + t) % 3 != 2;
                ids[t] = push ? h.Invoke(t + 1, "push", next) : h.Invoke(t + 1, "pop");
                // Take effect at once, in thread order, on a sequential stack: a valid linearization exists.
                if (push) simulated.Push(next++);
                else results[t] = simulated.TryPop(out var v) ? v : E;
            }
            for (int t = 2; t >= 0; t--) h.Respond(ids[t], results[t]);
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = Check(h, new StackModel());
        sw.Stop();
        Linearizable(r);
        Assert.Equal(12, r.Linearization.Count);
        output.WriteLine($"12 operations, 3 threads: {r.ConfigurationsExplored} configurations in {sw.Elapsed.TotalMilliseconds:F2} ms");
    }
}
