using System;

namespace Weft.Memory;

/// <summary>
/// A <see cref="NodePool"/> has no free slot. The allocation that throws it has changed nothing: the pool, and the
/// structure whose operation asked for the node, are as they were before the call. The message names the capacity
/// and the setting that raises it.
/// </summary>
public sealed class PoolExhaustedException : InvalidOperationException
{
    public PoolExhaustedException(int capacity)
        : base($"node pool exhausted: all {capacity} slots are in use; raise the capacity (the NodePool capacity argument, or WEFT_POOL_CAPACITY / WeftConfig.PoolCapacity for structures built with defaults)") =>
        Capacity = capacity;

    public PoolExhaustedException() : base("node pool exhausted") { }
    public PoolExhaustedException(string message) : base(message) { }
    public PoolExhaustedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The pool's number of slots (0 when not known).</summary>
    public int Capacity { get; }
}
