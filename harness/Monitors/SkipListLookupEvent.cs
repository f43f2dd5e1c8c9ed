namespace Weft.Monitors;

/// <summary>
/// A lookup of a skiplist (<c>LockFreeSkipList.Contains</c>) began (<paramref name="Done"/> false) or returned
/// <paramref name="Result"/> (<paramref name="Done"/> true), on thread <paramref name="Thread"/>.
/// </summary>
public readonly record struct SkipListLookupEvent(int List, long Key, int Thread, bool Done, bool Result);
