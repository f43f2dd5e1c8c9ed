using Weft.Atomics;

namespace Weft.Collections;

/// <summary>
/// One thread's record in a <see cref="WcqRing"/> (the paper's per-thread state): the help request it publishes when
/// its fast path runs out of patience, the phase-2 record of its own two-step counter increments, and the owner-private
/// help schedule. Every shared field is its own 64-bit word, read by helpers with the double collect Seq2 … Seq1
/// (a request is valid while Seq1 = Seq2), so no field needs a paired update. Layout and protocol: Wcq.md.
/// </summary>
internal sealed class WcqThreadRecord
{
    public WcqThreadRecord(int id, int helpDelay, int threads)
    {
        Id = id;
        NextCheck = helpDelay;
        HelpCursor = (id + 1) % threads;
        Seq1.Store(1, MemoryOrder.Relaxed);
        Phase2Seq1.Store(1, MemoryOrder.Relaxed);
    }

    /// <summary>The record's index in its ring; the phase-2 owner field of a position word holds Id + 1.</summary>
    public int Id { get; }

    // Owner-private: operations left before the next help, and the record to help next (round robin).
    public int NextCheck;
    public int HelpCursor;

    // The help request: valid while Seq1 == Seq2. The owner writes LocalX, InitX, Kind, then Seq2 = Seq1 to publish,
    // and Seq1 + 1, then Kind = none, to retire it.
    public AtomicInt64 Seq1;
    public AtomicInt64 Seq2;
    /// <summary>0: none; 1: a dequeue; 2 + index: an enqueue of index.</summary>
    public AtomicInt64 Kind;
    /// <summary>The request's position (a position word without owner bits) with the flags Fin (bit 0) and Inc (bit 1).</summary>
    public AtomicInt64 LocalTail;
    public AtomicInt64 InitTail;
    public AtomicInt64 LocalHead;
    public AtomicInt64 InitHead;

    // Phase 2 of this thread's last slow increment: "set the local counter named Phase2Local from Count | Inc to
    // Count". Valid while Phase2Seq1 == Phase2Seq2. Phase2Local is 2 * owner id + (1 for the head, 0 for the tail).
    public AtomicInt64 Phase2Seq1;
    public AtomicInt64 Phase2Local;
    public AtomicInt64 Phase2Count;
    public AtomicInt64 Phase2Seq2;

#if WEFT_CONTROLLED
    // Controlled build only (WcqStepBoundMonitor, the wCQ spec's steps/helpSteps): the controlled thread running the
    // record's current or last operation and its own step counts at the operation's and Help's start and end.
    public Weft.Engine.ControlledThread? OperationThread;
    public bool InOperation, InHelp, OperationIsDequeue;
    public long OperationStart, OperationEnd, HelpStart, HelpEnd;
#endif
}
