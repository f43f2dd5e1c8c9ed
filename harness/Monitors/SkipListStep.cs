namespace Weft.Monitors;

/// <summary>A structural step of a skiplist (the controlled builds of <c>LockFreeSkipList</c> and <c>LockedSkipList</c> emit these).</summary>
public enum SkipListStep : byte
{
    /// <summary>An Add's linearization point (lock-free: its winning level-0 CAS; locked: setting fullyLinked): <c>Key</c> entered the set.</summary>
    Added,
    /// <summary>A Remove's linearization point (lock-free: its winning level-0 mark; locked: setting marked): <c>Key</c> left the set.</summary>
    Removed,
    /// <summary>A node holding <c>Key</c> was linked at an upper level.</summary>
    Linked,
    /// <summary>A marked node holding <c>Key</c> was unlinked at some level.</summary>
    Unlinked,
}
