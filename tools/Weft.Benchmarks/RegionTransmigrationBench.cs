using BenchmarkDotNet.Attributes;
using Weft.Regions;

namespace Weft.Benchmarks;

/// <summary>
/// Transmigration (docs/region-rc.md R2, R7, R8): a graph of a source region copied into a fresh destination region
/// that the source does not outlive (<see cref="Region.Adopt"/>: the repair of a younger-into-older store; merging is
/// disabled, so H0 always transmigrates), then the destination freed. The baseline creates and frees the same empty
/// destination region, so (transmigration - baseline) / objects and / edges are the cost per object and per edge
/// (README). The forwarding table, the copies and the destination's chunks allocate by design.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RegionTransmigrationBench
{
    private readonly RegionSpace _space = new(RegionConfig.Default with { MergeEnabled = false });
    private Value _root;

    [Params(RegionBenchGraphs.List, RegionBenchGraphs.Tree, RegionBenchGraphs.Cycle)]
    public string Shape { get; set; } = RegionBenchGraphs.List;

    [GlobalSetup]
    public void Setup() => _root = RegionBenchGraphs.Build(_space.CreateRegion(), Shape);

    [Benchmark(Baseline = true, Description = "create and free an empty destination region")]
    [BenchmarkCategory(Program.AllocatingCategory)]
    public Region EmptyDestination()
    {
        var destination = _space.CreateRegion();
        destination.ExitScope();
        return destination;
    }

    [Benchmark(Description = "transmigrate the graph into a fresh destination, then free it")]
    [BenchmarkCategory(Program.AllocatingCategory)]
    public Value Transmigrate()
    {
        var destination = _space.CreateRegion();
        var copy = destination.Adopt(_root);
        destination.ExitScope();
        return copy;
    }
}
