namespace Weft.Monitors;

/// <summary>
/// A Natarajan-Mittal tree changed. <paramref name="Nodes"/> are the nodes reachable from the root right after the
/// step, in preorder (at most capacity + 1 of them, so a cycle shows); <paramref name="RemovedKeys"/> are the keys of
/// the leaves a splice cut off (empty for the other steps).
/// </summary>
public readonly record struct NmTreeEvent(int Tree, NmTreeStep Step, long Key, int Thread, long[] RemovedKeys, NmTreeNodeView[] Nodes);
