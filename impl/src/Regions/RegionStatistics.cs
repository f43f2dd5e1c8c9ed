namespace Weft.Regions;

/// <summary>The accounting of one region (R6, R7): bytes and cells allocated in it (including what merges brought),
/// chunks, the part in the inline buffer, the peak, and the repairs that targeted it.</summary>
public record struct RegionStatistics
{
    /// <summary>Bytes allocated (cell headers and slots).</summary>
    public long Bytes { get; set; }
    public long Allocations { get; set; }
    /// <summary>Chunks, the inline buffer included.</summary>
    public int Chunks { get; set; }
    /// <summary>Bytes allocated in the inline buffer.</summary>
    public long InlineBytes { get; set; }
    public long PeakBytes { get; set; }
    /// <summary>Repairs that copied a value into this region.</summary>
    public int Transmigrations { get; set; }
    /// <summary>Repairs that merged a younger region into this one.</summary>
    public int Merges { get; set; }
    /// <summary>Repairs where H0 asked for a merge that was not permitted, so the value was transmigrated.</summary>
    public int MergeFallbacks { get; set; }
    /// <summary>Cells copied into this region by transmigration.</summary>
    public long CellsCopied { get; set; }
    /// <summary>Edges written by transmigration's choke point.</summary>
    public long EdgesRewritten { get; set; }
    /// <summary>Edges kept pointing at an external root.</summary>
    public long ExternalRootsKept { get; set; }
    /// <summary>Pairs copied by the cdr-spine fast path.</summary>
    public long PairFastPath { get; set; }
}
