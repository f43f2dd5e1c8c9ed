namespace Weft.Monitors;

/// <summary>What happened to a pool slot.</summary>
public enum SlotOp : byte
{
    Allocate,
    Retire,
    Free,
    /// <summary>A read of a node field (the link or the payload).</summary>
    Read,
    /// <summary>A write or CAS of a node field.</summary>
    Write,
}

/// <summary>
/// Emitted by the controlled build of the node pool for every slot transition and node access.
/// <paramref name="Pool"/> identifies the pool within the iteration; <paramref name="Thread"/> is the controlled thread.
/// <paramref name="Speculative"/> marks a read whose value the algorithm validates before use (type-stable reads).
/// </summary>
public readonly record struct SlotEvent(int Pool, int Slot, int Generation, SlotOp Op, int Thread, bool Speculative = false);

/// <summary>A global clock of a reclaimer (IBR's era, DEBRA's epoch) moved from <paramref name="Old"/> to <paramref name="New"/>.</summary>
public readonly record struct ClockEvent(string Clock, long Old, long New);

/// <summary>A thread announced (DEBRA) or reserved (IBR) <paramref name="Value"/> while the global clock was <paramref name="Global"/>.</summary>
public readonly record struct AnnounceEvent(int Thread, long Value, long Global);

/// <summary>DEBRA+ raised thread <paramref name="Thread"/>'s neutralization flag.</summary>
public readonly record struct NeutralizeEvent(int Thread);

/// <summary>A DEBRA+ thread validated its reads: <paramref name="Neutralized"/> says whether it found its flag up (and so restarts).</summary>
public readonly record struct ValidateEvent(int Thread, bool Neutralized);

/// <summary>Declares the bound on retired-but-not-freed nodes that the scheme under test promises (BoundedPending).</summary>
public readonly record struct PendingBoundEvent(int Bound);

/// <summary>A linearization point of a stack (the controlled build of <c>TreiberStack</c> emits these).</summary>
public enum StackStep : byte
{
    /// <summary>A push's winning CAS: <c>Value</c> is now on top.</summary>
    Push,
    /// <summary>A pop's winning CAS: the node it unlinked will yield the pop's value.</summary>
    Pop,
    /// <summary>A pop returned <c>Value</c> (after reading the unlinked node's payload).</summary>
    PopResult,
}

/// <summary>
/// A stack operation took effect. <paramref name="Payloads"/> are the payloads found following the links from top
/// right after the step (at most capacity + 1 of them, so a cycle shows as an over-long list).
/// </summary>
public readonly record struct StackEvent(int Stack, StackStep Step, long Value, int Thread, long[] Payloads);
