using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// FsCheck properties of docs/region-rc.md R1, R2 and R7. Random object graphs (pairs, vectors, records, maps; shared
/// cells and cycles; pointers to older regions) are transmigrated into an older region: the copy is isomorphic to the
/// original, external pointers are untouched, and nothing in the copy points into the source, which is then freed.
/// Random programs of scope enters and exits, handles, globals and stores never break the Region Closure Property
/// and free exactly the regions the liveness rule allows.
/// </summary>
public sealed class RegionTransmigrationPropertyTests
{
    /// <summary>A graph: each node's kind and slot targets (-2 nil, -1 an immediate, 0..n-1 a node, n.. an external).</summary>
    public sealed record GraphSpec(int[] Kinds, int[][] Targets)
    {
        public override string ToString() =>
            string.Join("; ", Kinds.Select((k, i) => $"{i}:{(CellKind)k}[{string.Join(",", Targets[i])}]"));
    }

    private const int Externals = 3;

    private static readonly CellKind[] Kinds = { CellKind.Pair, CellKind.Vector, CellKind.Record, CellKind.Map };

    private static Gen<GraphSpec> GraphGen =>
        from n in Gen.Choose(1, 12)
        from kinds in Gen.ArrayOf(Gen.Choose(0, Kinds.Length - 1), n)
        from targets in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(-2, n + Externals - 1), 3), n)
        select new GraphSpec(kinds, targets);

    /// <summary>The source graph in region <paramref name="source"/>; externals: two cells of the outer region, one of the destination.</summary>
    private static (Cell[] Nodes, Cell[] Externals) Build(GraphSpec spec, Region source, Region outer, Region destination)
    {
        var externals = new[] { outer.Cons(Value.Of(100), Value.Nil), outer.NewVector(1), destination.Cons(Value.Of(102), Value.Nil) };
        var nodes = spec.Kinds.Select(k => Kinds[k] switch
        {
            CellKind.Pair => source.Cons(Value.Nil, Value.Nil),
            CellKind.Vector => source.NewVector(3),
            CellKind.Record => source.NewRecord(3),
            _ => source.NewMap(1),
        }).ToArray();
        for (int i = 0; i < nodes.Length; i++)
        {
            var t = spec.Targets[i];
            Value V(int j) => t[j] == -2 ? Value.Nil : t[j] == -1 ? Value.Of(1000 * i + j)
                : Value.Of(t[j] < nodes.Length ? nodes[t[j]] : externals[t[j] - nodes.Length]);
            var node = nodes[i];
            switch (node.Kind)
            {
                case CellKind.Pair: node.SetCar(V(0)); node.SetCdr(V(1)); break;
                case CellKind.Vector: for (int j = 0; j < 3; j++) node.VectorSet(j, V(j)); break;
                case CellKind.Record: for (int j = 0; j < 3; j++) node.SetField(j, V(j)); break;
                default: node.MapSet(Value.Of(i), V(0)); node.MapSet(V(1), V(2)); break;
            }
        }
        return (nodes, externals);
    }

    /// <summary>Walks original and copy together: the same shape, a bijection on the copied cells, externals identical.</summary>
    private static string? Isomorphism(Cell original, Cell copy, Region source, Region destination, int expectedCopies)
    {
        var map = new Dictionary<Cell, Cell>(ReferenceEqualityComparer.Instance);
        var copies = new HashSet<Cell>(ReferenceEqualityComparer.Instance);
        var work = new Stack<(Cell, Cell)>();
        work.Push((original, copy));
        map[original] = copy;
        copies.Add(copy);
        while (work.Count > 0)
        {
            var (o, c) = work.Pop();
            if (o.Kind != c.Kind) return $"{o} copied as {c}";
            if (!ReferenceEquals(c.Home, destination)) return $"copy {c} is in region {c.Home.Id}, not the destination";
            var os = RegionGraphs.Slots(o).ToArray();
            var cs = RegionGraphs.Slots(c).ToArray();
            if (os.Length != cs.Length) return $"{o} has {os.Length} slots, its copy {cs.Length}";
            for (int i = 0; i < os.Length; i++)
            {
                if (!os[i].IsCell)
                {
                    if (os[i] != cs[i]) return $"slot {i} of {o}: {os[i]} copied as {cs[i]}";
                    continue;
                }
                var target = os[i].Cell;
                if (!cs[i].IsCell) return $"slot {i} of {o}: a pointer copied as {cs[i]}";
                if (!ReferenceEquals(target.Home, source))
                {
                    if (!ReferenceEquals(target, cs[i].Cell)) return $"external {target} rewritten to {cs[i].Cell}";
                    continue;
                }
                if (map.TryGetValue(target, out var mapped))
                {
                    if (!ReferenceEquals(mapped, cs[i].Cell)) return $"sharing lost: {target} copied as both {mapped} and {cs[i].Cell}";
                    continue;
                }
                if (!copies.Add(cs[i].Cell)) return $"two originals share the copy {cs[i].Cell}";
                map[target] = cs[i].Cell;
                work.Push((target, cs[i].Cell));
            }
        }
        return map.Count == expectedCopies ? null : $"{map.Count} cells copied, {expectedCopies} reachable in the source";
    }

    [Fact]
    public void Transmigrated_graphs_are_isomorphic_with_externals_untouched_and_nothing_left_in_the_source() =>
        FsCheckXunit.Run(Prop.ForAll(GraphGen.ToArbitrary(), spec =>
        {
            var space = new RegionSpace(RegionConfig.Default with { MergeEnabled = false });
            var outer = space.CreateRegion();
            var destination = outer.EnterChild();
            var source = destination.EnterChild();
            var (nodes, externals) = Build(spec, source, outer, destination);
            var before = externals.Select(e => RegionGraphs.Slots(e).ToArray()).ToArray();
            int reachable = RegionGraphs.Reachable(Value.Of(nodes[0])).Count(c => ReferenceEquals(c.Home, source));

            var copy = destination.Adopt(Value.Of(nodes[0])).Cell;

            string? failure = Isomorphism(nodes[0], copy, source, destination, reachable);
            if (failure is not null) throw new InvalidOperationException($"{spec}: {failure}");
            source.ExitScope();
            if (!source.IsFreed) throw new InvalidOperationException($"{spec}: the source region was not freed");
            foreach (var cell in RegionGraphs.Reachable(Value.Of(copy))) // reads every slot: a pointer into the freed source would throw
                if (!Region.Outlives(cell.Home, destination)) throw new InvalidOperationException($"{spec}: {cell} is outside the destination and its ancestors");
            for (int e = 0; e < externals.Length; e++)
                if (!before[e].SequenceEqual(RegionGraphs.Slots(externals[e]))) throw new InvalidOperationException($"{spec}: external {externals[e]} changed");
            return destination.Statistics.CellsCopied == reachable;
        }), maxTest: 300);

    [Fact]
    public void A_long_list_is_copied_by_the_pair_fast_path_with_its_cycle_and_shared_cars()
    {
        var space = new RegionSpace(RegionConfig.Default with { MergeEnabled = false });
        var old = space.CreateRegion();
        var young = old.EnterChild();
        var shared = young.NewVector(1);
        Cell? last = null, head = null;
        for (int i = 0; i < 100; i++)
        {
            head = young.Cons(i % 2 == 0 ? Value.Of(shared) : Value.Of(i), head is null ? Value.Nil : Value.Of(head));
            last ??= head;
        }
        last!.SetCdr(Value.Of(head!)); // a cycle through the whole spine

        var copy = old.Adopt(Value.Of(head!)).Cell;
        young.ExitScope();

        var s = old.Statistics;
        Assert.Equal((101L, 99L), (s.CellsCopied, s.PairFastPath)); // 100 pairs and the vector; 99 pairs reached by the spine walk
        var spine = new System.Collections.Generic.List<Cell>();
        var p = copy;
        do
        {
            spine.Add(p);
            p = p.Cdr().Cell;
        } while (!ReferenceEquals(p, copy) && spine.Count <= 100);
        Assert.Equal(100, spine.Count); // the cycle closes on the copy of the head
        var cars = spine.Where(c => c.Car().IsCell).Select(c => c.Car().Cell).Distinct().ToList();
        Assert.Single(cars); // the shared vector was copied once
        Assert.Same(old, cars[0].Home);
    }

    /// <summary>One step of a random region program.</summary>
    public sealed record Step(int Op, int A, int B);

    private static Gen<Step[]> ProgramGen =>
        Gen.ArrayOf(from op in Gen.Choose(0, 6) from a in Gen.Choose(0, 7) from b in Gen.Choose(0, 7) select new Step(op, a, b))
            .Select(steps => steps.Take(60).ToArray());

    [Fact]
    public void Random_programs_keep_region_closure_and_free_what_the_rule_allows() =>
        FsCheckXunit.Run(Prop.ForAll(ProgramGen.ToArbitrary(), program =>
        {
            var world = new RegionWorld(new RegionSpace(RegionConfig.Default with { MergeThresholdBytes = 256 }));
            foreach (var step in program) world.Apply(step.Op, step.A, step.B);
            world.CheckClosureAndLiveness();
            world.EndEverything();
            world.CheckClosureAndLiveness();
            return world.AllFreed();
        }), maxTest: 300);
}
