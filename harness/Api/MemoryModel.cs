using System;

namespace Weft;

/// <summary>
/// The memory model an exploration runs the atomics layer under (<see cref="CheckOptions.MemoryModel"/>,
/// <c>--memory-model</c>, <c>WEFT_MEMORY_MODEL</c>).
/// </summary>
public enum MemoryModel
{
    /// <summary>Sequential consistency: every operation takes effect at its scheduling point (the default).</summary>
    SC,
    /// <summary>
    /// Total store order (x86-TSO, Sewell et al., CACM 2010): each thread has a FIFO store buffer; relaxed and release
    /// stores are buffered, a load reads the thread's own newest buffered store to the location or else memory, and
    /// writing a buffer's oldest store to memory is a scheduling decision. SeqCst stores, read-modify-writes, fences,
    /// lock and futex operations, spawns, joins, yields and thread exit drain the thread's buffer first.
    /// </summary>
    TSO,
    /// <summary>
    /// Release/acquire/relaxed (the C11-style model of CDSChecker and loom, see <c>Weft.Engine.RaMemory</c>): every
    /// location keeps a bounded history of its stores in modification order; a load may read any store of it that
    /// happens-before and coherence do not hide from the loading thread, and which one it reads is a decision recorded
    /// in the schedule; an acquire load that reads a release store (or a read-modify-write continuing its release
    /// sequence) synchronizes with it; SeqCst operations are ordered by one global clock.
    /// </summary>
    RA,
}
