using System.Threading;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Weft.Regions;

namespace Weft.Benchmarks;

/// <summary>
/// Handing a graph to another thread (docs/region-rc.md R3, R8): per operation the benchmark thread builds a list of
/// 100 pairs and hands it to a consumer thread that sums it. Through a <see cref="RegionChannel"/>: the list is built
/// in a fresh region, the region's handle is sent (ownership moves to the consumer, which releases the handle after
/// summing) and the producer exits the scope; the last of the two frees the region. The baseline: the same list on
/// the GC heap through a <see cref="Channel{T}"/> bounded to one item (the same one-slot capacity). Both sides wait by
/// yielding, as <see cref="RegionChannel"/> does. Throughput per handoff, measured on the producer; two threads.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RegionHandoffBench
{
    private readonly RegionSpace _space = new();
    private readonly RegionChannel _regions = new();
    private readonly Channel<GcPair?> _objects = Channel.CreateBounded<GcPair?>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    // The list's root travels beside its region's handle: handoff k's root is in _roots[k % 4], written before the
    // send (whose CAS publishes it) and read after the receive. At most two handoffs are in flight (one being summed,
    // one in the one-slot channel; the producer of the third waits to send), so a slot is not rewritten while read.
    private readonly Value[] _roots = new Value[4];
    private long _sent, _received;
    private volatile bool _stop;
    private Thread? _consumer;
    private long _consumed;

    [GlobalSetup(Target = nameof(RegionChannelHandoff))]
    public void StartRegionConsumer() => Start(ConsumeRegions);

    [GlobalSetup(Target = nameof(ChannelOfTHandoff))]
    public void StartObjectConsumer() => Start(ConsumeObjects);

    [GlobalCleanup]
    public void Stop()
    {
        _stop = true;
        _consumer?.Join();
    }

    private void Start(ThreadStart consume)
    {
        _stop = false;
        _consumer = new Thread(consume) { IsBackground = true };
        _consumer.Start();
    }

    private void ConsumeRegions()
    {
        while (!_stop)
        {
            if (!_regions.TryReceive(out var handle))
            {
                Thread.Yield();
                continue;
            }
            _consumed += RegionBenchGraphs.SumList(_roots[_received++ % 4]);
            handle!.Release();
        }
    }

    private void ConsumeObjects()
    {
        var reader = _objects.Reader;
        while (!_stop)
        {
            if (!reader.TryRead(out var list))
            {
                Thread.Yield();
                continue;
            }
            _consumed += RegionBenchGraphs.SumList(list);
        }
    }

    [Benchmark(Baseline = true, Description = "a GC-heap list through Channel<T> (bounded 1)")]
    [BenchmarkCategory(Program.ReferenceCategory)]
    public void ChannelOfTHandoff()
    {
        var list = RegionBenchGraphs.BuildGc(RegionBenchGraphs.List);
        var writer = _objects.Writer;
        while (!writer.TryWrite(list)) Thread.Yield();
    }

    [Benchmark(Description = "a region's list through RegionChannel (ownership transfer)")]
    [BenchmarkCategory(Program.AllocatingCategory)]
    public void RegionChannelHandoff()
    {
        var region = _space.CreateRegion();
        var root = RegionBenchGraphs.Build(region, RegionBenchGraphs.List);
        _roots[_sent++ % 4] = root;
        _regions.Send(region.Retain());
        region.ExitScope();
    }
}
