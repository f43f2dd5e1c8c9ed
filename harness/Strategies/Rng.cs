namespace Weft.Strategies;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64: a small, fast generator whose
/// sequence is fixed by its seed on every platform and runtime version, which schedules depend on.
/// </summary>
internal struct Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Derives an independent seed for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static ulong Derive(ulong seed, ulong stream)
    {
        ulong x = seed ^ (stream * 0x9E3779B97F4A7C15UL);
        return SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        ulong result = RotL(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotL(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, n) by Lemire's multiply-shift with rejection.</summary>
    public int Next(int n)
    {
        if (n <= 1) return 0;
        ulong un = (ulong)n;
        while (true)
        {
            ulong r = NextULong() >> 32;
            ulong m = r * un;
            if ((uint)m >= (uint)(0x1_0000_0000UL % un)) return (int)(m >> 32);
        }
    }

    private static ulong RotL(ulong x, int k) => (x << k) | (x >> (64 - k));
}
