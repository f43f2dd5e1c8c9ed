using System;
using Weft.Linearizability;
using Weft.Models;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The map workloads shared by the lock-free and the locked skiplist scenarios: controlled threads run TryAdd,
/// TryGetValue, TryRemove and AddOrUpdate (update: add 1) on keys 1 and 2, and every history must be linearizable
/// with respect to <see cref="MapModel"/> (<c>tryAdd</c>, <c>get</c>, <c>remove</c>, <c>addOrUpdate</c>). The counter
/// workload also checks directly that no AddOrUpdate is lost: after two threads each counted twice, the value is 4.
/// </summary>
internal static class SkipListMapWorkloads
{
    /// <summary>The operations of one skiplist, so one workload serves both.</summary>
    internal sealed record Target(
        Reclaimer Reclaimer,
        Func<ReclaimerThread, long, long, bool> TryAdd,
        TryGet TryGetValue,
        TryGet TryRemove,
        Func<ReclaimerThread, long, long, Func<long, long>, long> AddOrUpdate,
        Func<string?> QuiescentViolation);

    internal delegate bool TryGet(ReclaimerThread t, long key, out long value);

    private static readonly Func<long, long> Increment = v => v + 1;

    /// <summary>
    /// Three threads: two count on key 1 (AddOrUpdate), one of them then removes it, the other reads it; the third adds
    /// key 2 and counts on key 1 too. Updates race with each other, with the add of the key and with its removal.
    /// </summary>
    internal static void Mixed(Target map)
    {
        var history = new History();
        var t1 = WeftThread.Start(() =>
        {
            var me = map.Reclaimer.Register();
            Op(map, me, history, "addOrUpdate", 1);
            Op(map, me, history, "remove", 1);
        });
        var t2 = WeftThread.Start(() =>
        {
            var me = map.Reclaimer.Register();
            Op(map, me, history, "addOrUpdate", 1);
            Op(map, me, history, "get", 1);
        });
        var t3 = WeftThread.Start(() =>
        {
            var me = map.Reclaimer.Register();
            Op(map, me, history, "tryAdd", 2);
            Op(map, me, history, "addOrUpdate", 1);
        });
        t1.Join();
        t2.Join();
        t3.Join();
        Finish(map, history);
    }

    /// <summary>Two threads each count twice on key 1: the value must end at 4 (no lost update), and the history be linearizable.</summary>
    internal static void Counter(Target map)
    {
        var history = new History();
        void Count()
        {
            var me = map.Reclaimer.Register();
            Op(map, me, history, "addOrUpdate", 1);
            Op(map, me, history, "addOrUpdate", 1);
        }
        var a = WeftThread.Start(Count);
        var b = WeftThread.Start(Count);
        a.Join();
        b.Join();
        var main = map.Reclaimer.Register();
        bool present = map.TryGetValue(main, 1, out long value);
        Checker.Assert(present && value == 4, $"lost update: four AddOrUpdate(+1) calls on key 1 left {(present ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no value")}, not 4");
        Finish(map, history);
    }

    private static void Finish(Target map, History history)
    {
        var main = map.Reclaimer.Register();
        Op(map, main, history, "get", 1);
        Op(map, main, history, "get", 2);
        string? shape = map.QuiescentViolation();
        Checker.Assert(shape is null, "quiescent skiplist: " + shape);
        var r = LinearizabilityChecker.Check(history, new MapModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    /// <summary>Runs one operation and records it: tryAdd(k, 10k), get(k), remove(k), addOrUpdate(k, 1, +1).</summary>
    private static void Op(Target map, ReclaimerThread me, History history, string name, long key)
    {
        switch (name)
        {
            case "tryAdd":
            {
                int id = history.Invoke(Checker.CurrentThreadId, name, key, 10 * key);
                history.Respond(id, map.TryAdd(me, key, 10 * key));
                break;
            }
            case "addOrUpdate":
            {
                int id = history.Invoke(Checker.CurrentThreadId, name, key, 1L, 1L);
                history.Respond(id, map.AddOrUpdate(me, key, 1, Increment));
                break;
            }
            default:
            {
                int id = history.Invoke(Checker.CurrentThreadId, name, key);
                bool found = name == "get" ? map.TryGetValue(me, key, out long value) : map.TryRemove(me, key, out value);
                history.Respond(id, found ? value : Empty.Value);
                break;
            }
        }
    }
}
