using BenchmarkDotNet.Attributes;
using Weft.Regions;

namespace Weft.Benchmarks;

/// <summary>
/// Region-RC's store barrier on a store that needs no repair (docs/region-rc.md R2; target: within 2x of a plain
/// store): <c>set-cdr!</c> of a pair to another pair of the same region, through <see cref="Cell.SetCdr"/> (kind check,
/// the sanitizer's liveness check on the target, the barrier's outlives test, the slot write), against the same
/// <see cref="Value"/> written into a plain array element (the baseline: the same data, no checks) and a reference
/// written into a plain object field. Single-threaded; none of them allocates.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RegionBarrierBench
{
    private sealed class PlainPair
    {
        public object? Car;
        public object? Cdr;
    }

    private Cell _pair = null!;
    private Value _target;
    private readonly Value[] _slots = new Value[2];
    private PlainPair _plain = null!;
    private PlainPair _plainTarget = null!;

    [GlobalSetup]
    public void Setup()
    {
        var region = new RegionSpace().CreateRegion();
        _pair = region.Cons(Value.Nil, Value.Nil);
        _target = Value.Of(region.Cons(Value.Of(1), Value.Nil));
        _plain = new PlainPair();
        _plainTarget = new PlainPair { Car = _plain };
    }

    [Benchmark(Baseline = true, Description = "the same Value into a plain array slot (no checks)")]
    public void PlainValueStore() => _slots[1] = _target;

    [Benchmark(Description = "a reference into a plain object field")]
    public void PlainFieldStore() => _plain.Cdr = _plainTarget;

    [Benchmark(Description = "Cell.SetCdr through the store barrier, same region (no repair)")]
    public void BarrierStore() => _pair.SetCdr(_target);
}
