using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The Treiber stack checked for linearizability: controlled threads push and pop while a <see cref="History"/>
/// records every invocation and response, and at the end of each iteration the history must be linearizable with
/// respect to <see cref="StackModel"/>. Unlike an end-state check (the values popped equal the values pushed), this
/// catches wrong results at any point: a pop returning a value out of LIFO order, a value never pushed, or
/// "empty" while the stack held values.
/// </summary>
public static class TreiberLinearizability
{
    [WeftTest("treiber/linearizable", Budget = 300,
        Description = "three threads push and pop on a Treiber stack with tagged handles; every history is linearizable")]
    public static void Linearizable()
    {
        var pool = new NodePool(8, tagged: true);
        var stack = new TreiberStack(pool, TreiberReclamation.ImmediateReuse);
        var history = new History();
        var t1 = WeftThread.Start(() =>
        {
            Push(stack, history, 1);
            Pop(stack, history);
            Push(stack, history, 2);
        });
        var t2 = WeftThread.Start(() =>
        {
            Push(stack, history, 3);
            Pop(stack, history);
        });
        var t3 = WeftThread.Start(() =>
        {
            Pop(stack, history);
            Push(stack, history, 4);
        });
        t1.Join();
        t2.Join();
        t3.Join();
        Drain(stack, history, pool.Capacity);
        var r = LinearizabilityChecker.Check(history, new StackModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    // ABA, as in canonical/treiber-aba: a popper reads top = A with successor B and stalls before its CAS; meanwhile
    // another thread pops A and B, pushes onto a second stack sharing the pool (which receives B's slot) and pushes
    // onto this one again (which receives A's slot). With untagged handles the stalled CAS still sees "A" and
    // installs B, a node of the other stack, so this stack later pops a value that was never pushed onto it (a
    // non-linearizable history) or reads a node freed meanwhile (NoUseAfterFree). Both are assertion failures.

    [WeftTest("treiber/linearizable-aba", NegativeControl = true, Budget = 1000,
        Description = "Treiber stack with untagged handles and immediate reuse: ABA makes the history non-linearizable")]
    public static void LinearizableAba()
    {
        var pool = new NodePool(8, tagged: false);
        var stack = new TreiberStack(pool, TreiberReclamation.ImmediateReuse);
        var other = new TreiberStack(pool, TreiberReclamation.ImmediateReuse);
        var history = new History();
        Push(stack, history, 1);
        Push(stack, history, 2);
        Push(stack, history, 3);
        var t1 = WeftThread.Start(() => Pop(stack, history));
        var t2 = WeftThread.Start(() =>
        {
            Pop(stack, history);
            Pop(stack, history);
            other.Push(10); // not an operation on `stack`: not in its history
            Push(stack, history, 4);
        });
        t1.Join();
        t2.Join();
        Drain(stack, history, pool.Capacity);
        var r = LinearizabilityChecker.Check(history, new StackModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    private static void Push(TreiberStack stack, History history, long value)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "push", value);
        stack.Push(value);
        history.Respond(id);
    }

    private static object Pop(TreiberStack stack, History history)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "pop");
        object result = stack.TryPop(out long v) ? v : Empty.Value;
        history.Respond(id, result);
        return result;
    }

    /// <summary>Pops until empty (at most <paramref name="bound"/> values, in case a corrupted stack is cyclic), so values
    /// lost or duplicated by the concurrent phase show in the history too.</summary>
    private static void Drain(TreiberStack stack, History history, int bound)
    {
        for (int i = 0; i <= bound; i++)
            if (Pop(stack, history) is Empty) return;
    }
}
