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
