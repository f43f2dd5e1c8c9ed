using BenchmarkDotNet.Attributes;
using Weft.Regions;

namespace Weft.Benchmarks;

/// <summary>
/// Allocating a graph in a region and dropping it (docs/region-rc.md R6, R8): a fresh region, the graph built in it,
/// the scope exited (the region is freed whole: its chunks poisoned and released), against the same graph built on
/// the GC heap and dropped (the baseline; its cost of collection is paid later, by the GC, and shows in the Gen0
/// column). Single-threaded. Both allocate by design: a region's cells are managed objects over chunk arrays.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RegionAllocationBench
{
    private readonly RegionSpace _space = new();

    [Params(RegionBenchGraphs.List, RegionBenchGraphs.Tree, RegionBenchGraphs.Cycle)]
    public string Shape { get; set; } = RegionBenchGraphs.List;

    [Benchmark(Baseline = true, Description = "the graph on the GC heap, dropped")]
    public GcPair? GcHeap() => RegionBenchGraphs.BuildGc(Shape);

    [Benchmark(Description = "the graph in a fresh region, scope exited (freed)")]
    [BenchmarkCategory(Program.AllocatingCategory)]
    public Value InRegion()
    {
        var region = _space.CreateRegion();
        var root = RegionBenchGraphs.Build(region, Shape);
        region.ExitScope();
        return root;
    }
}
