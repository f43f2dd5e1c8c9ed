namespace Weft.Monitors;

/// <summary>
/// A skiplist changed. <paramref name="Levels"/> are the nodes found following each level's links from the head
/// right after the step, level 0 first (each at most capacity + 1 long, so a cycle shows as an over-long list).
/// </summary>
public readonly record struct SkipListEvent(int List, SkipListStep Step, long Key, int Thread, SkipListNodeView[][] Levels);
