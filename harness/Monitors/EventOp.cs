namespace Weft.Monitors;

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
