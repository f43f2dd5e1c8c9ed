using System;

namespace Weft.Monitors;

/// <summary>A step of an EFRB tree (the controlled build of <c>EfrbTree</c> emits these after each winning CAS that changes it).</summary>
public enum EfrbStep : byte
{
    /// <summary>An insert's child CAS (ichild) replaced a leaf by a new internal node: <c>Key</c> entered the set (the insert's linearization point).</summary>
    Inserted,
    /// <summary>A delete's child CAS (dchild) replaced the marked parent by the leaf's sibling: <c>Key</c> left the set (the delete's linearization point).</summary>
    Deleted,
    /// <summary>A CAS on a node's update field (iflag, dflag, mark, unflag or backtrack) won: <c>Node</c> went from <c>OldState</c> to <c>NewState</c>.</summary>
    UpdateChanged,
}

/// <summary>The four states of an EFRB update field, in the order of their encoding.</summary>
public enum EfrbState : byte
{
    Clean,
    IFlag,
    DFlag,
    Mark,
}

/// <summary>
/// A node of an EFRB tree as the step left it, read without scheduling points: its handle, whether it is a leaf, its
/// key (<paramref name="Rank"/> 0) or one of the two infinities (rank 1 for the smaller, 2 for the larger), its update
/// field (internal nodes), and its children (internal nodes; the null handle 0 for a leaf).
/// </summary>
public readonly record struct EfrbNodeView(long Node, bool Leaf, object? Key, int Rank, EfrbState State, long Info, long Left, long Right);

/// <summary>
/// An EFRB tree changed. <paramref name="Nodes"/> are the nodes reachable from the root right after the step, root
/// first (at most capacity + 1 of them, so a cycle shows as an over-long list). <paramref name="CompareKeys"/> orders
/// two finite keys as the tree's comparer does.
///
/// For <see cref="EfrbStep.Inserted"/> and <see cref="EfrbStep.Deleted"/>: <paramref name="Info"/> is the info record
/// the child CAS was run for, <paramref name="FlaggedNode"/> the node whose update field should hold it (the parent of
/// an insert, the grandparent of a delete), <paramref name="FlaggedState"/> and <paramref name="FlaggedInfo"/> what
/// that field held at the CAS, and <paramref name="ExpectedState"/> the flag it should have held (IFlag, DFlag).
/// For <see cref="EfrbStep.UpdateChanged"/>: <paramref name="FlaggedNode"/> is the node whose update field changed,
/// <paramref name="OldState"/> and <paramref name="NewState"/> its states before and after (<paramref name="Info"/> the
/// new info record).
/// </summary>
public readonly record struct EfrbEvent(
    int Tree,
    EfrbStep Step,
    object? Key,
    int Thread,
    long Info,
    long FlaggedNode,
    EfrbState FlaggedState,
    long FlaggedInfo,
    EfrbState ExpectedState,
    EfrbState OldState,
    EfrbState NewState,
    EfrbNodeView[] Nodes,
    Comparison<object> CompareKeys);
