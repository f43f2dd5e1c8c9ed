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

/// <summary>
/// A reachable node of a Natarajan-Mittal tree: its handle, rank (0 for a real key, 1 to 3 for the sentinels ∞0 to
/// ∞2), key (a real key; 0 for a sentinel), and its two edges as stored (child handle plus <see cref="NmTreeEdge"/>
/// bits; both 0 for a leaf).
/// </summary>
public readonly record struct NmTreeNodeView(long Node, long Rank, long Key, long Left, long Right)
{
    public bool IsLeaf => NmTreeEdge.Address(Left) == 0;
}

/// <summary>The flag and tag bits of a Natarajan-Mittal tree edge (bits 31 and 30 of a handle).</summary>
public static class NmTreeEdge
{
    public const long Flag = 1L << 31;
    public const long Tag = 1L << 30;

    public static long Address(long edge) => edge & ~(Flag | Tag);
}

/// <summary>
/// A Natarajan-Mittal tree changed. <paramref name="Nodes"/> are the nodes reachable from the root right after the
/// step, in preorder (at most capacity + 1 of them, so a cycle shows); <paramref name="RemovedKeys"/> are the keys of
/// the leaves a splice cut off (empty for the other steps).
/// </summary>
public readonly record struct NmTreeEvent(int Tree, NmTreeStep Step, long Key, int Thread, long[] RemovedKeys, NmTreeNodeView[] Nodes);
