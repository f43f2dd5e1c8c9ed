using System;
using Weft.Regions;

namespace Weft.Benchmarks;

/// <summary>
/// The graph shapes of the Region-RC benchmarks (docs/region-rc.md R8), built the same way in a region (pairs) and on
/// the GC heap (<see cref="GcPair"/>): a list of 100 pairs (99 pointer edges), a balanced binary tree of 127 pairs
/// (126 edges) and a ring of 100 pairs whose cdrs close a cycle and whose cars are chords (200 edges).
/// </summary>
public static class RegionBenchGraphs
{
    public const string List = "list", Tree = "tree", Cycle = "cycle";
    private const int ListLength = 100, TreeDepth = 7, RingLength = 100, ChordStep = 37;

    /// <summary>Cells in a graph of <paramref name="shape"/>.</summary>
    public static int Objects(string shape) => shape switch
    {
        List => ListLength,
        Tree => (1 << TreeDepth) - 1,
        Cycle => RingLength,
        _ => throw new ArgumentException($"unknown shape {shape}", nameof(shape)),
    };

    /// <summary>Pointer edges (slots that point at a cell) in a graph of <paramref name="shape"/>.</summary>
    public static int Edges(string shape) => shape switch
    {
        List => ListLength - 1,
        Tree => (1 << TreeDepth) - 2,
        Cycle => 2 * RingLength,
        _ => throw new ArgumentException($"unknown shape {shape}", nameof(shape)),
    };

    /// <summary>Builds a graph of <paramref name="shape"/> in <paramref name="region"/>; returns its root.</summary>
    public static Value Build(Region region, string shape)
    {
        switch (shape)
        {
            case List:
                var list = Value.Nil;
                for (int i = ListLength - 1; i >= 0; i--) list = Value.Of(region.Cons(Value.Of(i), list));
                return list;
            case Tree:
                return BuildTree(region, TreeDepth);
            case Cycle:
                var ring = new Cell[RingLength];
                for (int i = 0; i < RingLength; i++) ring[i] = region.Cons(Value.Nil, Value.Nil);
                for (int i = 0; i < RingLength; i++)
                {
                    ring[i].SetCdr(Value.Of(ring[(i + 1) % RingLength]));
                    ring[i].SetCar(Value.Of(ring[i * ChordStep % RingLength]));
                }
                return Value.Of(ring[0]);
            default:
                throw new ArgumentException($"unknown shape {shape}", nameof(shape));
        }
    }

    private static Value BuildTree(Region region, int depth) =>
        depth == 0 ? Value.Nil : Value.Of(region.Cons(BuildTree(region, depth - 1), BuildTree(region, depth - 1)));

    /// <summary>The same graph on the GC heap.</summary>
    public static GcPair? BuildGc(string shape)
    {
        switch (shape)
        {
            case List:
                GcPair? list = null;
                for (int i = ListLength - 1; i >= 0; i--) list = new GcPair { Number = i, Cdr = list };
                return list;
            case Tree:
                return BuildGcTree(TreeDepth);
            case Cycle:
                var ring = new GcPair[RingLength];
                for (int i = 0; i < RingLength; i++) ring[i] = new GcPair();
                for (int i = 0; i < RingLength; i++)
                {
                    ring[i].Cdr = ring[(i + 1) % RingLength];
                    ring[i].Car = ring[i * ChordStep % RingLength];
                }
                return ring[0];
            default:
                throw new ArgumentException($"unknown shape {shape}", nameof(shape));
        }
    }

    private static GcPair? BuildGcTree(int depth) =>
        depth == 0 ? null : new GcPair { Car = BuildGcTree(depth - 1), Cdr = BuildGcTree(depth - 1) };

    /// <summary>Sums a list's numbers (the consumer's work in the handoff benchmarks).</summary>
    public static long SumList(Value list)
    {
        long sum = 0;
        for (var v = list; v.IsCell; v = v.Cell.Cdr()) sum += v.Cell.Car().Immediate;
        return sum;
    }

    public static long SumList(GcPair? list)
    {
        long sum = 0;
        for (var p = list; p is not null; p = p.Cdr) sum += p.Number;
        return sum;
    }
}
