namespace Weft.Monitors;

/// <summary>
/// A reachable node of a Natarajan-Mittal tree: its handle, rank (0 for a real key, 1 to 3 for the sentinels ∞0 to
/// ∞2), key (a real key; 0 for a sentinel), and its two edges as stored (child handle plus <see cref="NmTreeEdge"/>
/// bits; both 0 for a leaf).
/// </summary>
public readonly record struct NmTreeNodeView(long Node, long Rank, long Key, long Left, long Right)
{
    public bool IsLeaf => NmTreeEdge.Address(Left) == 0;
}
