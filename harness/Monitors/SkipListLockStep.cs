namespace Weft.Monitors;

/// <summary>What happened to a node lock of a locked skiplist (<see cref="SkipListLockEvent"/>).</summary>
public enum SkipListLockStep : byte
{
    /// <summary>The thread acquired the lock of node <c>Node</c>.</summary>
    Acquired,
    /// <summary>The thread released the lock of node <c>Node</c>.</summary>
    Released,
    /// <summary>An operation of the thread (an Add, a Remove, an update) is about to return.</summary>
    OperationDone,
}
