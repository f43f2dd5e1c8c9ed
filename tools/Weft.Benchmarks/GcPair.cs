namespace Weft.Benchmarks;

/// <summary>A pair on the GC heap: the baseline's object for a region's pair.</summary>
public sealed class GcPair
{
    public long Number;
    public GcPair? Car;
    public GcPair? Cdr;
}
