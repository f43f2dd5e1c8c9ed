using System;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>The tunables of a <see cref="RegionSpace"/> (docs/region-rc.md, R2 and R6). Immutable; derive with <c>with</c>.</summary>
public sealed record RegionConfig
{
    public static RegionConfig Default { get; } = new();

    /// <summary>H0: a younger region with at least this many bytes allocated is merged rather than transmigrated from.</summary>
    public long MergeThresholdBytes { get; init; } = 4096;

    /// <summary>False: never merge (every repair transmigrates).</summary>
    public bool MergeEnabled { get; init; } = true;

    /// <summary>Slots of each region's inline buffer (its first chunk, allocated with it).</summary>
    public int InlineSlots { get; init; } = 16;

    /// <summary>Slots of every further chunk (a larger cell gets a chunk of its own).</summary>
    public int ChunkSlots { get; init; } = 256;

    /// <summary>The most bytes a region may allocate (0: no quota).</summary>
    public long QuotaBytes { get; init; }

    /// <summary>A deliberate defect for a negative control (only the Region* values act here).</summary>
    public SeededBug SeededBug { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MergeThresholdBytes, nameof(MergeThresholdBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(InlineSlots, nameof(InlineSlots));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ChunkSlots, nameof(ChunkSlots));
        ArgumentOutOfRangeException.ThrowIfNegative(QuotaBytes, nameof(QuotaBytes));
    }
}
