using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Memory;
using Weft.Reclamation;
using Weft.Tla;

namespace Weft.Specs;

/// <summary>Helpers shared by the spec models: reading model constants and mapping pool state.</summary>
internal static class ModelSupport
{
    public static TlaValue Constant(IReadOnlyDictionary<string, TlaValue> constants, string name) =>
        constants.TryGetValue(name, out var v) ? v : throw new WeftInputException($"the configuration does not define the constant {name}");

    public static int IntConstant(IReadOnlyDictionary<string, TlaValue> c, string name)
    {
        var v = Constant(c, name);
        return v is TlaInt i ? checked((int)i.Value) : throw new WeftInputException($"constant {name} = {v}: expected an integer");
    }

    public static bool BoolConstant(IReadOnlyDictionary<string, TlaValue> c, string name)
    {
        var v = Constant(c, name);
        return v is TlaBool b ? b.Value : throw new WeftInputException($"constant {name} = {v}: expected TRUE or FALSE");
    }

    public static string StringConstant(IReadOnlyDictionary<string, TlaValue> c, string name)
    {
        var v = Constant(c, name);
        return v is TlaString s ? s.Value : throw new WeftInputException($"constant {name} = {v}: expected a string");
    }

    /// <summary>A constant that must be the set 1..n (threads, nodes): returns n.</summary>
    public static int Range(IReadOnlyDictionary<string, TlaValue> c, string name)
    {
        var v = Constant(c, name);
        if (v is TlaSet s && s.Items.Select((x, i) => x is TlaInt n && n.Value == i + 1).All(b => b)) return s.Items.Count;
        throw new WeftInputException($"constant {name} = {v}: expected a set 1..n");
    }

    /// <summary>A set constant of integers.</summary>
    public static HashSet<int> IntSet(IReadOnlyDictionary<string, TlaValue> c, string name)
    {
        var v = Constant(c, name);
        if (v is TlaSet s && s.Items.All(x => x is TlaInt)) return s.Items.Select(x => (int)((TlaInt)x).Value).ToHashSet();
        throw new WeftInputException($"constant {name} = {v}: expected a set of integers");
    }

    /// <summary>
    /// Two set constants that must split the spec's threads 1..n between two roles (waiters and posters, waiters and
    /// setters): returns both sets and n. The workloads spawn thread t as the t-th thread, so the roles must cover
    /// 1..n without overlap.
    /// </summary>
    public static (HashSet<int> First, HashSet<int> Second, int Threads) Roles(IReadOnlyDictionary<string, TlaValue> c, string first, string second)
    {
        var a = IntSet(c, first);
        var b = IntSet(c, second);
        int n = a.Count + b.Count;
        if (a.Overlaps(b) || !a.Union(b).ToHashSet().SetEquals(Enumerable.Range(1, n)))
            throw new WeftInputException(
                $"{first} and {second} must split the threads 1..n without overlap, not {{{string.Join(", ", a.Order())}}} and {{{string.Join(", ", b.Order())}}}");
        return (a, b, n);
    }

    public static TlaValue Seq(IEnumerable<TlaValue> items) => TlaValue.Seq(items);

    /// <summary>A spec function over threads 1..n as TLC prints it (a sequence).</summary>
    public static TlaValue PerThread(int n, Func<int, TlaValue> f) => TlaValue.Seq(Enumerable.Range(1, n).Select(f));

    /// <summary>A node id (0 for the null handle) of a handle: the spec numbers nodes, the pool numbers slots.</summary>
    public static TlaValue NodeOf(long handle) => handle == NodePool.Null ? TlaValue.Int(0) : Refinement.Node(NodePool.IndexOf(handle));

    public static TlaValue Str(string s) => TlaValue.Str(s);
    public static TlaValue Int(long v) => TlaValue.Int(v);
    public static TlaValue Bool(bool b) => TlaValue.Bool(b);

    /// <summary>
    /// The ghost <c>stale</c> of the reclamation specs: the thread's handle no longer names its slot's current
    /// generation (the slot was freed since the handle was read). FALSE for the null handle.
    /// </summary>
    public static TlaValue Stale(NodePool pool, long handle) =>
        Bool(handle != NodePool.Null && (int)(handle >> 32) != pool.Generation(NodePool.IndexOf(handle)));

    /// <summary>A thread's three limbo lists as the specs write them: a function over 0..2 to sequences of nodes.</summary>
    /// <summary>
    /// The limbo lists, as they are, of the threads <paramref name="scanning"/> returns a registration for (those the
    /// mapping hides while a scan or rotation rewrites them): a model's <see cref="SpecInstance.Unobserved"/>. Null when none.
    /// </summary>
    public static TlaValue? RawLimbo(int threads, Func<int, ReclaimerThread?> scanning)
    {
        TlaValue? result = null;
        for (int t = 1; t <= threads; t++)
            if (scanning(t) is { } rt)
                result = TlaValue.Seq(new[] { result ?? Int(0), Int(t), Limbo(rt) });
        return result;
    }

    public static TlaValue Limbo(ReclaimerThread rt) =>
        TlaValue.Function(Enumerable.Range(0, 3).Select(i => new KeyValuePair<TlaValue, TlaValue>(Int(i), Seq(rt.Limbo[i].Select(NodeOf)))));
}
