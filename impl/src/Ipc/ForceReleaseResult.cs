namespace Weft.Ipc;

/// <summary>What <see cref="IpcMutex.ForceRelease"/> did.</summary>
public enum ForceReleaseResult
{
    /// <summary>The owner process was dead; the lock is now free and one waiter was woken.</summary>
    Released,
    /// <summary>The lock was not held.</summary>
    NotHeld,
    /// <summary>The owner process is alive: nothing was changed.</summary>
    OwnerAlive,
    /// <summary>Another process recovered the lock or it changed hands meanwhile: nothing was changed by this call.</summary>
    Raced,
}
