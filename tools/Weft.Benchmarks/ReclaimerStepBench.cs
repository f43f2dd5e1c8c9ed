using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// Where a reclaimer spends its time in a Treiber push/pop pair, one thread, step by step: the per-operation
/// brackets (IBR's reservation, DEBRA's announcement and check of one thread), a protected read inside them, and
/// allocation plus retirement (with the scans or bag rotations they trigger, amortized). Baseline: two uncontended
/// <see cref="Interlocked.CompareExchange(ref long, long, long)"/> on a private word, the atomic work of the pair
/// itself (push's CAS and pop's CAS), measured in the same run. Default configuration (<see cref="WeftConfig.Default"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReclaimerStepBench
{
    [Params(ReclamationScheme.Ibr, ReclamationScheme.Debra, ReclamationScheme.DebraPlus)]
    public ReclamationScheme Scheme { get; set; }

    private Reclaimer _reclaimer = null!;
    private ReclaimerThread _me = null!;
    private AtomicInt64 _cell;
    private long _word;

    [GlobalSetup]
    public void Setup()
    {
        var pool = new NodePool(1 << 16, tagged: true, threadCaches: 1, initialSlots: NodePool.DefaultInitialSlots);
        _reclaimer = Reclaimer.Create(Scheme, pool, maxThreads: 1, WeftConfig.Default);
        _me = _reclaimer.Register();
        _cell = new AtomicInt64(pool.Allocate(_me.Index));
    }

    [Benchmark(Baseline = true, Description = "two uncontended CAS (the pair's own atomics)")]
    public long TwoCas()
    {
        long v = Interlocked.CompareExchange(ref _word, 1, 0);
        return v + Interlocked.CompareExchange(ref _word, 0, 1);
    }

    [Benchmark(Description = "BeginOperation + EndOperation")]
    public void Brackets()
    {
        _reclaimer.BeginOperation(_me);
        _reclaimer.EndOperation(_me);
    }

    [Benchmark(Description = "BeginOperation + Protect + Validate + EndOperation")]
    public long ProtectedRead()
    {
        _reclaimer.BeginOperation(_me);
        long h = _reclaimer.Protect(_me, ref _cell);
        _reclaimer.Validate(_me);
        _reclaimer.EndOperation(_me);
        return h;
    }

    [Benchmark(Description = "a pop's protocol: Begin + Protect + Validate + Retire + End, with the push's Allocate")]
    public void PopProtocol()
    {
        long h = _reclaimer.Allocate(_me);
        _reclaimer.BeginOperation(_me);
        _ = _reclaimer.Protect(_me, ref _cell);
        _reclaimer.Validate(_me);
        _reclaimer.Retire(_me, h);
        _reclaimer.EndOperation(_me);
    }
}
