------------------------------- MODULE DEBRA -------------------------------
(***************************************************************************)
(* DEBRA (distributed epoch-based reclamation) and DEBRA+ (with            *)
(* neutralization of stalled threads) as implemented by                    *)
(* Weft.Reclamation.DebraReclaimer                                         *)
(* (impl/src/Reclamation/DebraReclaimer.cs):                               *)
(*                                                                         *)
(*   T. A. Brown, "Reclaiming Memory for Lock-Free Data Structures: There  *)
(*   Has to Be a Better Way", PODC 2015.                                   *)
(*                                                                         *)
(* The workload is the one of IBR.tla: a root cell `head` holding a node   *)
(* of a Weft.Memory.NodePool; every thread repeats                         *)
(*                                                                         *)
(*   BeginOperation; h := Protect(head); read the payload of h; Validate;  *)
(*   [writers only] n := Allocate; CAS head from h to n;                   *)
(*     on success Retire(h), on failure free n;                            *)
(*   EndOperation                                                          *)
(*                                                                         *)
(* and, with DEBRA+, restarts the operation (after EndOperation, run by    *)
(* the workload's `finally`) when Validate throws NeutralizedException.    *)
(*                                                                         *)
(* Kept announcements (DEBRA+).  EndOperation publishes nothing: the       *)
(* thread keeps the announcement of its last operation.  The next          *)
(* BeginOperation reads the thread's own flag, then the epoch; with the    *)
(* flag down and the epoch still the one it announced, it publishes        *)
(* nothing.  With the flag up (neutralized meanwhile) it takes the         *)
(* announcing path of a quiescent thread, as it does when the epoch moved. *)
(* Plain DEBRA enters the quiescent state at the end of every operation.   *)
(*                                                                         *)
(* DEBRA+ here is the implementation's cooperative variant: a neutralized  *)
(* thread is not interrupted; it notices its flag at its next Validate and *)
(* discards what it read.  A neutralized thread may therefore still read a *)
(* node that was freed (pool memory is type-stable, the read is harmless); *)
(* the safety property is that it never uses such a value                  *)
(* (NeutralizationSafety), and NoUseAfterFree exempts exactly those reads. *)
(*                                                                         *)
(* Stalls.  TLC explores every interleaving, including every behaviour in  *)
(* which a thread stops taking steps at any point of its operation, so a   *)
(* stalled thread needs no extra action: BoundedPending, a state           *)
(* invariant, is checked on every state of every such behaviour.           *)
(*                                                                         *)
(* Step granularity as in IBR.tla: one action per shared-memory access     *)
(* (scheduling point) of the implementation, named after it, the thread as *)
(* parameter, pc[t] the label of the next step; local computation, plain   *)
(* array accesses and Retire (thread-local in DEBRA: MarkRetired and the   *)
(* bag Add) are folded into the neighbouring atomic step;                  *)
(* NodePool.Allocate and NodePool.Free are one action each; dead locals    *)
(* are reset.  Epochs are bounded by the state constraint EpochBound.      *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Threads,          \* the registered threads, 1..N (CheckOne checks them in this order)
    Writers,          \* the threads that replace the head node in every operation (the others only read it)
    Nodes,            \* the pool's slots, 1..K; slot 1 initially holds the head node
    Neutralize,       \* TRUE: DEBRA+ (ReclamationScheme.DebraPlus); FALSE: DEBRA
    StallThreshold,   \* WeftConfig.StallThreshold: consecutive blocking checks before neutralizing
    CheckInterval,    \* WeftConfig.EpochCheckInterval: BeginOperation checks one thread every CheckInterval operations
    MaxEpoch,         \* the largest epoch explored (state constraint EpochBound)
    MaxPending,       \* the bound BoundedPending claims on retired-but-not-freed nodes
    SeededBug         \* "none", or a seeded defect (WeftConfig.SeededBug): "early" (DebraEarlyRotation): two limbo
                      \* bags, so a rotation frees a bag one epoch too early; "ahead" (DebraAnnounceAhead): announce
                      \* epoch + 1; "rollback" (DebraEpochRollback): a checker that loses the epoch CAS stores back
                      \* the epoch it checked; "double" (DoubleRetire): Retire files the node twice; "resume"
                      \* (DebraPlusResumeNeutralized): the Validate after the node read clears a raised flag and goes
                      \* on instead of restarting; "keep" (DebraKeepAcrossEpoch): DEBRA+ reuses its kept announcement
                      \* whatever the epoch it reads, going on in its old epoch

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME WritersAssumption == Writers \subseteq Threads
ASSUME NodesAssumption   == Cardinality(Nodes) >= 2 /\ Nodes = 1..Cardinality(Nodes)
ASSUME NeutralizeAssumption == Neutralize \in BOOLEAN
ASSUME StallThresholdAssumption == StallThreshold \in Nat \ {0}
ASSUME CheckIntervalAssumption == CheckInterval \in Nat \ {0}
ASSUME MaxEpochAssumption == MaxEpoch \in Nat \ {0}
ASSUME MaxPendingAssumption == MaxPending \in Nat
ASSUME SeededBugAssumption == SeededBug \in {"none", "early", "ahead", "rollback", "double", "resume", "keep"}

N == Cardinality(Threads)
Null == 0                                   \* NodePool.Null
Epochs == 0..(MaxEpoch + 1)
BagCount == IF SeededBug = "early" THEN 2 ELSE 3
Bags == 0..2
Announcements == [e : Epochs, q : BOOLEAN]  \* _announce word (e << 1) | q
NoAnnouncement == [e |-> 0, q |-> TRUE]     \* value of the dead local `a`

Labels == {"begin_read_flag", "begin_read_epoch", "begin_read_epoch_kept", "rotate_free", "begin_clear_flag", "begin_announce",
           "check_read_announce", "check_registered", "check_read_flag",
           "check_neutralize", "check_cas_epoch",
           "protect_read_handle", "protect_validate", "access", "access_validate",
           "alloc", "cas_head", "discard", "end_announce"}

VARIABLES
    (* shared state of DebraReclaimer *)
    epoch,         \* _epoch
    announce,      \* announce[t] = _announce[t * Stride], as a record [e, q]
    neutralized,   \* neutralized[t] = (_neutralized[t * Stride] != 0)
    (* shared state of the workload and the pool *)
    head,          \* the root cell
    freeList,      \* the pool's free list, first element = next slot Allocate returns (LIFO)
    nodeState,     \* "free" | "live" | "retired" (controlled NodePool._free, plus MarkRetired)
    (* per-thread state *)
    pc,            \* label of the thread's next step
    localEpoch,    \* t.LocalEpoch (after BeginOperation's first step, also its local e)
    checkNext,     \* t.CheckNext
    opsSinceCheck, \* t.OpsSinceCheck: operations announced since the last check, mod CheckInterval
    currentBag,    \* t.CurrentBag
    limbo,         \* t.Limbo: limbo[t][i] is bag i, in insertion order
    toFree,        \* RotateAndReclaim: the nodes of the bag being freed, still to free
    checkA,        \* CheckOne's local a (the announcement read)
    stallEpoch,    \* _stallWord[t]: the epoch of the blocking announcement last seen (0: none)
    stallCount,    \* _stallCount[t]
    hp,            \* the handle Protect returned (the local h)
    newNode,       \* the node allocated for the replacement
    (* history (ghost) variables for the invariants *)
    stale,         \* stale[t]: hp[t]'s slot was freed after t read it
    garbage,       \* garbage[t]: the payload t last read came from a freed slot
    doubleFree     \* set if a free slot is ever freed

reclaimerVars == <<epoch, announce, neutralized>>
sharedVars == <<head, freeList, nodeState>>
localVars == <<pc, localEpoch, checkNext, opsSinceCheck, currentBag, limbo, toFree, checkA,
               stallEpoch, stallCount, hp, newNode>>
ghostVars == <<stale, garbage, doubleFree>>
vars == <<reclaimerVars, sharedVars, localVars, ghostVars>>

IsSeqOf(s, S) == s \in Seq(S)

TypeOK ==
    /\ epoch \in 1..(MaxEpoch + 1)
    /\ announce \in [Threads -> Announcements]
    /\ neutralized \in [Threads -> BOOLEAN]
    /\ head \in Nodes
    /\ IsSeqOf(freeList, Nodes)
    /\ nodeState \in [Nodes -> {"free", "live", "retired"}]
    /\ pc \in [Threads -> Labels]
    /\ localEpoch \in [Threads -> Epochs]
    /\ checkNext \in [Threads -> 0..N]
    /\ opsSinceCheck \in [Threads -> 0..(CheckInterval - 1)]
    /\ currentBag \in [Threads -> 0..(BagCount - 1)]
    /\ limbo \in [Threads -> [Bags -> Seq(Nodes)]]
    /\ \A t \in Threads : IsSeqOf(toFree[t], Nodes)
    /\ checkA \in [Threads -> Announcements]
    /\ stallEpoch \in [Threads -> Epochs]
    /\ stallCount \in [Threads -> 0..StallThreshold]
    /\ hp \in [Threads -> Nodes \cup {Null}]
    /\ newNode \in [Threads -> Nodes \cup {Null}]
    /\ stale \in [Threads -> BOOLEAN]
    /\ garbage \in [Threads -> BOOLEAN]
    /\ doubleFree \in BOOLEAN

Init ==
    /\ epoch = 1
    /\ announce = [t \in Threads |-> [e |-> 1, q |-> TRUE]]     \* OnRegister
    /\ neutralized = [t \in Threads |-> FALSE]
    /\ head = 1                         \* the setup allocates slot 1 from the pool directly
    /\ freeList = [i \in 1..(Cardinality(Nodes) - 1) |-> i + 1]
    /\ nodeState = [n \in Nodes |-> IF n = 1 THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "begin_read_epoch"]
    /\ localEpoch = [t \in Threads |-> 1]
    /\ checkNext = [t \in Threads |-> 0]
    /\ opsSinceCheck = [t \in Threads |-> 0]
    /\ currentBag = [t \in Threads |-> 0]
    /\ limbo = [t \in Threads |-> [i \in Bags |-> <<>>]]
    /\ toFree = [t \in Threads |-> <<>>]
    /\ checkA = [t \in Threads |-> NoAnnouncement]
    /\ stallEpoch = [t \in Threads |-> 0]
    /\ stallCount = [t \in Threads |-> 0]
    /\ hp = [t \in Threads |-> Null]
    /\ newNode = [t \in Threads |-> Null]
    /\ stale = [t \in Threads |-> FALSE]
    /\ garbage = [t \in Threads |-> FALSE]
    /\ doubleFree = FALSE

-----------------------------------------------------------------------------
(* Helpers *)

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

(* NodePool.Free(handle): one atomic action.  A free slot freed again sets *)
(* doubleFree; every thread that read the slot's handle before now holds a *)
(* stale handle from here on.                                              *)
Free(n) ==
    /\ doubleFree' = (doubleFree \/ nodeState[n] = "free")
    /\ nodeState' = [nodeState EXCEPT ![n] = "free"]
    /\ freeList' = <<n>> \o freeList
StaleAfterFree(n) == [u \in Threads |-> stale[u] \/ hp[u] = n]

(* The operation's last step (the workload's `finally`: EndOperation).     *)
(* Plain DEBRA goes on to end_announce, which enters the quiescent state   *)
(* and resets the locals.  DEBRA+ keeps its announcement: EndOperation     *)
(* publishes nothing, so the step leads straight to the next operation's   *)
(* begin_read_flag and the operation's locals die here.  st, g: stale and  *)
(* garbage after the step, before the ending thread's are reset.          *)
Finish(t, st, g) ==
    IF Neutralize
      THEN /\ Goto(t, "begin_read_flag")
           /\ hp' = [hp EXCEPT ![t] = Null]
           /\ stale' = [st EXCEPT ![t] = FALSE]
           /\ garbage' = [g EXCEPT ![t] = FALSE]
      ELSE /\ Goto(t, "end_announce")
           /\ hp' = hp
           /\ stale' = st
           /\ garbage' = g

(* After the rotation in BeginOperation: clear the flag (DEBRA+), announce.*)
AfterRotate == IF Neutralize THEN "begin_clear_flag" ELSE "begin_announce"

(* The thread CheckOne examines.                                           *)
Checked(t) == checkNext[t] + 1

(* CheckOne's tail once thread Checked(t) passed: t.CheckNext++, and when  *)
(* every thread has passed, try to advance the epoch.                      *)
PassCheck(t) ==
    /\ checkNext' = [checkNext EXCEPT ![t] = @ + 1]
    /\ checkA' = [checkA EXCEPT ![t] = NoAnnouncement]
    /\ Goto(t, IF checkNext[t] + 1 = N THEN "check_cas_epoch" ELSE "protect_read_handle")

(* CheckOne returns without passing.                                       *)
FailCheck(t) ==
    /\ checkA' = [checkA EXCEPT ![t] = NoAnnouncement]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED checkNext

(* After the read of the node (and, with DEBRA+, a passing Validate): a    *)
(* writer goes on to replace the node, a reader ends its operation.        *)
(* g: garbage after the step.                                              *)
AfterAccess(t, g) ==
    IF t \in Writers
      THEN /\ Goto(t, "alloc")
           /\ garbage' = g
           /\ UNCHANGED <<hp, stale>>
      ELSE Finish(t, stale, g)

-----------------------------------------------------------------------------
(* BeginOperation *)

(* Every CheckInterval-th operation (++t.OpsSinceCheck reaching the       *)
(* interval, folded in here) runs CheckOne, which returns at once when    *)
(* every thread has already been checked in this epoch.                   *)
CheckDue(t) == opsSinceCheck[t] + 1 >= CheckInterval

(* The end of BeginOperation once the thread holds its announcement:      *)
(* CountOperation, then CheckOne or the operation.                        *)
AfterAnnounce(t) ==
    /\ opsSinceCheck' = [opsSinceCheck EXCEPT ![t] = IF CheckDue(t) THEN 0 ELSE @ + 1]
    /\ Goto(t, IF CheckDue(t) /\ checkNext[t] < N THEN "check_read_announce" ELSE "protect_read_handle")

(* DEBRA+, a thread that kept its announcement (every DEBRA+ thread after  *)
(* its first operation): a raised flag sends it down the announcing path.  *)
DebraBeginReadFlag(t) ==            \* FlagDown: _neutralized[t].Load(Acquire) == 0
    /\ pc[t] = "begin_read_flag"
    /\ Goto(t, IF neutralized[t] THEN "begin_read_epoch" ELSE "begin_read_epoch_kept")
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, hp, newNode, ghostVars>>

(* At begin_read_epoch_kept the announcement is kept and the flag was     *)
(* down: in the epoch it announced the thread publishes nothing (SeededBug *)
(* "keep": in any epoch, going on in its old one).  Otherwise, and at      *)
(* begin_read_epoch, it rotates if the epoch moved and announces.          *)
DebraBeginReadEpoch(t) ==           \* e = _epoch.Load; kept and e == t.LocalEpoch: CountOperation; else Announce: if (e != t.LocalEpoch) { ...; RotateAndReclaim }
    /\ pc[t] \in {"begin_read_epoch", "begin_read_epoch_kept"}
    /\ IF pc[t] = "begin_read_epoch_kept" /\ (epoch = localEpoch[t] \/ SeededBug = "keep")
         THEN /\ AfterAnnounce(t)
              /\ UNCHANGED <<localEpoch, checkNext, currentBag, toFree, limbo>>
         ELSE /\ UNCHANGED opsSinceCheck
              /\ IF epoch # localEpoch[t]
                   THEN LET b == (currentBag[t] + 1) % BagCount
                        IN /\ localEpoch' = [localEpoch EXCEPT ![t] = epoch]
                           /\ checkNext' = [checkNext EXCEPT ![t] = 0]
                           /\ currentBag' = [currentBag EXCEPT ![t] = b]
                           /\ toFree' = [toFree EXCEPT ![t] = limbo[t][b]]
                           /\ limbo' = [limbo EXCEPT ![t][b] = <<>>]
                           /\ Goto(t, IF limbo[t][b] # <<>> THEN "rotate_free" ELSE AfterRotate)
                   ELSE /\ Goto(t, AfterRotate)
                        /\ UNCHANGED <<localEpoch, checkNext, currentBag, toFree, limbo>>
    /\ UNCHANGED <<reclaimerVars, sharedVars, checkA, stallEpoch, stallCount, hp,
                   newNode, ghostVars>>

DebraRotateFree(t) ==               \* RotateAndReclaim: Pool.Free(t.Index, h) for each h of the bag
    /\ pc[t] = "rotate_free"
    /\ Free(Head(toFree[t]))
    /\ stale' = StaleAfterFree(Head(toFree[t]))
    /\ toFree' = [toFree EXCEPT ![t] = Tail(@)]
    /\ Goto(t, IF Tail(toFree[t]) = <<>> THEN AfterRotate ELSE "rotate_free")
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, head, localEpoch, checkNext, currentBag, limbo,
                   checkA, stallEpoch, stallCount, hp, newNode, garbage>>

DebraBeginClearFlag(t) ==           \* _neutralized[t].Store(0): restarting serves the neutralization
    /\ pc[t] = "begin_clear_flag"
    /\ neutralized' = [neutralized EXCEPT ![t] = FALSE]
    /\ Goto(t, "begin_announce")
    /\ UNCHANGED <<opsSinceCheck, epoch, announce, sharedVars, localEpoch, checkNext, currentBag,
                   limbo, toFree, checkA, stallEpoch, stallCount, hp, newNode, ghostVars>>

DebraBeginAnnounce(t) ==            \* _announce[t].Store(e << 1, SeqCst); every CheckInterval operations CheckOne(t, e) begins
    /\ pc[t] = "begin_announce"
    /\ announce' = [announce EXCEPT ![t] = [e |-> IF SeededBug = "ahead" THEN localEpoch[t] + 1 ELSE localEpoch[t],
                                             q |-> FALSE]]
    /\ AfterAnnounce(t)
    /\ UNCHANGED <<epoch, neutralized, sharedVars, localEpoch, checkNext, currentBag,
                   limbo, toFree, checkA, stallEpoch, stallCount, hp, newNode, ghostVars>>

-----------------------------------------------------------------------------
(* CheckOne(t, e): examine thread j = t.CheckNext.                         *)

DebraCheckReadAnnounce(t) ==        \* a = _announce[j].Load; passed if j == t.Index
    /\ pc[t] = "check_read_announce"
    /\ IF Checked(t) = t
         THEN PassCheck(t)
         ELSE /\ checkA' = [checkA EXCEPT ![t] = announce[Checked(t)]]
              /\ Goto(t, "check_registered")
              /\ UNCHANGED checkNext
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, currentBag, limbo, toFree,
                   stallEpoch, stallCount, hp, newNode, ghostVars>>

DebraCheckRegistered(t) ==          \* IsRegistered(j): _registered[j].Load (every thread is registered)
    /\ pc[t] = "check_registered"
    /\ IF checkA[t].q \/ checkA[t].e = localEpoch[t]
         THEN PassCheck(t)                           \* quiescent, or announcing e
         ELSE IF Neutralize
                THEN /\ Goto(t, "check_read_flag")
                     /\ UNCHANGED <<checkNext, checkA>>
                ELSE FailCheck(t)                    \* DEBRA: j blocks the epoch
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, currentBag, limbo, toFree,
                   stallEpoch, stallCount, hp, newNode, ghostVars>>

DebraCheckReadFlag(t) ==            \* _neutralized[j].Load; if j blocks, count the stall
    /\ pc[t] = "check_read_flag"
    /\ IF neutralized[Checked(t)]
         THEN /\ PassCheck(t)
              /\ UNCHANGED <<stallEpoch, stallCount>>
         ELSE LET count == IF checkA[t].e = stallEpoch[t] THEN stallCount[t] + 1 ELSE 1
              IN /\ stallEpoch' = [stallEpoch EXCEPT ![t] = checkA[t].e]
                 /\ stallCount' = [stallCount EXCEPT ![t] = count]
                 /\ IF count >= StallThreshold
                      THEN /\ Goto(t, "check_neutralize")
                           /\ UNCHANGED <<checkNext, checkA>>
                      ELSE FailCheck(t)
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, currentBag, limbo, toFree,
                   hp, newNode, ghostVars>>

DebraCheckNeutralize(t) ==          \* _neutralized[j].Store(1, SeqCst); j now counts as quiescent
    /\ pc[t] = "check_neutralize"
    /\ neutralized' = [neutralized EXCEPT ![Checked(t)] = TRUE]
    /\ stallCount' = [stallCount EXCEPT ![t] = 0]
    /\ PassCheck(t)
    /\ UNCHANGED <<opsSinceCheck, epoch, announce, sharedVars, localEpoch, currentBag, limbo, toFree,
                   stallEpoch, hp, newNode, ghostVars>>

DebraCheckCasEpoch(t) ==            \* _epoch.TryCompareExchange(e, e + 1) (SeededBug "rollback": on failure _epoch.Store(e))
    /\ pc[t] = "check_cas_epoch"
    /\ epoch' = IF epoch = localEpoch[t] THEN epoch + 1
              ELSE IF SeededBug = "rollback" THEN localEpoch[t] ELSE epoch
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<opsSinceCheck, announce, neutralized, sharedVars, localEpoch, checkNext, currentBag,
                   limbo, toFree, checkA, stallEpoch, stallCount, hp, newNode, ghostVars>>

-----------------------------------------------------------------------------
(* The operation *)

DebraProtectReadHandle(t) ==        \* Protect: h = cell.Load (DEBRA+: then Validate)
    /\ pc[t] = "protect_read_handle"
    /\ hp' = [hp EXCEPT ![t] = head]
    /\ stale' = [stale EXCEPT ![t] = FALSE]
    /\ Goto(t, IF Neutralize THEN "protect_validate" ELSE "access")
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, newNode, garbage, doubleFree>>

(* DEBRA+ only (DEBRA's Validate reads nothing).  A raised flag throws     *)
(* NeutralizedException: the value read is discarded and the workload's    *)
(* `finally` runs EndOperation, after which the operation restarts.        *)
(* SeededBug "resume": the validation after the node read (the public     *)
(* Validate; not Protect's) clears a raised flag and the operation goes on *)
(* with what it read, as if the flag had been down.                        *)
Resumes(t) == SeededBug = "resume" /\ pc[t] = "access_validate" /\ neutralized[t]

DebraValidate(t) ==                 \* _neutralized[t].Load(SeqCst)
    /\ pc[t] \in {"protect_validate", "access_validate"}
    /\ IF neutralized[t] /\ ~Resumes(t)
         THEN Finish(t, stale, [garbage EXCEPT ![t] = FALSE])
         ELSE IF pc[t] = "protect_validate"
                THEN /\ Goto(t, "access")
                     /\ UNCHANGED <<hp, stale, garbage>>
                ELSE AfterAccess(t, garbage)
    /\ neutralized' = IF Resumes(t) THEN [neutralized EXCEPT ![t] = FALSE] ELSE neutralized
    /\ UNCHANGED <<opsSinceCheck, epoch, announce, sharedVars, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, newNode, doubleFree>>

DebraAccess(t) ==                   \* the workload reads the payload of h
    /\ pc[t] = "access"
    /\ LET g == [garbage EXCEPT ![t] = stale[t] \/ nodeState[hp[t]] = "free"]
       IN IF Neutralize
            THEN /\ Goto(t, "access_validate")
                 /\ garbage' = g
                 /\ UNCHANGED <<hp, stale>>
            ELSE AfterAccess(t, g)
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, newNode, doubleFree>>

DebraAlloc(t) ==                    \* n = Allocate(t) = Pool.Allocate(t.Index)
    /\ pc[t] = "alloc"
    /\ freeList # <<>>
    /\ newNode' = [newNode EXCEPT ![t] = Head(freeList)]
    /\ freeList' = Tail(freeList)
    /\ nodeState' = [nodeState EXCEPT ![Head(freeList)] = "live"]
    /\ Goto(t, "cas_head")
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, head, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, hp, ghostVars>>

DebraAllocExhausted(t) ==           \* Pool.Allocate throws: the pool is empty
    /\ pc[t] = "alloc"
    /\ freeList = <<>>
    /\ Finish(t, stale, garbage)     \* the workload gives up the replacement
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, sharedVars, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount, newNode, doubleFree>>

(* The CAS compares generation-tagged handles: it fails if the slot of h   *)
(* was freed since it was read.  On success the thread retires h: Retire   *)
(* is thread-local in DEBRA (MarkRetired; t.Limbo[t.CurrentBag].Add(h)).   *)
DebraCasHead(t) ==                  \* head.TryCompareExchange(h, n); on success Retire(t, h)
    /\ pc[t] = "cas_head"
    /\ IF head = hp[t] /\ ~stale[t]
         THEN /\ head' = newNode[t]
              /\ newNode' = [newNode EXCEPT ![t] = Null]
              /\ nodeState' = [nodeState EXCEPT ![hp[t]] = "retired"]
              /\ limbo' = [limbo EXCEPT ![t][currentBag[t]] =
                              IF SeededBug = "double" THEN Append(Append(@, hp[t]), hp[t]) ELSE Append(@, hp[t])]
              /\ Finish(t, stale, garbage)
         ELSE /\ UNCHANGED <<head, newNode, nodeState, limbo, hp, stale, garbage>>
              /\ Goto(t, "discard")
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, freeList, localEpoch, checkNext, currentBag, toFree,
                   checkA, stallEpoch, stallCount, doubleFree>>

DebraDiscard(t) ==                  \* Pool.Free(t.Index, n): n was never published
    /\ pc[t] = "discard"
    /\ Free(newNode[t])
    /\ newNode' = [newNode EXCEPT ![t] = Null]
    /\ Finish(t, StaleAfterFree(newNode[t]), garbage)
    /\ UNCHANGED <<opsSinceCheck, reclaimerVars, head, localEpoch, checkNext, currentBag, limbo,
                   toFree, checkA, stallEpoch, stallCount>>

(* Plain DEBRA only (DEBRA+ keeps its announcement, see Finish).          *)
DebraEndAnnounce(t) ==              \* EndOperation: _announce[t].Store((LocalEpoch << 1) | Quiescent)
    /\ pc[t] = "end_announce"
    /\ announce' = [announce EXCEPT ![t] = [e |-> localEpoch[t], q |-> TRUE]]
    /\ Goto(t, "begin_read_epoch")
    /\ hp' = [hp EXCEPT ![t] = Null]
    /\ stale' = [stale EXCEPT ![t] = FALSE]
    /\ garbage' = [garbage EXCEPT ![t] = FALSE]
    /\ UNCHANGED <<opsSinceCheck, epoch, neutralized, sharedVars, localEpoch, checkNext, currentBag,
                   limbo, toFree, checkA, stallEpoch, stallCount, newNode, doubleFree>>

-----------------------------------------------------------------------------

Next ==
    \E t \in Threads :
        \/ DebraBeginReadFlag(t)
        \/ DebraBeginReadEpoch(t)
        \/ DebraRotateFree(t)
        \/ DebraBeginClearFlag(t)
        \/ DebraBeginAnnounce(t)
        \/ DebraCheckReadAnnounce(t)
        \/ DebraCheckRegistered(t)
        \/ DebraCheckReadFlag(t)
        \/ DebraCheckNeutralize(t)
        \/ DebraCheckCasEpoch(t)
        \/ DebraProtectReadHandle(t)
        \/ DebraValidate(t)
        \/ DebraAccess(t)
        \/ DebraAlloc(t)
        \/ DebraAllocExhausted(t)
        \/ DebraCasHead(t)
        \/ DebraDiscard(t)
        \/ DebraEndAnnounce(t)

Spec == Init /\ [][Next]_vars

(* State constraint: explore epochs up to MaxEpoch (the first state beyond *)
(* it is still checked against the invariants, but not expanded).          *)
EpochBound == epoch <= MaxEpoch

-----------------------------------------------------------------------------
(* Properties *)

Pending == Cardinality({n \in Nodes : nodeState[n] = "retired"})

(* No thread about to read its protected node holds a slot that is free or *)
(* was freed since it read the handle -- except a neutralized DEBRA+       *)
(* thread, whose read is harmless because NeutralizationSafety makes it    *)
(* discard the value.  With Neutralize = FALSE, neutralized is always      *)
(* FALSE: no exemption.                                                    *)
NoUseAfterFree ==
    \A t \in Threads :
        pc[t] = "access" /\ (nodeState[hp[t]] = "free" \/ stale[t]) => neutralized[t]

(* No slot is ever freed twice.                                            *)
NoDoubleFree == doubleFree = FALSE

(* A value read from a freed node is never used: whoever holds one is a    *)
(* DEBRA+ thread whose flag is up and whose very next step is Validate,    *)
(* which (the flag being cleared only by the thread itself) throws and     *)
(* discards the value.                                                     *)
NeutralizationSafety ==
    \A t \in Threads :
        garbage[t] => Neutralize /\ neutralized[t] /\ pc[t] = "access_validate"

(* Retired nodes not yet freed stay within MaxPending.                     *)
BoundedPending == Pending <= MaxPending

(* The epoch never goes back (an action property: PROPERTY EpochMonotonic).*)
EpochMonotonic == [][epoch' >= epoch]_epoch

(* Every announced and every local epoch is an epoch already reached.      *)
AnnouncementsBounded ==
    \A t \in Threads : announce[t].e <= epoch /\ localEpoch[t] <= epoch

THEOREM Spec => [](TypeOK /\ NoUseAfterFree /\ NoDoubleFree /\ NeutralizationSafety
                   /\ AnnouncementsBounded)
=============================================================================
