using System;

namespace Weft.Monitors;

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
