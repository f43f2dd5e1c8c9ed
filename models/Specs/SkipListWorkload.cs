using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Memory;
using Weft.Reclamation;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// The workload and the shared part of the refinement mapping of both skiplist specs (tla/SkipList for
/// <c>LockFreeSkipList</c>, tla/LazySkipList for <c>LockedSkipList</c>): the spec's <c>Programs</c> (per workload,
/// per thread, the operations), the model constants read and checked the same way, spec thread t running program t
/// with the label <c>idle</c> before each operation, and the variables both specs map alike (<c>key</c>,
/// <c>height</c>, <c>freeList</c>, <c>nodeState</c>, <c>pc</c>, <c>opsDone</c>).
/// </summary>
internal sealed class SkipListWorkload
{
    /// <summary>The spec's <c>Programs</c>: per workload, per thread, the operations (name, key).</summary>
    private static readonly Dictionary<string, (string Op, long Key)[][]> Programs = new()
    {
        ["mixed"] = [[("add", 1), ("remove", 2)], [("add", 2), ("remove", 1), ("contains", 1)]],
        ["add_remove"] = [[("add", 1), ("add", 2)], [("remove", 1), ("contains", 1)]],
    };

    private readonly (string Op, long Key)[][] _program;
    private readonly int[] _opsDone;

    private SkipListWorkload((string Op, long Key)[][] program, int nodes, int maxLevel)
    {
        _program = program;
        Nodes = nodes;
        MaxLevel = maxLevel;
        _opsDone = new int[program.Length + 1];
    }

    /// <summary>The pool's slots (the constant <c>Nodes</c>).</summary>
    public int Nodes { get; }

    /// <summary>The lists' highest level (the constant <c>MaxLevel</c>, 1 to 3).</summary>
    public int MaxLevel { get; }

    /// <summary>The spec's threads.</summary>
    public int Threads => _program.Length;

    /// <summary>Reads <c>Workload</c>, <c>Threads</c>, <c>Nodes</c> and <c>MaxLevel</c>; a bad value is an input error naming <paramref name="spec"/>.</summary>
    public static SkipListWorkload FromConstants(IReadOnlyDictionary<string, TlaValue> constants, string spec)
    {
        string workload = StringConstant(constants, "Workload");
        if (!Programs.TryGetValue(workload, out var program))
            throw new WeftInputException($"constant Workload = \"{workload}\": the {spec} model knows {string.Join(", ", Programs.Keys.Select(k => $"\"{k}\""))}");
        int threads = Range(constants, "Threads");
        if (threads != program.Length)
            throw new WeftInputException($"constant Threads has {threads} threads; workload \"{workload}\" has {program.Length}");
        int maxLevel = IntConstant(constants, "MaxLevel");
        if (maxLevel is < 1 or > 3) throw new WeftInputException($"constant MaxLevel = {maxLevel}: the {spec} model supports 1 to 3");
        return new SkipListWorkload(program, Range(constants, "Nodes"), maxLevel);
    }

    /// <summary>
    /// Spawns spec thread t for program t, each registered with <paramref name="reclaimer"/>, runs every operation
    /// through <paramref name="perform"/> (name, key) after the label <c>idle</c>, and joins them.
    /// </summary>
    public void Run(Reclaimer reclaimer, Func<ReclaimerThread, string, long, bool> perform)
    {
        Array.Clear(_opsDone);
        var workers = new WeftThread[_program.Length];
        for (int t = 1; t <= _program.Length; t++)
        {
            int self = t;
            workers[t - 1] = WeftThread.Start(() =>
            {
                var rt = reclaimer.Register();
                foreach (var (op, key) in _program[self - 1])
                {
                    Checker.Label("idle");
                    _ = perform(rt, op, key);
                    _opsDone[self]++;
                }
            });
        }
        foreach (var w in workers) w.Join();
    }

    /// <summary>
    /// The variables both specs map alike, read from <paramref name="pool"/> (the height is payload word 0),
    /// <paramref name="keyOf"/> (a slot's key, kept beside the pool) and the threads' labels.
    /// </summary>
    public Dictionary<string, TlaValue> MapShared(NodePool pool, Func<int, long> keyOf, IReadOnlyList<SpecThreadView> threads)
    {
        var free = pool.FreeSlots();
        var freeSet = free.ToHashSet();
        var slots = Enumerable.Range(0, Nodes).ToList();
        return new Dictionary<string, TlaValue>
        {
            ["key"] = Refinement.ByNode(slots.Select(s => Int(keyOf(s)))),
            ["height"] = Refinement.ByNode(slots.Select(s => Int(pool.PeekWord(s, 0)))),
            ["freeList"] = Seq(free.Select(Refinement.Node)),
            ["nodeState"] = Refinement.ByNode(slots.Select(s => Str(freeSet.Contains(s) ? "free" : "live"))),
            ["pc"] = PerThread(Threads, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
            ["opsDone"] = PerThread(Threads, t => Int(_opsDone[t])),
        };
    }

    /// <summary>Each slot's tower (level to link value) as the specs' <c>link</c> variable, by node.</summary>
    public TlaValue Towers(Func<int, int, TlaValue> link) =>
        Refinement.ByNode(Enumerable.Range(0, Nodes).Select(slot =>
            TlaValue.Function(Enumerable.Range(0, MaxLevel).Select(l => new KeyValuePair<TlaValue, TlaValue>(Int(l), link(slot, l))))));
}
