using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The zero-overhead claim of the atomics layer: one push/pop pair on Weft's production <see cref="TreiberStack"/>
/// (tagged <see cref="NodePool"/> with a per-thread cache, immediate reuse through <see cref="ImmediateReclaimer"/>)
/// against the same algorithm and data layout written by hand with <c>Interlocked</c>/<c>Volatile</c>
/// (<see cref="HandWrittenMirror"/>, the baseline: the library's code transcribed with raw Interlocked, so the ratio is
/// the atomics layer's cost), and a minimal single-purpose Treiber with no reclaimer abstraction
/// (<see cref="HandWrittenTreiber"/>, which shows what the pluggable reclaimer and pool structure cost).
/// Single-threaded on purpose: it measures instructions, not contention. A pair must allocate nothing.
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
    private HandWrittenMirror _mirror = null!;
    private MirrorThread _mirrorThread = null!;

    private TreiberStack _weft = null!;
    private ReclaimerThread _me = null!;
    private long _value;

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = new HandWrittenTreiber(Capacity);
        MirrorCheck.Require();
        _mirror = new HandWrittenMirror(Capacity);
        _mirrorThread = _mirror.Register();

        var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, new NodePool(Capacity, tagged: true, threadCaches: 1), maxThreads: 1);
        _me = reclaimer.Register();
        _weft = new TreiberStack(reclaimer);
    }

    [Benchmark(Baseline = true, Description = "Weft's code transcribed with raw Interlocked")]
    public long MirrorPushPop()
    {
        _mirror.Push(_mirrorThread, ++_value);
        _mirror.TryPop(_mirrorThread, out long v);
        return v;
    }

    [Benchmark(Description = "Minimal single-purpose Treiber, raw Interlocked")]
    public long HandWrittenPushPop()
    {
        _handWritten.Push(++_value);
        _handWritten.TryPop(out long v);
        return v;
    }

    [Benchmark(Description = "Weft TreiberStack push+pop")]
    public long WeftPushPop()
    {
        _weft.Push(_me, ++_value);
        _weft.TryPop(_me, out long v);
        return v;
    }
}
