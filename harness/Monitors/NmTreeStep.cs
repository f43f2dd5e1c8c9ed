namespace Weft.Monitors;

/// <summary>A structural step of a Natarajan-Mittal tree (the controlled build of <c>NatarajanMittalTree</c> emits these).</summary>
public enum NmTreeStep : byte
{
    /// <summary>An insert's winning CAS (its linearization point): <c>Key</c> entered the map.</summary>
    Added,
    /// <summary>A removal's winning injection: the edge to <c>Key</c>'s leaf is flagged.</summary>
    Flagged,
    /// <summary>A cleanup tagged a sibling edge on <c>Key</c>'s path.</summary>
    Tagged,
    /// <summary>A cleanup's winning splice: the keys in <c>RemovedKeys</c> left the map.</summary>
    Spliced,
}
