namespace Weft.Monitors;

/// <summary>
/// A node lock of a locked skiplist (<c>LockedSkipList</c>) was acquired or released by thread
/// <paramref name="Thread"/>, or an operation of that thread is returning (<see cref="SkipListLockStep.OperationDone"/>;
/// then <paramref name="Node"/> is 0). <paramref name="Key"/> is the node's key; <paramref name="Head"/> marks the
/// head sentinel, which orders below every key.
/// </summary>
public readonly record struct SkipListLockEvent(int List, SkipListLockStep Step, long Node, long Key, bool Head, int Thread);
