namespace Weft.Monitors;

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
