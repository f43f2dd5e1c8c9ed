namespace Weft.Threading;

/// <summary>How a futex wait ended.</summary>
public enum FutexWaitResult
{
    /// <summary>Woken by a wake call, or spuriously: callers must re-check their condition.</summary>
    Woken,
    /// <summary>The word did not hold the expected value, so the thread did not sleep.</summary>
    ValueChanged,
    /// <summary>The timeout expired.</summary>
    TimedOut,
}
