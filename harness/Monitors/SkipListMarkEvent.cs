namespace Weft.Monitors;

/// <summary>A skiplist node's link at <paramref name="Level"/> was marked (<c>LockFreeSkipList.Remove</c>'s winning mark CAS), by thread <paramref name="Thread"/>.</summary>
public readonly record struct SkipListMarkEvent(int List, long Node, int Level, int Thread);
