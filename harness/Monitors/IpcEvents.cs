namespace Weft.Monitors;

/// <summary>What happened to an IPC mutex.</summary>
public enum MutexOp : byte
{
    /// <summary>A thread won the lock (its CAS took a word with no owner).</summary>
    Acquired,
    /// <summary>The owner's release step took <c>Old</c> out of the word and left <c>New</c> (0 unless the release is defective).</summary>
    Released,
    /// <summary><c>ForceRelease</c> released a lock whose owner process is dead.</summary>
    ForceReleased,
    /// <summary>A waiter set the waiters bit over a held word (it saw <c>Old</c>, which names an owner).</summary>
    Marked,
    /// <summary>A thread wrote its pid into the word's owner bits (the step that took the lock does).</summary>
    OwnerSet,
    /// <summary>The word's owner bits were cleared (by the holder's release, or by a force release).</summary>
    OwnerCleared,
}

/// <summary>
/// Emitted by the controlled build of <c>Weft.Ipc.IpcMutex</c> right after the atomic step that changed ownership
/// (no scheduling point lies between the step and the event). <paramref name="Word"/> is the state word's address,
/// which identifies the mutex within an iteration whatever handle was used. <paramref name="Old"/> is the value the
/// step's CAS, exchange or subtraction found (unused for acquisitions and the owner events). <paramref name="New"/> is
/// the value a release step left in the word (0 for a correct release).
/// </summary>
public readonly record struct MutexEvent(nint Word, MutexOp Op, int Thread, int Old = 0, int New = 0);

/// <summary>What happened to an IPC semaphore.</summary>
public enum SemaphoreOp : byte
{
    /// <summary>Initialized with <c>Old</c> units (and <c>Delta</c> as the maximum).</summary>
    Init,
    /// <summary>A post's CAS moved the count from <c>Old</c> to <c>Old + Delta</c>.</summary>
    Posted,
    /// <summary>A wait's CAS moved the count from <c>Old</c> to <c>Old - 1</c>.</summary>
    Taken,
    /// <summary>A post asked the futex to wake <c>Delta</c> waiters after posting <c>Old</c> units.</summary>
    Wake,
    /// <summary>A waiter registered: its increment of the waiter count returned <c>Old</c>.</summary>
    Registered,
    /// <summary>A waiter deregistered: its decrement of the waiter count returned <c>Old</c>.</summary>
    Deregistered,
}

/// <summary>Emitted by the controlled build of <c>Weft.Ipc.IpcSemaphore</c> right after each step that changed the count or woke.</summary>
public readonly record struct SemaphoreEvent(nint Word, SemaphoreOp Op, int Old, int Delta, int Thread);

/// <summary>What happened to an IPC event.</summary>
public enum EventOp : byte
{
    /// <summary>A Set's CAS installed <c>Word</c> = <c>Value</c> (sequence advanced, signaled bit set).</summary>
    Set,
    /// <summary>A wait began having read <c>Value</c>.</summary>
    WaitBegan,
    /// <summary>A wait returned: <c>Value</c> 1 signaled, 0 timed out.</summary>
    WaitReturned,
}

/// <summary>Emitted by the controlled build of <c>Weft.Ipc.IpcEvent</c>.</summary>
public readonly record struct EventEvent(nint Word, EventOp Op, int Value, int Thread);
