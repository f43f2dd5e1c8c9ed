namespace Weft;

/// <summary>The kind of operation a controlled thread is about to perform at a scheduling point.</summary>
public enum OpKind : byte
{
    /// <summary>A freshly spawned thread, before its first instruction.</summary>
    Start,
    Load,
    Store,
    Exchange,
    CompareExchange,
    FetchAdd,
    FetchOr,
    FetchAnd,
    LockAcquire,
    LockRelease,
    FutexWait,
    FutexWake,
    Spawn,
    Join,
    Yield,
    /// <summary>A labeled step emitted by implementation code (trace replay).</summary>
    Label,
    /// <summary>A full memory fence (<c>AtomicFence.SeqCst</c>): under TSO it drains the thread's store buffer.</summary>
    Fence,
    /// <summary>
    /// Under TSO, the scheduler's decision to write the oldest store of a thread's store buffer to memory (a schedule step
    /// <c>t1 flush</c>); never a point a thread pauses at.
    /// </summary>
    Flush,
}
