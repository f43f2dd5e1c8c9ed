namespace Weft.Platform;

/// <summary>
/// Deliberate defects that negative controls switch on, in the one implementation (never a test copy): each must be
/// caught by the engine as the named monitor's violation, as its TLA+ counterpart config is caught by TLC.
/// </summary>
public enum SeededBug
{
    None,
    /// <summary>IBR's scan frees every node retired before the current era, ignoring reservations (age alone frees).
    /// Caught as NoUseAfterFree; TLA+: tla/IBR/MC_FreeTooEarly.cfg.</summary>
    IbrFreeByAge,
    /// <summary>DEBRA rotates through two limbo bags instead of three, so a bag is freed one epoch too early.
    /// Caught as NoUseAfterFree; TLA+: tla/DEBRA/MC_FreeTooEarly.cfg.</summary>
    DebraEarlyRotation,
    /// <summary>IpcMutex's contended path sleeps on the word without setting the waiters bit, so the holder's release
    /// CAS from its bare pid succeeds and wakes nobody: a lost wake-up, a hang with two threads. Caught as a deadlock;
    /// TLA+: tla/FutexMutex/MC_NoContendedMark.cfg.</summary>
    IpcMutexNoContendedMark,
    /// <summary>IpcSemaphore.Post wakes one waiter only when the count goes from 0 to 1, so a second post while the
    /// first woken waiter has not yet taken its unit wakes nobody. Caught as a deadlock; TLA+: tla/Semaphore/MC_WakeOnZeroOnly.cfg.</summary>
    IpcSemaphoreWakeOnZeroOnly,
    /// <summary>IpcEvent.Wait checks the signaled bit, then re-reads the word to sleep on it, so a Set between the two
    /// reads is slept through. Caught as a deadlock; TLA+: tla/Event/MC_CheckThenWait.cfg.</summary>
    IpcEventCheckThenWait,
    /// <summary>IpcMutex's fast path tests the word and then stores its pid (a load and a store instead of one CAS), so two
    /// threads that both read 0 both take the lock. Caught as MutualExclusion; TLA+: tla/FutexMutex/MC_TestThenSet.cfg.</summary>
    IpcMutexTestThenSet,
    /// <summary>IpcMutex.Release subtracts its pid from the word and stores 0 only afterwards if the waiters bit was set
    /// (Drepper's mutex3 decrement unlock carried over), so between the two the word is the bare waiters bit with nobody
    /// holding the lock, and the late store can free the lock under a thread that took it meanwhile. Caught as
    /// StateMatchesHolder; TLA+: tla/FutexMutex/MC_ReleaseByDecrement.cfg.</summary>
    IpcMutexReleaseByDecrement,
    /// <summary>IpcSemaphore.Post checks only that the count cannot overflow 32 bits, not the semaphore's maximum, so
    /// a post lands above the maximum. Caught as CountInRange; TLA+: tla/Semaphore/MC_NoMaxCheck.cfg.</summary>
    IpcSemaphoreNoMaxCheck,
    /// <summary>IpcSemaphore's wait takes a unit by storing c - 1 over the count c it read (a store instead of a CAS),
    /// so a post or take in between is lost. Caught as CountConserved; TLA+: tla/Semaphore/MC_TakeByStore.cfg.</summary>
    IpcSemaphoreTakeByStore,
    /// <summary>IpcSemaphore.Post wakes every registered waiter instead of min(n, waiters), more than the units it
    /// added (a thundering herd). Caught as WakeBounded; TLA+: tla/Semaphore/MC_WakeAllRegistered.cfg.</summary>
    IpcSemaphoreWakeAllRegistered,
    /// <summary>IpcSemaphore's wait registers by loading the waiter count and storing it plus one (a store instead of
    /// a fetch-add), so two waiters registering together count once and a post may see no waiter to wake. Caught as
    /// HintCountsRegistered; TLA+: tla/Semaphore/MC_RegisterByStore.cfg.</summary>
    IpcSemaphoreRegisterByStore,
    /// <summary>IpcEvent.Wait takes every return from FUTEX_WAIT other than a timeout for the Set's wake and returns
    /// true without re-reading the word, so a spurious wake-up ends the wait as if the event had been set. Caught as
    /// WaitReturnsAfterSet; TLA+: tla/Event/MC_WakeMeansSet.cfg.</summary>
    IpcEventWakeMeansSet,
    /// <summary>IpcEvent.Wait, once woken, returns only if the signaled bit is set and otherwise sleeps again on the word
    /// it read, so a set-then-reset pulse (the sequence moved, the bit is clear again) is slept through until the
    /// timeout. Caught as NoMissedSet; TLA+: tla/Event/MC_BitOnlyCheck.cfg.</summary>
    IpcEventBitOnlyCheck,
    /// <summary>IBR advances the era by storing one past the thread's own view of it (the era of its reservation)
    /// instead of an atomic increment, so a thread with a stale view moves the era backwards. Caught as EpochMonotonic
    /// (EpochMonotonicMonitor); TLA+: tla/IBR/MC_EraRollback.cfg.</summary>
    IbrEraRollback,
    /// <summary>DEBRA: a checker that loses the epoch CAS stores back the epoch it checked, moving the epoch backwards.
    /// Caught as EpochMonotonic (EpochMonotonicMonitor); TLA+: tla/DEBRA/MC_EpochRollback.cfg.</summary>
    DebraEpochRollback,
    /// <summary>IBR's BeginOperation reserves upper = era + 1, an era not yet reached. Caught as ReservationsBounded
    /// (EpochMonotonicMonitor); TLA+: tla/IBR/MC_ReserveAhead.cfg.</summary>
    IbrReserveAhead,
    /// <summary>DEBRA's BeginOperation announces epoch + 1, an epoch not yet reached. Caught as AnnouncementsBounded
    /// (EpochMonotonicMonitor); TLA+: tla/DEBRA/MC_AnnounceAhead.cfg.</summary>
    DebraAnnounceAhead,
    /// <summary>Retire hands the node over twice (IBR and DEBRA file it twice in limbo, the immediate reclaimer frees
    /// it twice), so its slot is freed twice. Caught as NoDoubleFree; TLA+: MC_DoubleRetire.cfg of tla/IBR, tla/DEBRA
    /// and tla/Treiber.</summary>
    DoubleRetire,
    /// <summary>DEBRA+'s Validate after a node read (not Protect's check), finding the thread neutralized, clears the
    /// flag and lets the operation go on with what it read instead of restarting it. Caught as NeutralizationSafety; TLA+: tla/DEBRA/MC_ResumeNeutralized.cfg.</summary>
    DebraPlusResumeNeutralized,
    /// <summary>A Treiber pop returns the payload of the node below the one it unlinked (the new top), when there is
    /// one. Caught as PopReturnsAbstractTop; TLA+: tla/Treiber/MC_PopReturnsNext.cfg.</summary>
    TreiberPopReturnsNext,
    /// <summary>The lock-free skiplist's Contains takes a node marked at level 0 (logically deleted, not yet unlinked)
    /// for a member. Caught as a non-linearizable history (a Contains true after the Remove of its key returned).</summary>
    SkipListContainsIgnoresMark,
    /// <summary>The lock-free skiplist's remover unlinks the node it marked and retires it at once, without the handoff
    /// with the inserter, which may still link the node at an upper level afterwards: a freed node stays linked and a
    /// later search reads it. Caught as NoUseAfterFree.</summary>
    SkipListRetireWithoutHandoff,
    /// <summary>SCQ (ScqRing): an enqueuer fills an empty entry without checking that its cycle is older than the
    /// enqueuer's own, so it fills an entry a dequeuer of its position already invalidated and the index is lost
    /// behind that dequeuer. Caught as a non-linearizable history (a value enqueued and never dequeued).</summary>
    ScqEnqueueNoCycleCheck,
    /// <summary>SCQ (ScqRing): an enqueuer fills an unsafe entry even though a dequeuer has passed its position, so
    /// the index sits where no dequeuer will look before a later cycle marks it unsafe again. Caught as a
    /// non-linearizable history.</summary>
    ScqIgnoreUnsafe,
    /// <summary>SCQ (ScqRing): a dequeuer consumes an entry by storing back what it read with ⊥ as index (a load and
    /// a store instead of the atomic or), erasing an unsafe mark a later-cycle dequeuer set in between. Caught as a
    /// non-linearizable history.</summary>
    ScqConsumeByStore,
    /// <summary>SCQ (ScqRing): a dequeue that finds the ring empty does not catch the tail up to its position, so
    /// enqueuers draw positions the dequeuers already invalidated. Caught as TailCaughtUp (ScqTailCaughtUpMonitor).</summary>
    ScqNoCatchUp,
    /// <summary>The lock-free skiplist's Add links the new node at its upper levels before level 0, so an upper level
    /// holds a node the level below does not. Caught as SkipListSublist.</summary>
    SkipListUpperLevelFirst,
    /// <summary>The lock-free skiplist's Remove unlinks the victim at level 0 before marking it: the key leaves level 0
    /// before the Remove linearizes, and a node inserted after the victim meanwhile is lost with it. Caught as
    /// SkipListMatchesAbstract.</summary>
    SkipListUnlinkBeforeMark,
    /// <summary>SCQ (ScqRing): dequeuers ignore the threshold (neither the check on entry nor the end of the retry loop
    /// when it runs out), so empty dequeues keep spending it. Caught as ThresholdBounded (ScqThresholdBoundedMonitor);
    /// the livelock this permits needs every enqueue preempted between its fetch-and-add and its CAS, which the
    /// strategies do not produce within the step bound.</summary>
    ScqNoThreshold,
    /// <summary>LSCQ (LscqQueue): an enqueue that finds a ring full links a new ring without finalizing the full one,
    /// so a later enqueue that still sees the old ring as the tail lands there, behind values of the new ring enqueued
    /// before it. Caught as a non-linearizable history.</summary>
    LscqNoFinalize,
    /// <summary>The locked skiplist's Contains answers from the key alone, ignoring <c>fullyLinked</c> and
    /// <c>marked</c>: it reports a key whose Add has not linearized. Caught as a non-linearizable history.</summary>
    LockedSkipListContainsIgnoresFlags,
    /// <summary>The locked skiplist's Add and Remove skip the validation after locking the predecessors: a node is
    /// linked after a removed predecessor, or over a node inserted meanwhile (a lost insert). Caught as
    /// SkipListMatchesAbstract.</summary>
    LockedSkipListSkipsValidation,
    /// <summary>The locked skiplist locks predecessors top-down (increasing key order), while a remover still locks its
    /// victim (the largest key) first: an Add holding a tall predecessor waits for the victim's lock, whose remover
    /// waits for that predecessor. Caught as a deadlock.</summary>
    LockedSkipListLocksTopDown,
    /// <summary>LCRQ (CrqRing): an enqueuer fills an unsafe empty entry even though the dequeuer of its position may
    /// have passed (head &gt; its position), so the value sits where no dequeuer will take it. Caught as a
    /// non-linearizable history (a value enqueued, then the queue found empty).</summary>
    LcrqIgnoreUnsafe,
    /// <summary>LCRQ (CrqRing): a dequeuer that finds its entry empty leaves it as it is instead of moving its index
    /// past its position, so the enqueuer of that position fills it behind the dequeuer and the value is lost. Caught
    /// as a non-linearizable history.</summary>
    LcrqNoEmptyTransition,
    /// <summary>LCRQ (CrqRing): an enqueuer that finds the ring full hands its value to a new ring without closing the
    /// full one, so a later enqueue still lands in the old ring, after the head may have left it (a lost value) or
    /// behind values of the new ring (reordered). Caught as a non-linearizable history.</summary>
    LcrqNoCloseWhenFull,
    /// <summary>LCRQ (CrqRing): fixState moves the tail of a closed ring up to the head, dropping the closed bit, so
    /// the ring takes enqueues again after its successor was linked. Caught as ClosedStaysClosed
    /// (CrqClosedStaysClosedMonitor).</summary>
    LcrqFixStateReopens,
    /// <summary>The lock-free skiplist's Range (and Keys, Count) stops at the first node marked at level 0 instead of
    /// stepping over it, so a key present for the whole enumeration is missed when a concurrent Remove's node is
    /// still linked. Caught by the enumeration check of SkipListEnumerationTests (an always-present key missing).</summary>
    SkipListRangeStopsAtMark,
    /// <summary>The lock-free skiplist's AddOrUpdate writes the updated value with a plain store instead of a CAS on the
    /// value word it read: of two concurrent updates one is lost, and an update can overwrite a removed node's
    /// tombstone. Caught as a non-linearizable history against the map model (skiplist/map-lost-update).</summary>
    SkipListUpdateByStore,
    /// <summary>The lock-free skiplist's search, on the levels above 0, stops one node early: at the node before the
    /// last one below the key sought (an off-by-one in the shortcut levels): an Add then links a tall node before the
    /// node of the key just below it. Caught as SkipListLevelsSorted (SkipListSortedMonitor).</summary>
    SkipListUpperSearchOffByOne,
    /// <summary>The lock-free skiplist's inserter, linking its node at an upper level, does not stop when it reads its
    /// own link there marked: its CAS points the link at the new successor, unmarked, erasing a remover's mark. Caught as
    /// SkipListMarkedNeverUnmarked (SkipListMarkStableMonitor); TLA+: tla/SkipList/MC_RelinkMarked.cfg.</summary>
    SkipListRelinkMarked,
    /// <summary>The locked skiplist's AddOrUpdate reads the value, computes the update and writes it without holding the
    /// node's lock: of two concurrent updates one is lost. Caught as a non-linearizable history against the map model
    /// (skiplist-locked/map-lost-update).</summary>
    LockedSkipListUpdateWithoutLock,
    /// <summary>wCQ (WcqRing): a helper runs an enqueue request without checking that it is still the published one
    /// (Seq1 = Seq2, at the start and at every position), so a helper that read a retired request places its index
    /// again. Caught as RequestActive (WcqRequestActiveMonitor) and as a non-linearizable history.</summary>
    WcqHelperIgnoresSequence,
    /// <summary>wCQ (WcqRing): the slow enqueue fills an entry without checking that its cycle and note are older than
    /// the position's cycle, so it fills an entry a dequeuer of that position already passed (⊥c) and the value is
    /// lost. Caught as a non-linearizable history.</summary>
    WcqSlowEnqueueNoCycleCheck,
    /// <summary>wCQ (WcqRing): no thread ever helps another thread's published request (Help does nothing), so a thread
    /// on the slow path can be outrun by the others indefinitely: wCQ is then only lock-free. Caught by
    /// WcqStepBoundMonitor (an operation takes more than its bound of its own steps).</summary>
    WcqNoHelping,
    /// <summary>Natarajan-Mittal tree: a removal's cleanup splices without tagging the sibling edge, so an insert that
    /// hangs a new node under the sibling between the cleanup's read of that edge and its splice is lost (the splice
    /// lifts the old sibling). Caught as NmTreeMatchesAbstract (NmTreeMatchesAbstractMonitor).</summary>
    NmTreeRemoveWithoutTag,
    /// <summary>Natarajan-Mittal tree: an insert gives its new internal node the smaller of the two keys as routing key
    /// instead of the larger, so the left leaf is no longer on its key's search path. Caught as NmTreeOrder
    /// (NmTreeOrderMonitor).</summary>
    NmTreeRoutingKeyMin,
    /// <summary>Natarajan-Mittal tree: a splice lifts the sibling without its flag, so a leaf whose removal is pending
    /// shows clean again. Caught as NmTreeEdgesFrozen (NmTreeEdgesFrozenMonitor).</summary>
    NmTreeSpliceDropsFlag,
    /// <summary>IBR's reservation stores (BeginOperation's lower, Protect's upper) are Release instead of SeqCst, so a
    /// thread may read a handle before its reservation is visible: under TSO the store waits in the store buffer while a
    /// scanner frees the node. Caught as NoUseAfterFree under the TSO memory model only (SC cannot express it).</summary>
    IbrReservationRelease,
    /// <summary>DEBRA's announcement store is Release instead of SeqCst, so a thread may read a handle before its
    /// announcement is visible: under TSO a checker sees the stale quiescent announcement and the epoch advances past the
    /// reader. Caught as NoUseAfterFree under the TSO memory model only.</summary>
    DebraAnnouncementRelease,
    /// <summary>EFRB tree (EfrbTree): a delete flags the grandparent and unlinks the parent without marking it, so an
    /// insert can still flag the parent and add a leaf below it that the unlink then drops (or the unlink keeps the
    /// deleted leaf). Caught as EfrbMatchesAbstract.</summary>
    EfrbNoMarkStep,
    /// <summary>EFRB tree (EfrbTree): a helper's child CAS expects the child pointer as it reads it now instead of the
    /// node the info record names, so a helper that read a flag before the operation finished re-executes it later and
    /// undoes a newer change. Caught as EfrbInfoCurrent.</summary>
    EfrbHelpReexecutesFinished,
    /// <summary>EFRB tree (EfrbTree): an insert keys its new internal node by the smaller of the two leaves instead of
    /// the larger, so the smaller leaf sits left of a key equal to its own. Caught as EfrbSearchTreeOrder.</summary>
    EfrbInsertKeysByMinimum,
    /// <summary>EFRB tree (EfrbTree): the delete that unflags the grandparent also sets the removed parent's update
    /// field back to Clean, so a searcher that reached the removed parent can flag it and insert below it. Caught as
    /// EfrbMarkFinal.</summary>
    EfrbUnmarkRemovedParent,
    /// <summary>EFRB tree (EfrbTree): the search follows a child pointer without checking that its node was still in
    /// the tree (the paper's search, written for garbage collection), so under IBR a search that waited on a node that
    /// then left the tree follows a frozen pointer to a younger node already freed. Caught as NoUseAfterFree.</summary>
    EfrbSearchWithoutValidation,
    /// <summary>Region-RC (Weft.Regions): <c>Cell.SetCdr</c> writes the slot without the store barrier, so a pointer
    /// from an older region into a younger one is stored unrepaired. Caught as RegionClosure (RegionClosureMonitor: the
    /// younger region is freed while the older cell points into it) and as NoRegionCycle (NoRegionCycleMonitor: the
    /// younger region already points back). docs/region-rc.md, R2.</summary>
    RegionBarrierSkippedOnSetCdr,
    /// <summary>Region-RC: a decrement of a region's liveness word tests for zero by re-reading the word instead of using
    /// the fetch-and-add's result, so two threads whose decrements race (a channel handoff against the sender's scope
    /// exit) both see zero and both free. Caught as RegionNoDoubleFree (RegionNoDoubleFreeMonitor). R4.</summary>
    RegionDecrementThenReread,
    /// <summary>Region-RC: a decrement of a region's liveness word is a load and a store, so a racing decrement is lost
    /// and the region is never freed although its scope ended and its count reached zero. Caught as the liveness rule
    /// (RegionLivenessMonitor). R1, R4.</summary>
    RegionDecrementByStore,
    /// <summary>Region-RC: <c>Region.Tether</c> opens the tether without taking a reference, so the region is freed
    /// while tethered. Caught as TetherSafety (TetherSafetyMonitor). R5.</summary>
    RegionTetherWithoutReference,
    /// <summary>Region-RC: transmigration copies every cell not in the destination, including cells of older regions
    /// (external roots), so the copy no longer shares them. Caught as ExternalRootsUntouched
    /// (ExternalRootsUntouchedMonitor). R1, R7.</summary>
    RegionTransmigrateCopiesExternal,
    /// <summary>Region-RC: <c>GlobalCell.Set</c> stores the value without a reference on its region, so the region is
    /// freed when its scope ends and the global dangles. Caught as RegionNoUseAfterFree (RegionNoUseAfterFreeMonitor). R1.</summary>
    RegionGlobalStoreWithoutRetain,
    /// <summary>Region-RC: <c>RegionChannel.Receive</c> hands the region over without making the receiver its owner, so
    /// the receiver's first use of its cells is a use by a thread that does not own the region. Caught as the
    /// single-owner rule (RegionOwnershipMonitor). R3.</summary>
    RegionReceiveWithoutOwnership,
    /// <summary>Natarajan-Mittal tree: the seek follows a flagged or tagged edge without checking that the ancestor's
    /// edge still holds the successor, so it can step from a removed node to a node born after its IBR reservation,
    /// which a scan may already have freed. Caught as NoUseAfterFree in a strict pool.</summary>
    NmTreeSeekWithoutValidation,
    /// <summary>RingList (LSCQ, LCRQ): a dequeuer that finds the head ring empty with a successor moves the head past
    /// it without the last try, although an enqueue that drew a position before the ring closed may have completed
    /// since: the head leaves a ring that still holds an item, and the item is lost. Caught as QueueMatches; TLA+:
    /// tla/RingList/MC_NoLastTry.cfg.</summary>
    RingListNoLastTry,
    /// <summary>RingList (LSCQ, LCRQ): the dequeuer that unlinks the head ring frees it at once instead of retiring it
    /// through the reclaimer, so a thread that protected the ring before the unlink reads a freed slot. Caught as
    /// NoUseAfterFree; TLA+: tla/RingList/MC_FreeOnUnlink.cfg.</summary>
    RingListFreeOnUnlink,
    /// <summary>Treiber stack: push publishes its node with a Relaxed CAS instead of a Release one, so the popper's
    /// acquire of the top does not synchronize with the pusher and its read of the payload races with the pusher's
    /// write. Every SC or TSO interleaving still returns the right value (the store is not reordered by either model):
    /// caught by the data-race detector only (BugKind.DataRace).</summary>
    TreiberPushRelaxed,
    /// <summary>Treiber stack (the bare path: no reclamation or immediate reuse): pop reads the top and swings it with
    /// Relaxed operations instead of an Acquire load and an AcqRel CAS, so it reads the payload of a node whose
    /// publication it never acquired: a data race with the pusher's payload write, invisible under SC and TSO. Caught by
    /// the data-race detector only (BugKind.DataRace).</summary>
    TreiberPopRelaxed,
    /// <summary>Lock-free skiplist: Add's level-0 link CAS, which publishes the new node, is Relaxed instead of AcqRel, so
    /// a search that reaches the node through that link does not synchronize with the inserter and its read of the
    /// node's key races with the inserter's write of it. No SC or TSO interleaving shows a wrong key: caught by the
    /// data-race detector only (BugKind.DataRace).</summary>
    SkipListLinkRelaxed,
    /// <summary>NodePool: every registered thread allocates from and frees into the magazine of thread 0 instead of its
    /// own, so two threads read and write one magazine's count and slots with nothing ordering them. Caught by the
    /// data-race detector (BugKind.DataRace).</summary>
    NodePoolSharedMagazine,
    /// <summary>RingList (LSCQ, LCRQ): the enqueuer links a new ring with a Relaxed CAS instead of an AcqRel one, so a
    /// dequeuer that moves to the new ring through that link reads the slot's ring object unordered with the enqueuer's
    /// creation of it. Caught by the data-race detector (BugKind.DataRace).</summary>
    RingListLinkRelaxed,
    /// <summary>GuardedSharedMemory.Attach takes any slot that does not hold its own pid, without asking whether the
    /// pid there is alive, so it overwrites a live attached process's slot. Caught as AttachedHoldSlot
    /// (GuardedShmAttachedHoldSlotMonitor); TLA+: tla/GuardedShm/MC_AttachOverLivePid.cfg.</summary>
    GuardedShmAttachOverLivePid,
    /// <summary>GuardedSharedMemory.Dispose does not give its slot back (its liveness scan skips the slot instead), so
    /// the slot keeps the pid of a live process that has detached. Caught as SlotsValid
    /// (GuardedShmSlotsValidMonitor); TLA+: tla/GuardedShm/MC_DetachSkipsClear.cfg.</summary>
    GuardedShmDetachSkipsClear,
    /// <summary>GuardedSharedMemory's last detacher (or clean-up) removes the name after checking the incarnation,
    /// without first winning the incarnation's unlink claim, so two of them can both pass the check, the first unlink,
    /// a new incarnation be created under the name, and the second remove it. Caught as NoEarlyUnlink
    /// (GuardedShmNoEarlyUnlinkMonitor); TLA+: tla/GuardedShm/MC_UnlinkWithoutClaim.cfg.</summary>
    GuardedShmUnlinkWithoutClaim,
    /// <summary>GuardedSharedMemory's claim winner removes the name without checking that it still refers to its own
    /// incarnation, so after the name was removed and re-created it removes the newer segment. Caught as NoEarlyUnlink
    /// (GuardedShmNoEarlyUnlinkMonitor); TLA+: tla/GuardedShm/MC_UnlinkWithoutIncarnationCheck.cfg.</summary>
    GuardedShmUnlinkWithoutIncarnationCheck,
    /// <summary>IBR's Protect re-reads the handle with Acquire instead of SeqCst and Scan has no fence before it reads
    /// the reservations, so the Dekker pattern between reservation and handle read is not ordered in C11: a popper reads
    /// a handle older than the one the scanner saw unlinked, and the scanner frees it. Caught as NoUseAfterFree under the
    /// release/acquire memory model only (SC and TSO order it: TSO's reservation store is SeqCst and drains).</summary>
    IbrProtectAcquire,
    /// <summary>LCRQ (CrqRing): closing a ring does nothing, so every enqueue that fails (full, starving, end of its
    /// index range) links a new ring after one still open; a later enqueue lands in the old ring after the dequeuers left
    /// it, and the value is lost. The production build behaved so while the closing fetch-or was written inside a
    /// [Conditional] monitor hook (analyzer rule WEFT004 now rejects that). Caught as QueueMatches
    /// (RingListQueueMatchesMonitor).</summary>
    LcrqCloseDropped,
    /// <summary>GuardedSharedMemory.CleanupIfAbandoned leaves every segment its creator never published, even when the
    /// creator's pid in slot 0 names a dead process: a creator that dies between initializing and publishing leaves a
    /// name nothing removes. Caught by ipc/shm-creator-crash-skipped's clean-up assertion.</summary>
    GuardedShmCleanupSkipsUnpublished,
    /// <summary>GuardedSharedMemory's attach claims its slot with an AcqRel CAS instead of SeqCst, so a clean-up's or
    /// last detacher's SeqCst scan may read the dead pid the attach replaced, after the attach, and remove the name under
    /// the live attached process. Caught as NoEarlyUnlink (GuardedShmNoEarlyUnlinkMonitor) under the release/acquire
    /// memory model only (ipc/shm-cleanup-attach-acqrel-ra); SC and TSO order the CAS.</summary>
    GuardedShmAttachAcqRel,
    /// <summary>The elimination array (EliminationArray): a push whose offer window ends empties its slot with a store
    /// instead of the withdrawal CAS and goes back to the stack as if no pop had taken its value, so a value a pop
    /// already took is pushed as well (handed over twice). Caught as EliminationHandsOverOnce
    /// (EliminationHandsOverOnceMonitor); the history is not linearizable either.</summary>
    TreiberEliminationWithdrawByStore,
    /// <summary>IpcMutex's contended path sets the waiters bit by exchanging in its own pid plus the bit (mutex3's
    /// exchange of 2 carried over to a word that holds the owner), so over a held word it writes the waiter's pid over
    /// the holder's: the word names a process that does not hold the lock, and a force release would test the wrong
    /// process. Caught as OwnerIsHolder; TLA+: tla/FutexMutex/MC_MarkByExchange.cfg.</summary>
    IpcMutexMarkByExchange,
    /// <summary>Every registration of a reclaimer (IBR, DEBRA) is given the same three limbo bags instead of its own, so
    /// two threads retire into one bag with unordered plain writes (LimboBag's count and slots). Caught as a data race by
    /// the race detector (treiber/shared-limbo-race-ibr, treiber/shared-limbo-race-debra).</summary>
    ReclaimerSharedLimbo,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's dependency relation counts a
    /// compare-and-swap as a read (as if it could never write), so a CAS is independent of a load and of another CAS of
    /// the same word and the race between them is never reversed. Set through the harness's DporDefect option; the
    /// negative control of the DPOR soundness check (DporTests: the outcome comparison names the outcome DPOR
    /// misses).</summary>
    DporCasCountsAsRead,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's dependency relation, which counts a
    /// failed compare-and-swap as a read of its word, drops the word altogether, so a failed CAS is independent of the
    /// write that made it fail and the order in which it would have succeeded is never tried. Set through the harness's
    /// DporDefect option; a negative control of the DPOR soundness check (DporTests).</summary>
    DporFailedCasIgnoresWrites,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's dependency relation, which orders a
    /// spawn only with other spawns, lets two spawns of different threads commute, though thread ids are handed out in
    /// spawn order, so the order that gives the other spawner's child the lower id is never tried. Set through the
    /// harness's DporDefect option; a negative control of the DPOR soundness check (DporTests).</summary>
    DporSpawnsIndependent,
    /// <summary>NodePool: a magazine refill that takes a run of slots off the shared free list publishes the new head
    /// (past the run it walked) with a plain store instead of the CAS against the head it started from, as if the
    /// refilling thread were the free list's only taker: two refillers that read the same head both take the same run.
    /// Caught by pool/run-refill-plain-store's end check (a slot handed to both threads; NoDoubleFreeMonitor fires only
    /// when the slot is handed out again while still allocated, which the first thread's free usually precedes).</summary>
    NodePoolRunPlainStore,
    /// <summary>DEBRA+'s BeginOperation reuses the announcement it kept from its last operation without comparing the
    /// epoch it read with its own: it goes on in its old epoch, neither rotating its bags nor announcing the new epoch,
    /// and its checks try to advance from an epoch already passed. A thread whose own check moved the epoch then never
    /// rotates again until another thread neutralizes it, so while the others idle its bags grow without bound. Caught
    /// as BoundedPending; TLA+: tla/DEBRA/MC_KeepAcrossEpoch.cfg.</summary>
    DebraKeepAcrossEpoch,
    /// <summary>NodePool: a free of a slot whose home is another thread's magazine publishes the slot on that thread's
    /// remote-free list (the CAS of the list's head) before it links the slot to the head it replaced, as if nobody
    /// could take the list in between: the home thread's drain that comes in between follows the slot's stale link
    /// (left from its last time on a free list) into slots still allocated, and hands one out again. Caught by
    /// NoDoubleFreeMonitor (pool/remote-free-link-after-publish).</summary>
    NodePoolRemoteLinkAfterPublish,
    /// <summary>The locked skiplist under IBR follows a link of a node it finds marked once the read is done instead of
    /// searching again from the head: a removed node's frozen link may name a successor born after the reader's
    /// reservation and freed by its remover's scan, and the reader's protected read still returns it. Caught as
    /// NoUseAfterFree by skiplist-locked/follows-removed-links-ibr.</summary>
    LockedSkipListFollowsRemovedLinks,
    /// <summary>IBR's scan keeps a retired node while any thread holds a reservation, whatever the reservation's eras
    /// (the interval test reduced to "is thread j reserved"): with kept reservations some thread always holds one, so
    /// nothing is freed until the threads quiesce. Caught as BoundedPending by reclamation/ibr-scan-keeps-while-reserved
    /// and by the stress run's limbo bound (its negative-control combination, StressRun).</summary>
    IbrScanKeepsWhileReserved,
    /// <summary>The lock-free skiplist under IBR steps over marked nodes without validating the step (its old
    /// wait-free Contains): a removed node's frozen link may name a successor linked after the reader's reservation was
    /// last raised and freed by its remover's scan, and the reader's protected read still returns it. Caught as
    /// NoUseAfterFree by skiplist/follows-removed-links-ibr.</summary>
    LockFreeSkipListFollowsRemovedLinks,
    /// <summary>A defect of the checker, not of the library: the dpor strategy, which leaves unreversed the race of a
    /// thread's last step with the join it unblocks (the two are never co-enabled), leaves unreversed every race of a
    /// thread's last step, as if every later dependent step waited for the thread's end: a last step that writes a cell
    /// is never moved after another thread's access to it. Set through the harness's DporDefect option; a negative
    /// control of the DPOR soundness check (DporTests).</summary>
    DporThreadEndsCausal,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's sleep sets, which keep a sleeper whose
    /// step touched a cell first asleep across another thread's step on a different cell (by the sleeper's pending
    /// address), keep it asleep across a step on a new cell whatever the address, so when two threads' first touches
    /// are of one cell the order that runs the sleeper second is never run. Set through the harness's DporDefect option;
    /// a negative control of the DPOR soundness check (DporTests).</summary>
    DporSleepersIgnoreNewCells,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's class-bounded mode, which abandons a
    /// prefix only when no schedule of a class extending it stays within the preemption bound, abandons it as soon as the
    /// schedule itself exceeds the bound, though another schedule of its class stays within it; sleep sets keep that
    /// other schedule from running, so classes (and outcomes) of the bounded space are lost. Set through the harness's
    /// DporDefect option; a negative control of the class-cover check (DporTests).</summary>
    DporClassBoundBySchedule,
    /// <summary>A defect of the checker, not of the library: the dpor strategy's dependency relation, which orders two
    /// steps that each end with their thread paused at a yield (the order of the two arrivals is the order of the
    /// threads' yield stamps, which decides which yielder the yield rule offers first), lets them commute, so DPOR runs
    /// one arrival order only and never the yields in the other order. Set through the harness's DporDefect option; a
    /// negative control of the DPOR soundness check (DporTests, on dpor/yield-arrivals).</summary>
    DporYieldArrivalsIndependent,
    /// <summary>NodePool: a pop of a batch off a thread's overflow stack (where a full magazine keeps its own slots with
    /// slot homes) publishes the new head with a plain store instead of the CAS against the head it read, as if the
    /// owner were the stack's only popper: at the pool's capacity another thread moving the batches to the depot and the
    /// owner reloading from the same stack take the same batch. Caught by NoDoubleFreeMonitor or the scenario's check that
    /// no slot went to both threads (pool/overflow-at-capacity-plain-store).</summary>
    NodePoolOverflowPopPlainStore,
    /// <summary>A defect of the checker, not of the library: under TSO the dpor strategy's dependency relation takes a
    /// store as written when its thread issues it, as under SC: a flush writes no cell and a step that drains its
    /// thread's store buffer (a fence, a read-modify-write, a SeqCst store, thread exit) is ordered only through the
    /// operation it names, so no race moves a flush before another thread's load (on litmus/sb-relaxed-tso DPOR never
    /// runs both loads after both stores reached memory, and misses r0=1 r1=1). Set through the harness's DporDefect option; a negative control of
    /// the DPOR soundness check under TSO (DporWeakMemoryTests).</summary>
    DporStoresAtIssue,
    /// <summary>A defect of the checker, not of the library: under RA the dpor strategy's dependency relation ignores the
    /// SeqCst order's clock, so SeqCst operations, fences, locks and thread exits on different locations commute, though
    /// which publishes into the clock first decides what the other acquires. Set through the harness's DporDefect
    /// option; a negative control of the DPOR soundness check under RA (DporReleaseAcquireTests).</summary>
    DporSeqCstClockIgnored,
    /// <summary>A defect of the checker, not of the library: under RA the dpor strategy adds no backtrack point at a step
    /// that discards the execution as infeasible (a promise broken by its loader's fence), so the promising thread is
    /// never run before that step and the outcome the promise stands for is lost (dpor/ra-lb-trailing-fence). Set
    /// through the harness's DporDefect option; a negative control of the DPOR soundness check under RA
    /// (DporReleaseAcquireTests).</summary>
    DporDiscardBacktracksNothing,
    /// <summary>A defect of the checker, not of the library: under TSO the dpor strategy's bounded modes take a flush
    /// candidate for a thread of its own, as if a flush made it the current thread, so going back to the thread it
    /// interrupted costs a preemption that DFS does not count (the runtime keeps that thread current across the flush):
    /// the class-bounded search leaves out classes of the bounded space. Set through the harness's DporDefect option; a
    /// negative control of the class-cover check under TSO (DporWeakMemoryTests).</summary>
    DporFlushesSwitchThreads,
    /// <summary>Plain DEBRA's wait at the pool's maximum frees the waiting thread's three limbo bags at once instead of
    /// running empty operations (which rotate a bag only when the epoch has moved): a node another thread read inside its
    /// operation is freed while that thread still uses it. Caught by NoUseAfterFreeMonitor
    /// (reclamation/debra-pool-wait-frees-limbo).</summary>
    DebraPoolWaitFreesLimbo,
}
