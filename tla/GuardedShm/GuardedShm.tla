----------------------------- MODULE GuardedShm -----------------------------
(***************************************************************************)
(* Guarded shared memory with pid tracking, as implemented by             *)
(* impl/src/Ipc/GuardedSharedMemory.cs over the names of ShmSegment.       *)
(*                                                                         *)
(* A named segment holds a table of Slots pid slots (0 = free).  A user    *)
(* process creates the name, or, if it exists, opens it and attaches by    *)
(* claiming a slot with a CAS from 0 or from a dead process's pid.  An     *)
(* attached process then either crashes (its pid stays behind) or          *)
(* detaches: it clears its slot with a CAS from its pid, scans the table   *)
(* for a live pid and, finding none, competes for the segment's unlink     *)
(* claim (a CAS from 0 to 1); the winner removes the name if it still      *)
(* refers to the same segment (incarnation).  A cleaner runs               *)
(* CleanupIfAbandoned: open, scan, claim, check, unlink (a segment never   *)
(* published is scanned only if its creator, whose pid the creator writes  *)
(* to slot 0 before publishing, died first).  An operator                   *)
(* removes the name from outside (rm /dev/shm/name) and then behaves as a  *)
(* user, so a newer incarnation can appear under the name.                 *)
(*                                                                         *)
(* Segments are numbered 1, 2, ... in creation order (the simulated        *)
(* namespace's object numbers, which the implementation also stores as    *)
(* incarnation id).  Processes are numbered 1..N: users, then cleaners,    *)
(* then operators.                                                         *)
(*                                                                         *)
(* Step granularity: one action per shared access (a slot, the claim word, *)
(* or one name operation), named after it, pc[p] the label of the next    *)
(* step.  Two actions fold reads of fields that never change once         *)
(* published: OpenAttach / CleanupOpen (the name lookup, then the header's *)
(* magic, size and slot count) and Create (the name, then the creator's    *)
(* private initialization before it publishes).  A process's death is one  *)
(* action of its own; a slot's liveness check is part of the slot read     *)
(* (the controlled build has no scheduling point between them).           *)
(* The code marks each pc value with StepLabel.At("<pc>") (Checker.Label   *)
(* in the replay workload).                                                *)
(*                                                                         *)
(* Invariants: SlotsValid, AttachedHoldSlot, NoEarlyUnlink.  Benign race:  *)
(* a process that attaches after the last detacher's scan read its slot    *)
(* may find the name removed under it (NoEarlyUnlink judges only           *)
(* processes attached when the scan began).                                *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Users,          \* processes that create-or-attach, then detach or crash
    Cleaners,       \* processes that run CleanupIfAbandoned once
    Operators,      \* processes that remove the name, then act as users
    Slots,          \* pid slots per segment
    Crashes,        \* TRUE: an attached user may crash instead of detaching
    ClearSlot,      \* TRUE: the implementation; FALSE: SeededBug.GuardedShmDetachSkipsClear
    CheckLiveness,  \* TRUE: the implementation; FALSE: SeededBug.GuardedShmAttachOverLivePid
    Claim,          \* TRUE: the implementation; FALSE: SeededBug.GuardedShmUnlinkWithoutClaim
    CheckIncarnation \* TRUE: the implementation; FALSE: SeededBug.GuardedShmUnlinkWithoutIncarnationCheck

Procs == Users \cup Cleaners \cup Operators
Creators == Users \cup Operators
N == Cardinality(Procs)

ASSUME ProcsAssumption ==
    /\ Procs = 1..N /\ Users # {}
    /\ Users \cap Cleaners = {} /\ Users \cap Operators = {} /\ Cleaners \cap Operators = {}
ASSUME SlotsAssumption == Slots \in Nat \ {0}
ASSUME BoolAssumption == {Crashes, ClearSlot, CheckLiveness, Claim, CheckIncarnation} \subseteq BOOLEAN

Segs == 1..Cardinality(Creators)    \* each creator creates at most once
SlotIds == 1..Slots     \* slot i is the implementation's slot i - 1

Labels == {"operator_unlink", "create", "publish", "attach_open", "attach_load", "attach_cas", "attached",
           "cleanup_open", "cleanup_creator", "scan", "claim", "check_open", "check_incarnation", "unlink", "done"}

VARIABLES
    name,       \* the segment the name refers to, 0 = none
    created,    \* segments created so far (the newest is number created)
    published,  \* published[s]: the creator wrote the header's magic
    slot,       \* slot[s][i]: the process in pid slot i (table index i - 1), 0 = free
    claimed,    \* claimed[s]: the header's unlink claim word is 1
    alive,      \* alive[p]: process p has not crashed
    pc,         \* label of each process's next step
    seg,        \* local: the segment p opened (its mapping)
    idx,        \* local: the slot p reads next (attach and scan loops)
    seen,       \* local: the value the attach loop read in slot idx
    mine,       \* local: p's slot in seg, 0 = none
    holds,      \* history: <<s, i>> while p is attached at slot i of s, else <<0, 0>>
    scanSeg,    \* history: the segment of p's last liveness scan (0 = none)
    scanLive,   \* history: the live processes attached to scanSeg[p] when that scan began
    removed     \* history: the segment whose name p removed (0 = none)

vars == <<name, created, published, slot, claimed, alive, pc, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

None == <<0, 0>>

TypeOK ==
    /\ name \in {0} \cup Segs
    /\ created \in 0..Cardinality(Creators)
    /\ published \in [Segs -> BOOLEAN]
    /\ slot \in [Segs -> [SlotIds -> {0} \cup Procs]]
    /\ claimed \in [Segs -> BOOLEAN]
    /\ alive \in [Procs -> BOOLEAN]
    /\ pc \in [Procs -> Labels]
    /\ seg \in [Procs -> {0} \cup Segs]
    /\ idx \in [Procs -> 1..(Slots + 1)]
    /\ seen \in [Procs -> 0..N]
    /\ mine \in [Procs -> {0} \cup SlotIds]
    /\ holds \in [Procs -> {None} \cup (Segs \X SlotIds)]
    /\ scanSeg \in [Procs -> {0} \cup Segs]
    /\ scanLive \in [Procs -> SUBSET Procs]
    /\ removed \in [Procs -> {0} \cup Segs]

Init ==
    /\ name = 0
    /\ created = 0
    /\ published = [s \in Segs |-> FALSE]
    /\ slot = [s \in Segs |-> [i \in SlotIds |-> 0]]
    /\ claimed = [s \in Segs |-> FALSE]
    /\ alive = [p \in Procs |-> TRUE]
    /\ pc = [p \in Procs |-> IF p \in Users THEN "create" ELSE IF p \in Cleaners THEN "cleanup_open" ELSE "operator_unlink"]
    /\ seg = [p \in Procs |-> 0]
    /\ idx = [p \in Procs |-> 1]
    /\ seen = [p \in Procs |-> 0]
    /\ mine = [p \in Procs |-> 0]
    /\ holds = [p \in Procs |-> None]
    /\ scanSeg = [p \in Procs |-> 0]
    /\ scanLive = [p \in Procs |-> {}]
    /\ removed = [p \in Procs |-> 0]

Goto(p, l) == pc' = [pc EXCEPT ![p] = l]

(* The processes attached to segment s and alive: what a scan beginning now must not miss. *)
LiveAttached(s) == {q \in Procs : alive[q] /\ holds[q][1] = s}

(* Slot value v stops an attach (CheckLiveness) or a scan: a live process's pid. *)
Live(v) == v # 0 /\ alive[v]

(* The slot a scan skips: the detacher's own, under the seeded defect that leaves it uncleared. *)
SkipOf(p) == IF ClearSlot THEN 0 ELSE mine[p]

(* The first slot a scan reads at or after i (past the skipped one). *)
ScanFrom(p, i) == IF i = SkipOf(p) THEN i + 1 ELSE i

(* Begin the liveness scan of p's segment s: the next step reads the first slot (or the claim). *)
BeginScan(p, s) ==
    /\ scanSeg' = [scanSeg EXCEPT ![p] = s]
    /\ scanLive' = [scanLive EXCEPT ![p] = LiveAttached(s)]
    /\ idx' = [idx EXCEPT ![p] = ScanFrom(p, 1)]
    /\ Goto(p, IF ScanFrom(p, 1) <= Slots THEN "scan" ELSE "claim")

-----------------------------------------------------------------------------
(* Create or attach *)

(* The operator's removal from outside.  Nothing makes a name check and unlink(2) one atomic step: *)
(* a removal between a claim winner's check and its unlink makes it remove a newer incarnation     *)
(* (MC_Operator.cfg shows it; GuardedSharedMemory documents it).                                   *)
OperatorUnlink(p) ==                \* ShmSegment.Unlink(name) (the operator's)  GuardedShm.cs scenario
    /\ pc[p] = "operator_unlink"
    /\ name' = 0
    /\ Goto(p, "create")
    /\ UNCHANGED <<created, published, slot, claimed, alive, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

(* Creating the name folds the creator's private initialization: sizes, incarnation, and its pid in slot 0 *)
(* (a release store), so that a creator that dies before publishing leaves its pid behind.               *)
Create(p) ==                        \* ShmSegment.CreateNamed (exclusive); Initialize  GuardedSharedMemory.cs
    /\ pc[p] = "create"
    /\ IF name = 0
         THEN /\ created' = created + 1
              /\ name' = created + 1
              /\ seg' = [seg EXCEPT ![p] = created + 1]
              /\ slot' = [slot EXCEPT ![created + 1][1] = p]
              /\ mine' = [mine EXCEPT ![p] = 1]
              /\ holds' = [holds EXCEPT ![p] = <<created + 1, 1>>]
              /\ Goto(p, "publish")
         ELSE /\ Goto(p, "attach_open")
              /\ UNCHANGED <<created, name, seg, slot, mine, holds>>
    /\ UNCHANGED <<published, claimed, alive, idx, seen, scanSeg, scanLive, removed>>

Publish(p) ==                       \* magic := GuardMagic                         GuardedSharedMemory.cs
    /\ pc[p] = "publish"
    /\ published' = [published EXCEPT ![seg[p]] = TRUE]
    /\ Goto(p, "attached")
    /\ UNCHANGED <<name, created, slot, claimed, alive, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

OpenAttach(p) ==                    \* ShmSegment.OpenNamed + header checks       GuardedSharedMemory.cs
    /\ pc[p] = "attach_open"
    /\ IF name # 0 /\ published[name]
         THEN /\ seg' = [seg EXCEPT ![p] = name]
              /\ idx' = [idx EXCEPT ![p] = 1]
              /\ Goto(p, "attach_load")
         ELSE /\ Goto(p, "done")    \* not found, or not yet published
              /\ UNCHANGED <<seg, idx>>
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seen, mine, holds, scanSeg, scanLive, removed>>

Claimable(p, v) == v = 0 \/ (v # p /\ (~CheckLiveness \/ ~alive[v]))

(* After slot idx[p] could not be had: the next slot, or the table is full. *)
NextAttachSlot(p) ==
    /\ idx' = [idx EXCEPT ![p] = @ + 1]
    /\ Goto(p, IF idx[p] + 1 <= Slots THEN "attach_load" ELSE "done")

AttachLoad(p) ==                    \* p = Slot(i).Load(); liveness check         GuardedSharedMemory.cs
    /\ pc[p] = "attach_load"
    /\ LET v == slot[seg[p]][idx[p]]
       IN IF Claimable(p, v)
            THEN /\ seen' = [seen EXCEPT ![p] = v]
                 /\ Goto(p, "attach_cas")
                 /\ UNCHANGED idx
            ELSE /\ NextAttachSlot(p)
                 /\ UNCHANGED seen
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seg, mine, holds, scanSeg, scanLive, removed>>

AttachCas(p) ==                     \* Slot(i).CompareExchange(seen, pid)         GuardedSharedMemory.cs
    /\ pc[p] = "attach_cas"
    /\ IF slot[seg[p]][idx[p]] = seen[p]
         THEN /\ slot' = [slot EXCEPT ![seg[p]][idx[p]] = p]
              /\ mine' = [mine EXCEPT ![p] = idx[p]]
              /\ holds' = [holds EXCEPT ![p] = <<seg[p], idx[p]>>]
              /\ Goto(p, "attached")
              /\ UNCHANGED idx
         ELSE /\ NextAttachSlot(p)
              /\ UNCHANGED <<slot, mine, holds>>
    /\ UNCHANGED <<name, created, published, claimed, alive, seg, seen, scanSeg, scanLive, removed>>

-----------------------------------------------------------------------------
(* Crash or detach *)

(* An attached process dies, or a creator dies before publishing (SimulatedIpc.CrashPoint in Create). *)
Crash(p) ==                         \* SimulatedIpc.Crash()                       SimulatedIpc.cs
    /\ pc[p] \in {"attached", "publish"}
    /\ Crashes
    /\ alive' = [alive EXCEPT ![p] = FALSE]
    /\ Goto(p, "done")
    /\ UNCHANGED <<name, created, published, slot, claimed, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

DetachClear(p) ==                   \* Slot(mine).CompareExchange(pid, 0)         GuardedSharedMemory.cs
    /\ pc[p] = "attached"           \* bug: no clear; the scan skips mine
    /\ holds' = [holds EXCEPT ![p] = None]
    /\ IF ClearSlot
         THEN /\ slot' = IF slot[seg[p]][mine[p]] = p THEN [slot EXCEPT ![seg[p]][mine[p]] = 0] ELSE slot
         ELSE UNCHANGED slot
    /\ BeginScan(p, seg[p])
    /\ UNCHANGED <<name, created, published, claimed, alive, seg, seen, mine, removed>>

(* A segment never published is abandoned only if its creator, whose pid is in slot 0, is dead. *)
CleanupOpen(p) ==                   \* ShmSegment.OpenNamed + header checks       GuardedSharedMemory.cs
    /\ pc[p] = "cleanup_open"
    /\ IF name # 0
         THEN /\ seg' = [seg EXCEPT ![p] = name]
              /\ IF published[name]
                   THEN BeginScan(p, name)
                   ELSE /\ Goto(p, "cleanup_creator")
                        /\ UNCHANGED <<idx, scanSeg, scanLive>>
         ELSE /\ Goto(p, "done")
              /\ UNCHANGED <<seg, idx, scanSeg, scanLive>>
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seen, mine, holds, removed>>

CleanupCreator(p) ==                \* creator = Slot(0).Load(); live?            GuardedSharedMemory.cs
    /\ pc[p] = "cleanup_creator"
    /\ LET v == slot[seg[p]][1]
       IN IF v = 0 \/ Live(v)
            THEN /\ Goto(p, "done")
                 /\ UNCHANGED <<idx, scanSeg, scanLive>>
            ELSE BeginScan(p, seg[p])
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seg, seen, mine, holds, removed>>

Scan(p) ==                          \* v = Slot(i).Load(); live?                  GuardedSharedMemory.cs
    /\ pc[p] = "scan"
    /\ LET v == slot[seg[p]][idx[p]]
           next == ScanFrom(p, idx[p] + 1)
       IN IF Live(v)
            THEN /\ Goto(p, "done")
                 /\ UNCHANGED idx
            ELSE /\ idx' = [idx EXCEPT ![p] = next]
                 /\ Goto(p, IF next <= Slots THEN "scan" ELSE "claim")
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seg, seen, mine, holds, scanSeg, scanLive, removed>>

ClaimStep(p) ==                     \* claim.CompareExchange(0, 1)                GuardedSharedMemory.cs
    /\ pc[p] = "claim"
    /\ IF ~Claim
         THEN /\ Goto(p, IF CheckIncarnation THEN "check_open" ELSE "unlink")
              /\ UNCHANGED claimed
       ELSE IF claimed[seg[p]]
         THEN /\ Goto(p, "done")
              /\ UNCHANGED claimed
         ELSE /\ claimed' = [claimed EXCEPT ![seg[p]] = TRUE]
              /\ Goto(p, IF CheckIncarnation THEN "check_open" ELSE "unlink")
    /\ UNCHANGED <<name, created, published, slot, alive, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

(* check_open opens the name (found: its segment is the local the next step reads); *)
(* check_incarnation compares the incarnation stored in that segment with ours.      *)
CheckOpen(p) ==                     \* ShmSegment.OpenNamed(name)                 GuardedSharedMemory.cs
    /\ pc[p] = "check_open"
    /\ IF name # 0
         THEN /\ seen' = [seen EXCEPT ![p] = name]
              /\ Goto(p, "check_incarnation")
         ELSE /\ Goto(p, "done")
              /\ UNCHANGED seen
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seg, idx, mine, holds, scanSeg, scanLive, removed>>

CheckIncarnationStep(p) ==          \* now.Int64At(incarnation).Load()            GuardedSharedMemory.cs
    /\ pc[p] = "check_incarnation"
    /\ Goto(p, IF seen[p] = seg[p] THEN "unlink" ELSE "done")
    /\ UNCHANGED <<name, created, published, slot, claimed, alive, seg, idx, seen, mine, holds, scanSeg, scanLive, removed>>

Unlink(p) ==                        \* ShmSegment.Unlink(name)                    GuardedSharedMemory.cs
    /\ pc[p] = "unlink"
    /\ name' = 0
    /\ removed' = [removed EXCEPT ![p] = name]
    /\ Goto(p, "done")
    /\ UNCHANGED <<created, published, slot, claimed, alive, seg, idx, seen, mine, holds, scanSeg, scanLive>>

-----------------------------------------------------------------------------
(* Invariants *)

(* A slot holds 0, a dead process, or the process attached there. *)
SlotsValid ==
    \A s \in Segs, i \in SlotIds :
        LET v == slot[s][i] IN v = 0 \/ ~alive[v] \/ holds[v] = <<s, i>>

(* A live attached process holds its slot. *)
AttachedHoldSlot ==
    \A p \in Procs : holds[p] # None /\ alive[p] => slot[holds[p][1]][holds[p][2]] = p

(* A removal follows a scan of the same segment, and no process alive and attached when that scan *)
(* began is still alive and attached to it.                                                      *)
NoEarlyUnlink ==
    \A p \in Procs : removed[p] # 0 =>
        /\ removed[p] = scanSeg[p]
        /\ \A q \in scanLive[p] : ~(alive[q] /\ holds[q][1] = scanSeg[p])

-----------------------------------------------------------------------------

Terminating ==
    /\ \A p \in Procs : pc[p] = "done"
    /\ UNCHANGED vars

Next ==
    \/ \E p \in Procs :
           \/ OperatorUnlink(p)
           \/ Create(p)
           \/ Publish(p)
           \/ OpenAttach(p)
           \/ AttachLoad(p)
           \/ AttachCas(p)
           \/ Crash(p)
           \/ DetachClear(p)
           \/ CleanupOpen(p)
           \/ CleanupCreator(p)
           \/ Scan(p)
           \/ ClaimStep(p)
           \/ CheckOpen(p)
           \/ CheckIncarnationStep(p)
           \/ Unlink(p)
    \/ Terminating

Spec == Init /\ [][Next]_vars

=============================================================================
