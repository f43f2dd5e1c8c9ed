using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;

namespace Weft.Benchmarks;

/// <summary>
/// The zero-overhead claim of the atomics layer: one push/pop pair on Weft's production <see cref="TreiberStack"/>
/// (tagged <see cref="NodePool"/>, <see cref="TreiberReclamation.ImmediateReuse"/>) against the same algorithm and
/// data layout written by hand with <c>Interlocked</c>/<c>Volatile</c> (<see cref="HandWrittenTreiber"/>).
/// Single-threaded on purpose: it measures the instructions the layer adds, not contention. A pair is six
/// interlocked operations (pool CAS and counter on allocate, push CAS, pop CAS, counter and pool CAS on free)
/// and must allocate nothing.
/// Min and Median columns: on a shared machine, other tenants' bursts only ever add time, and they show up as a
/// Mean far above the Median with a large StdDev; the Min is then the better estimate of the cost. Quote a run in
/// which both rows have a small StdDev.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TreiberBench
{
    private const int Capacity = 1024;

    private HandWrittenTreiber _handWritten = null!;
    private TreiberStack _weft = null!;
    private long _value;

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = new HandWrittenTreiber(new HandWrittenNodePool(Capacity, tagged: true), TreiberReclamation.ImmediateReuse);
        _weft = new TreiberStack(new NodePool(Capacity, tagged: true), TreiberReclamation.ImmediateReuse);
    }

    [Benchmark(Baseline = true, Description = "HandWritten Interlocked push+pop")]
    public long HandWrittenPushPop()
    {
        _handWritten.Push(++_value);
        _handWritten.TryPop(out long v);
        return v;
    }

    [Benchmark(Description = "Weft TreiberStack push+pop")]
    public long WeftPushPop()
    {
        _weft.Push(++_value);
        _weft.TryPop(out long v);
        return v;
    }
}
