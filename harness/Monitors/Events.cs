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

/// <summary>
/// A thread observed the global clock of one reclaimer instance (IBR's era, DEBRA's epoch): every load of the clock,
/// the value an atomic read-modify-write of it read and the value it wrote, and any plain store to it.
/// <paramref name="Reclaimer"/> is the reclaimer's object id (unique within the iteration), so two reclaimers of the
/// same scheme in one test keep separate clocks; <paramref name="Clock"/> names the clock for messages.
/// <paramref name="Wrote"/> is true when the thread wrote <paramref name="Value"/> (false: it read it).
/// </summary>
public readonly record struct ClockEvent(int Reclaimer, string Clock, long Value, int Thread, bool Wrote);

/// <summary>
/// A thread published a reservation end (IBR's lower or upper era) or an announcement (DEBRA's announced epoch):
/// <paramref name="Kind"/> names it, <paramref name="Value"/> is the value stored (<see cref="long.MaxValue"/>: no
/// reservation) and <paramref name="Clock"/> the reclaimer's global clock at the store.
/// </summary>
public readonly record struct ReservationEvent(int Reclaimer, string Kind, int Thread, long Value, long Clock);

/// <summary>DEBRA+ raised thread <paramref name="Thread"/>'s neutralization flag (<paramref name="Raised"/> false: the thread cleared it).</summary>
public readonly record struct NeutralizeEvent(int Thread, bool Raised = true);

/// <summary>A DEBRA+ thread validated its reads: <paramref name="Neutralized"/> says whether it found its flag up and so restarts its operation.</summary>
public readonly record struct ValidateEvent(int Thread, bool Neutralized);

/// <summary>Declares the bound on retired-but-not-freed nodes that the scheme under test promises (BoundedPending).</summary>
public readonly record struct PendingBoundEvent(int Bound)
{
    /// <summary>The scheme promises no bound below what the pool can hold: <see cref="BoundedPendingMonitor"/> checks nothing.</summary>
    public static PendingBoundEvent None => new(int.MaxValue);
}

/// <summary>A linearization point of a stack (the controlled build of <c>TreiberStack</c> emits these).</summary>
public enum StackStep : byte
{
    /// <summary>A push's winning CAS: <c>Value</c> is now on top.</summary>
    Push,
    /// <summary>A pop's winning CAS: the node it unlinked will yield the pop's value.</summary>
    Pop,
    /// <summary>A pop returned <c>Value</c> (after reading the unlinked node's payload).</summary>
    PopResult,
    /// <summary>
    /// A pop took a push's offer of <c>Value</c> from the stack's elimination array (the taker's winning CAS on the
    /// slot): the push and the pop linearized together, push first, and the stack is unchanged. <c>Thread</c> is the popper.
    /// </summary>
    Exchanged,
}

/// <summary>
/// A stack operation took effect. <paramref name="Payloads"/> are the payloads found following the links from top
/// right after the step (at most capacity + 1 of them, so a cycle shows as an over-long list).
/// </summary>
public readonly record struct StackEvent(int Stack, StackStep Step, long Value, int Thread, long[] Payloads);

/// <summary>A structural step of a skiplist (the controlled builds of <c>LockFreeSkipList</c> and <c>LockedSkipList</c> emit these).</summary>
public enum SkipListStep : byte
{
    /// <summary>An Add's linearization point (lock-free: its winning level-0 CAS; locked: setting fullyLinked): <c>Key</c> entered the set.</summary>
    Added,
    /// <summary>A Remove's linearization point (lock-free: its winning level-0 mark; locked: setting marked): <c>Key</c> left the set.</summary>
    Removed,
    /// <summary>A node holding <c>Key</c> was linked at an upper level.</summary>
    Linked,
    /// <summary>A marked node holding <c>Key</c> was unlinked at some level.</summary>
    Unlinked,
}

/// <summary>A node as a level of a skiplist shows it: its handle, key, whether its link at this level is marked, and whether its level-0 link is (the node is deleted).</summary>
public readonly record struct SkipListNodeView(long Node, long Key, bool MarkedHere, bool Deleted);

/// <summary>
/// A skiplist changed. <paramref name="Levels"/> are the nodes found following each level's links from the head
/// right after the step, level 0 first (each at most capacity + 1 long, so a cycle shows as an over-long list).
/// </summary>
public readonly record struct SkipListEvent(int List, SkipListStep Step, long Key, int Thread, SkipListNodeView[][] Levels);

/// <summary>
/// A lookup of a skiplist (<c>LockFreeSkipList.Contains</c>) began (<paramref name="Done"/> false) or returned
/// <paramref name="Result"/> (<paramref name="Done"/> true), on thread <paramref name="Thread"/>.
/// </summary>
public readonly record struct SkipListLookupEvent(int List, long Key, int Thread, bool Done, bool Result);

/// <summary>A skiplist node's link at <paramref name="Level"/> was marked (<c>LockFreeSkipList.Remove</c>'s winning mark CAS), by thread <paramref name="Thread"/>.</summary>
public readonly record struct SkipListMarkEvent(int List, long Node, int Level, int Thread);

/// <summary>What happened to a node lock of a locked skiplist (<see cref="SkipListLockEvent"/>).</summary>
public enum SkipListLockStep : byte
{
    /// <summary>The thread acquired the lock of node <c>Node</c>.</summary>
    Acquired,
    /// <summary>The thread released the lock of node <c>Node</c>.</summary>
    Released,
    /// <summary>An operation of the thread (an Add, a Remove, an update) is about to return.</summary>
    OperationDone,
}

/// <summary>
/// A node lock of a locked skiplist (<c>LockedSkipList</c>) was acquired or released by thread
/// <paramref name="Thread"/>, or an operation of that thread is returning (<see cref="SkipListLockStep.OperationDone"/>;
/// then <paramref name="Node"/> is 0). <paramref name="Key"/> is the node's key; <paramref name="Head"/> marks the
/// head sentinel, which orders below every key.
/// </summary>
public readonly record struct SkipListLockEvent(int List, SkipListLockStep Step, long Node, long Key, bool Head, int Thread);

/// <summary>A step of an exchange in a stack's elimination array (the controlled build of <c>EliminationArray</c> emits these).</summary>
public enum ExchangeStep : byte
{
    /// <summary>The offerer's posting CAS won: its push's <c>Value</c> is in a slot, takeable.</summary>
    Offered,
    /// <summary>A pop's CAS on the slot won: it took the offer (<c>Thread</c> is the popper).</summary>
    Taken,
    /// <summary>The offerer removed its offer itself (its withdrawal CAS won) and goes back to the stack.</summary>
    Withdrawn,
    /// <summary>The offerer's withdrawal CAS lost: it takes its push as done by a pop's take, and returns.</summary>
    HandedOver,
}

/// <summary>
/// An exchange step of elimination array <paramref name="Exchanger"/>: offer number <paramref name="Sequence"/> of
/// thread index <paramref name="Offerer"/> (the offerer's reclaimer slot), carrying <paramref name="Value"/>, on
/// controlled thread <paramref name="Thread"/>.
/// </summary>
public readonly record struct ExchangeEvent(int Exchanger, ExchangeStep Step, int Offerer, long Sequence, long Value, int Thread);
