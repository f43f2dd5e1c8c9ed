using System;
using System.Linq;
using System.Threading;
using Weft.Linearizability;
using Weft.Models;

namespace Weft.Tests;

/// <summary>
/// The history of three real threads on a stack or queue, for the tests that check histories of real threads: the
/// threads are released together by a barrier, and thread t runs four operations that alternate (an insertion first
/// when t is even) between inserting its own value t*10+i and removing one. Outside a controlled test the controlled
/// build is ordinary code on real threads (plain Interlocked), and the history recorder's lock orders their events.
/// </summary>
internal static class AlternatingHistory
{
    public const int Threads = 3, OperationsPerThread = 4;

    /// <summary>A removal: true with the value taken, false when the collection was empty.</summary>
    public delegate bool TryRemove<in TThread>(TThread me, out long value);

    /// <summary>
    /// Runs the threads and returns their history. Each thread first calls <paramref name="register"/> (its result is the
    /// thread's handle for the operations); <paramref name="insert"/>'s result is the insertion's response (null: none).
    /// </summary>
    public static History Record<TThread>(Func<TThread> register, string insertName, Func<TThread, long, object?> insert,
        string removeName, TryRemove<TThread> remove)
    {
        var h = new History();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var me = register();
            start.SignalAndWait();
            for (int i = 0; i < OperationsPerThread; i++)
            {
                if ((i + t) % 2 == 0)
                {
                    long v = t * 10 + i;
                    int id = h.Invoke(t, insertName, v);
                    h.Respond(id, insert(me, v));
                }
                else
                {
                    int id = h.Invoke(t, removeName);
                    h.Respond(id, remove(me, out long v) ? v : Empty.Value);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return h;
    }
}
