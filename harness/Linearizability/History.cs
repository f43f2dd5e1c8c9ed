using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Weft.Models;

namespace Weft.Linearizability;

/// <summary>
/// A concurrent history: the invocation and response events of operations on one object, in real-time order.
/// Call <see cref="Invoke(int, string, object?[])"/> just before an operation starts and <see cref="Respond"/> just
/// after it returns; <see cref="LinearizabilityChecker"/> then decides whether the history is linearizable.
/// <code>
/// int id = history.Invoke(Checker.CurrentThreadId, "push", 5);
/// stack.Push(5);
/// history.Respond(id);
/// </code>
///
/// Thread safety. Every event takes a number from one counter under a lock, so the numbering is a total order
/// consistent with real time: if an operation's <see cref="Respond"/> returned before another's
/// <see cref="Invoke(int, string, object?[])"/> was called, its response number is smaller. Recording an event a
/// little late (a response) or a little early (an invocation) only widens the operation's interval, which can hide
/// a violation but never invent one. Controlled threads run one at a time and reach no scheduling point inside
/// these methods, so the lock is never contended there (it costs an uncontended acquire); real threads contend on
/// it briefly.
/// </summary>
public sealed class History
{
    private readonly object _gate = new();
    // Guarded by _gate. _ops[id] is the operation with that id; Responded == 0 while it is pending. _clock is the
    // number of the last event recorded; event numbers start at 1 and increase with real time.
    private readonly List<Record> _ops = new();
    private long _clock;

    private struct Record
    {
        public int Thread;
        public Operation Operation;
        public long Invoked;
        public long Responded;
        public object? Result;
    }

    /// <summary>Records the invocation of <paramref name="name"/>(<paramref name="args"/>) by <paramref name="thread"/>
    /// and returns the operation's id, to pass to <see cref="Respond"/>.</summary>
    public int Invoke(int thread, string name, params object?[] args) => Invoke(thread, new Operation(name, args));

    /// <summary>Records the invocation of <paramref name="operation"/> by <paramref name="thread"/> and returns its id.</summary>
    public int Invoke(int thread, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        SynchronizeUnderReleaseAcquire();
        lock (_gate)
        {
            _ops.Add(new Record { Thread = thread, Operation = operation, Invoked = ++_clock });
            return _ops.Count - 1;
        }
    }

    /// <summary>Records the response of operation <paramref name="id"/> with <paramref name="result"/> (null for an operation
    /// that returns nothing; <see cref="Empty.Value"/> for "no value"). An operation never responded to is pending: it may or
    /// may not have taken effect.</summary>
    public void Respond(int id, object? result = null)
    {
        SynchronizeUnderReleaseAcquire();
        lock (_gate)
        {
            if ((uint)id >= (uint)_ops.Count) throw new ArgumentOutOfRangeException(nameof(id), id, "no operation with this id was invoked");
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ops);
            ref var r = ref span[id];
            if (r.Responded != 0) throw new InvalidOperationException($"operation {id} ({r.Operation}) has already responded");
            r.Responded = ++_clock;
            r.Result = result;
        }
    }

    /// <summary>
    /// Under the release/acquire memory model an invocation and a response are full fences of the calling thread, so an
    /// operation that responded before another was invoked happens before it: real-time order, which the checker
    /// uses, is then a happens-before order (linearizability with respect to happens-before). Without it a load in a
    /// later operation could read a store older than an earlier, unsynchronized operation's, which C11 allows and no
    /// real-time order explains. Overlapping operations are not synchronized, so their ordering bugs stay visible.
    /// </summary>
    private static void SynchronizeUnderReleaseAcquire()
    {
        if (Engine.ControlledThread.Current is { Runtime.Ra: { } ra } t) ra.Fence(t.Id);
    }

    /// <summary>The number of operations invoked so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _ops.Count;
        }
    }

    /// <summary>A snapshot of the operations recorded so far, by id (which is also invocation order).</summary>
    public IReadOnlyList<HistoryEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                var list = new HistoryEntry[_ops.Count];
                for (int i = 0; i < list.Length; i++)
                {
                    var r = _ops[i];
                    list[i] = new HistoryEntry(i, r.Thread, r.Operation, r.Invoked, r.Responded == 0 ? null : r.Responded, r.Result);
                }
                return list;
            }
        }
    }

    /// <summary>The events in real-time order, one per line.</summary>
    public override string ToString() => Timeline(Entries);

    internal static string Timeline(IReadOnlyList<HistoryEntry> entries)
    {
        var events = new List<(long Time, HistoryEntry Op, bool Call)>(entries.Count * 2);
        foreach (var e in entries)
        {
            events.Add((e.Invoked, e, true));
            if (e.Responded is { } t) events.Add((t, e, false));
        }
        events.Sort((a, b) => a.Time.CompareTo(b.Time));
        var sb = new StringBuilder();
        foreach (var (time, op, call) in events)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {time,4}  t{op.Thread,-3} ");
            if (call) sb.Append("call    ").Append(op.Operation);
            else sb.Append("return  ").Append(op.Operation).Append(op.ResultText);
            if (call && op.IsPending) sb.Append("   (pending: never returned)");
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
