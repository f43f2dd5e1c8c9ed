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
        : this(capacity, "the NodePool capacity argument")
    {
    }

    /// <summary>All <paramref name="capacity"/> slots are in use; <paramref name="capacitySetting"/> names what raises it.</summary>
    public PoolExhaustedException(int capacity, string capacitySetting)
        : base($"node pool exhausted: all {capacity} slots are in use; raise {capacitySetting}") =>
        Capacity = capacity;

    /// <summary>All <paramref name="capacity"/> slots are in use after a wait for reclamation; <paramref name="message"/>
    /// says how long it waited and why it ran out, <paramref name="inner"/> is the exhaustion that started the wait.</summary>
    public PoolExhaustedException(int capacity, string message, Exception inner)
        : base(message, inner) =>
        Capacity = capacity;

    public PoolExhaustedException() : base("node pool exhausted") { }
    public PoolExhaustedException(string message) : base(message) { }
    public PoolExhaustedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The pool's number of slots (0 when not known).</summary>
    public int Capacity { get; }
}
