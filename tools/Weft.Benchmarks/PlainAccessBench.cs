using BenchmarkDotNet.Attributes;
using Weft.Atomics;

namespace Weft.Benchmarks;

/// <summary>
/// The race detector's accessor costs nothing in the production build: <see cref="Plain.Read{T}"/> and
/// <see cref="Plain.Write{T}"/> over an array of payload words against the same loops with bare element accesses (the
/// baseline, measured in the same run). The controlled build's report to the detector is compiled out of the production
/// assembly, so both loops should compile to the same code. Single-threaded; must not allocate.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PlainAccessBench
{
    private const int Words = 1024;
    private readonly long[] _payload = new long[Words];

    [Benchmark(Baseline = true, Description = "bare array elements: write then read 1024 words")]
    public long Bare()
    {
        var payload = _payload;
        for (int i = 0; i < payload.Length; i++) payload[i] = i;
        long sum = 0;
        for (int i = 0; i < payload.Length; i++) sum += payload[i];
        return sum;
    }

    [Benchmark(Description = "Plain.Write then Plain.Read of 1024 words")]
    public long ThroughPlain()
    {
        var payload = _payload;
        for (int i = 0; i < payload.Length; i++) Plain.Write(ref payload[i], i);
        long sum = 0;
        for (int i = 0; i < payload.Length; i++) sum += Plain.Read(ref payload[i]);
        return sum;
    }
}
