namespace Weft.Monitors;

/// <summary>A node as a level of a skiplist shows it: its handle, key, whether its link at this level is marked, and whether its level-0 link is (the node is deleted).</summary>
public readonly record struct SkipListNodeView(long Node, long Key, bool MarkedHere, bool Deleted);
