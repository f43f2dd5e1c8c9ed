namespace Weft.Monitors;

/// <summary>
/// A node of an EFRB tree as the step left it, read without scheduling points: its handle, whether it is a leaf, its
/// key (<paramref name="Rank"/> 0) or one of the two infinities (rank 1 for the smaller, 2 for the larger), its update
/// field (internal nodes), and its children (internal nodes; the null handle 0 for a leaf).
/// </summary>
public readonly record struct EfrbNodeView(long Node, bool Leaf, object? Key, int Rank, EfrbState State, long Info, long Left, long Right);
