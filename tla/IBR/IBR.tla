-------------------------------- MODULE IBR --------------------------------
(***************************************************************************)
(* 2GE interval-based memory reclamation (2GE-IBR) as implemented by       *)
(* Weft.Reclamation.IbrReclaimer (impl/src/Reclamation/IbrReclaimer.cs):   *)
(*                                                                         *)
(*   H. Wen, J. Izraelevitz, W. Cai, H. A. Beadle and M. L. Scott,         *)
(*   "Interval-Based Memory Reclamation", PPoPP 2018.                      *)
(*                                                                         *)
(* The workload is a single root cell `head` holding a node of a           *)
(* Weft.Memory.NodePool.  Every thread repeats one operation:              *)
(*                                                                         *)
(*   BeginOperation; h := Protect(head); read the payload of h;            *)
(*   [writers only] n := Allocate; CAS head from h to n;                   *)
(*     on success Retire(h) (which may Scan), on failure free n;           *)
(*   EndOperation                                                          *)
(*                                                                         *)
(* Kept reservations.  EndOperation publishes nothing: a thread keeps the  *)
(* reservation of its last operation, and BeginOperation publishes [e, e]  *)
(* only when the kept one is not already exactly [e, e] for the era e it   *)
(* reads.  EndOperation has no shared-memory step, so the last step of an  *)
(* operation goes straight back to "begin_read_era" (EndOp).               *)
(*                                                                         *)
(* Step granularity.  The spec mirrors the implementation one shared-      *)
(* memory access (one scheduling point of the controlled build) per        *)
(* action: every action is named after the step and takes the thread as    *)
(* parameter, and pc[t] holds the label of the next step.  Thread-local    *)
(* computation and plain (non-atomic) array accesses are folded into the   *)
(* atomic step they follow.  Two abstractions, documented in README.md:    *)
(*  - NodePool.Allocate and NodePool.Free are each one atomic action (the  *)
(*    pool is a linearizable free list of its own; the replay runs a pool  *)
(*    call as a unit);                                                     *)
(*  - locals that are dead (e.g. after EndOperation) are reset to 0, to    *)
(*    keep the state space small; the refinement mapping does the same.    *)
(*    A freed node keeps its birth and retire eras, as the arrays do.      *)
(*                                                                         *)
(* Eras are bounded by the state constraint EraBound; Infinity stands for  *)
(* long.MaxValue.  Threads and Nodes are 1..N: thread t is                 *)
(* ReclaimerThread.Index t-1, node n is pool slot n-1 (handle low word n). *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Threads,          \* the registered threads, 1..N (scanned in this order)
    Writers,          \* the threads that replace the head node in every operation (the others only read it)
    Nodes,            \* the pool's slots, 1..K; slot 1 initially holds the head node
    EpochFreq,        \* WeftConfig.EpochFrequency: a thread bumps the era every EpochFreq allocations
    RetireThreshold,  \* WeftConfig.RetireThreshold: a thread scans every RetireThreshold retirements
    MaxEra,           \* the largest era explored (state constraint EraBound)
    SeededBug         \* "none", or a seeded defect (WeftConfig.SeededBug): "age" (IbrFreeByAge): Scan frees by
                      \* age (retire era < the era it reads), ignoring reservations; "ahead" (IbrReserveAhead):
                      \* BeginOperation reserves upper = era + 1; "rollback" (IbrEraRollback): the era bump stores
                      \* upperSeen + 1 instead of incrementing; "double" (DoubleRetire): Retire files the node twice

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME WritersAssumption == Writers \subseteq Threads
ASSUME NodesAssumption   == Cardinality(Nodes) >= 2 /\ Nodes = 1..Cardinality(Nodes)
ASSUME EpochFreqAssumption       == EpochFreq \in Nat \ {0}
ASSUME RetireThresholdAssumption == RetireThreshold \in Nat \ {0}
ASSUME MaxEraAssumption  == MaxEra \in Nat \ {0}
ASSUME SeededBugAssumption == SeededBug \in {"none", "age", "ahead", "rollback", "double"}

N == Cardinality(Threads)
Null == 0                       \* NodePool.Null
Infinity == 2147483647          \* IbrReclaimer.Infinity (long.MaxValue)
Eras == 0..(MaxEra + 1)         \* era values in explored states (0: a never-written _birth/_retire slot)
Reservations == (1..(MaxEra + 1)) \cup {Infinity}
Bags == 0..2                    \* the three limbo lists, by retire era mod 3

Labels == {"begin_read_era", "begin_store_lower", "begin_store_upper",
           "protect_read_handle", "protect_read_era", "protect_store_upper",
           "access", "alloc", "alloc_pool", "alloc_birth", "cas_head", "discard",
           "retire", "scan_lower", "scan_upper", "scan_free"}

VARIABLES
    (* shared state of IbrReclaimer *)
    era,          \* _era
    lower,        \* lower[t] = _lower[t * Stride]
    upper,        \* upper[t] = _upper[t * Stride]
    birth,        \* birth[n] = _birth[n - 1]
    retireEra,    \* retireEra[n] = _retire[n - 1]
    scanLower,    \* scanLower[t][j] = t.ScanLower[j]: thread t's snapshot of lower[j] (one array per scanning thread)
    scanUpper,    \* scanUpper[t][j] = t.ScanUpper[j]: likewise for upper[j]
    (* shared state of the workload and the pool *)
    head,         \* the root cell
    freeList,     \* the pool's free list, first element = next slot Allocate returns (LIFO)
    nodeState,    \* "free" | "live" | "retired" (controlled NodePool._free, plus MarkRetired)
    (* per-thread state *)
    pc,           \* label of the thread's next step
    eraRead,      \* the local e of BeginOperation/Protect
    upperSeen,    \* t.UpperSeen
    hp,           \* the handle Protect returned (the local h)
    newNode,      \* the node allocated for the replacement
    allocs,       \* t.Allocations mod EpochFreq
    retiredCount, \* t.RetiredSinceScan
    limbo,        \* t.Limbo: limbo[t][i] is list i, in insertion order
    scanNext,     \* j of Scan's reservation loop (1-based)
    scanQueue,    \* Scan's free loop: the limbo nodes still to examine; its head is the next node to free
    scanEra,      \* SeededBug = "age": the era Scan read after its snapshot (the local eraNow); else 0
    (* history (ghost) variables for the invariants *)
    stale,        \* stale[t]: hp[t]'s slot was freed after t read it (its generation tag moved on)
    doubleFree    \* set if a free slot is ever freed

reclaimerVars == <<era, lower, upper, birth, retireEra, scanLower, scanUpper>>
sharedVars == <<head, freeList, nodeState>>
localVars == <<pc, eraRead, upperSeen, hp, newNode, allocs, retiredCount, limbo, scanNext, scanQueue, scanEra>>
ghostVars == <<stale, doubleFree>>
vars == <<reclaimerVars, sharedVars, localVars, ghostVars>>

IsSeqOf(s, S) == s \in Seq(S)

TypeOK ==
    /\ era \in 1..(MaxEra + 1)
    /\ lower \in [Threads -> Reservations]
    /\ upper \in [Threads -> Reservations]
    /\ birth \in [Nodes -> Eras]
    /\ retireEra \in [Nodes -> Eras]
    /\ scanLower \in [Threads -> [Threads -> Reservations \cup {0}]]
    /\ scanUpper \in [Threads -> [Threads -> Reservations \cup {0}]]
    /\ head \in Nodes
    /\ IsSeqOf(freeList, Nodes)
    /\ nodeState \in [Nodes -> {"free", "live", "retired"}]
    /\ pc \in [Threads -> Labels]
    /\ eraRead \in [Threads -> Eras]
    /\ upperSeen \in [Threads -> Eras]
    /\ hp \in [Threads -> Nodes \cup {Null}]
    /\ newNode \in [Threads -> Nodes \cup {Null}]
    /\ allocs \in [Threads -> 0..(EpochFreq - 1)]
    /\ retiredCount \in [Threads -> 0..(RetireThreshold - 1)]
    /\ limbo \in [Threads -> [Bags -> Seq(Nodes)]]
    /\ scanNext \in [Threads -> Threads]
    /\ \A t \in Threads : IsSeqOf(scanQueue[t], Nodes)
    /\ scanEra \in [Threads -> Eras]
    /\ stale \in [Threads -> BOOLEAN]
    /\ doubleFree \in BOOLEAN

Init ==
    /\ era = 1
    /\ lower = [t \in Threads |-> Infinity]
    /\ upper = [t \in Threads |-> Infinity]
    /\ birth = [n \in Nodes |-> 0]          \* the setup allocates slot 1 from the pool directly
    /\ retireEra = [n \in Nodes |-> 0]
    /\ scanLower = [t \in Threads |-> [j \in Threads |-> 0]]
    /\ scanUpper = [t \in Threads |-> [j \in Threads |-> 0]]
    /\ head = 1
    /\ freeList = [i \in 1..(Cardinality(Nodes) - 1) |-> i + 1]
    /\ nodeState = [n \in Nodes |-> IF n = 1 THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "begin_read_era"]
    /\ eraRead = [t \in Threads |-> 0]
    /\ upperSeen = [t \in Threads |-> 0]
    /\ hp = [t \in Threads |-> Null]
    /\ newNode = [t \in Threads |-> Null]
    /\ allocs = [t \in Threads |-> 0]
    /\ retiredCount = [t \in Threads |-> 0]
    /\ limbo = [t \in Threads |-> [i \in Bags |-> <<>>]]
    /\ scanNext = [t \in Threads |-> 1]
    /\ scanQueue = [t \in Threads |-> <<>>]
    /\ scanEra = [t \in Threads |-> 0]
    /\ stale = [t \in Threads |-> FALSE]
    /\ doubleFree = FALSE

-----------------------------------------------------------------------------
(* Helpers *)

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

(* The step to label l; l = "begin_read_era" ends the operation: EndOperation *)
(* publishes nothing (the reservation is kept), the operation's locals die.  *)
(* st: the stale flags after the step, before the ending thread's is reset.  *)
Step(t, l, st) ==
    /\ Goto(t, l)
    /\ eraRead' = IF l = "begin_read_era" THEN [eraRead EXCEPT ![t] = 0] ELSE eraRead
    /\ hp' = IF l = "begin_read_era" THEN [hp EXCEPT ![t] = Null] ELSE hp
    /\ stale' = IF l = "begin_read_era" THEN [st EXCEPT ![t] = FALSE] ELSE st

(* NodePool.Free(handle): one atomic action (see the header).  A free slot *)
(* freed again sets doubleFree; every thread that read the slot's handle   *)
(* before now holds a stale handle from here on (StaleAfterFree).          *)
Free(n) ==
    /\ doubleFree' = (doubleFree \/ nodeState[n] = "free")
    /\ nodeState' = [nodeState EXCEPT ![n] = "free"]
    /\ freeList' = <<n>> \o freeList
StaleAfterFree(n) == [u \in Threads |-> stale[u] \/ hp[u] = n]

(* Scan's test for one limbo node against the reservation snapshot.        *)
Reserved(n, sl, su) == \E j \in Threads : sl[j] <= retireEra[n] /\ birth[n] <= su[j]
Freeable(n, sl, su, se) ==
    IF SeededBug = "age" THEN retireEra[n] < se       \* reserved = retire >= eraNow, reservations ignored
                         ELSE ~Reserved(n, sl, su)

(* Scan's free loop runs thread-locally from one Pool.Free to the next:    *)
(* SkipKept drops the nodes it keeps, up to the next node it frees.        *)
RECURSIVE SkipKept(_, _, _, _)
SkipKept(q, sl, su, se) ==
    IF q = <<>> THEN q
    ELSE IF Freeable(Head(q), sl, su, se) THEN q
    ELSE SkipKept(Tail(q), sl, su, se)

AllLimbo(t) == limbo[t][0] \o limbo[t][1] \o limbo[t][2]

-----------------------------------------------------------------------------
(* BeginOperation *)

(* The kept reservation is [era, era] already: nothing to publish (lower  *)
(* and upperSeen are the thread's own: t.LowerSeen and t.UpperSeen).       *)
IbrBeginReadEra(t) ==                       \* e = _era.Load; if (e == t.LowerSeen && e == t.UpperSeen) return
    /\ pc[t] = "begin_read_era"
    /\ eraRead' = [eraRead EXCEPT ![t] = era]
    /\ Goto(t, IF lower[t] = era /\ upperSeen[t] = era THEN "protect_read_handle" ELSE "begin_store_upper")
    /\ UNCHANGED <<reclaimerVars, sharedVars, upperSeen, hp, newNode, allocs,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, ghostVars>>

(* Upper first: until lower is stored the reservation is [+inf, e], empty, *)
(* so a thread stalled between the two stores blocks no reclamation, or    *)
(* [kept lower, e], a superset of the kept and of the new reservation.     *)
IbrBeginStoreUpper(t) ==                    \* _upper[t].Store(e); t.UpperSeen = e
    /\ pc[t] = "begin_store_upper"
    /\ upper' = [upper EXCEPT ![t] = IF SeededBug = "ahead" THEN eraRead[t] + 1 ELSE eraRead[t]]
    /\ upperSeen' = [upperSeen EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "begin_store_lower")
    /\ UNCHANGED <<era, lower, birth, retireEra, scanLower, scanUpper, sharedVars,
                   eraRead, hp, newNode, allocs, retiredCount, limbo, scanNext,
                   scanQueue, scanEra, ghostVars>>

IbrBeginStoreLower(t) ==                    \* _lower[t].Store(e, SeqCst); t.LowerSeen = e
    /\ pc[t] = "begin_store_lower"
    /\ lower' = [lower EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<era, upper, birth, retireEra, scanLower, scanUpper, sharedVars,
                   eraRead, upperSeen, hp, newNode, allocs, retiredCount, limbo,
                   scanNext, scanQueue, scanEra, ghostVars>>

(* Protect(head): read the handle, read the era; if the era moved, raise   *)
(* the reservation's upper end and read again.                             *)

IbrProtectReadHandle(t) ==                  \* h = cell.Load
    /\ pc[t] = "protect_read_handle"
    /\ hp' = [hp EXCEPT ![t] = head]
    /\ stale' = [stale EXCEPT ![t] = FALSE]
    /\ Goto(t, "protect_read_era")
    /\ UNCHANGED <<reclaimerVars, sharedVars, eraRead, upperSeen, newNode, allocs,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, doubleFree>>

IbrProtectReadEra(t) ==                     \* e = _era.Load; if (e == t.UpperSeen) return h
    /\ pc[t] = "protect_read_era"
    /\ eraRead' = [eraRead EXCEPT ![t] = era]
    /\ Goto(t, IF era = upperSeen[t] THEN "access" ELSE "protect_store_upper")
    /\ UNCHANGED <<reclaimerVars, sharedVars, upperSeen, hp, newNode, allocs,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, ghostVars>>

IbrProtectStoreUpper(t) ==                  \* _upper[t].Store(e, SeqCst); t.UpperSeen = e
    /\ pc[t] = "protect_store_upper"
    /\ upper' = [upper EXCEPT ![t] = eraRead[t]]
    /\ upperSeen' = [upperSeen EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<era, lower, birth, retireEra, scanLower, scanUpper, sharedVars,
                   eraRead, hp, newNode, allocs, retiredCount, limbo, scanNext,
                   scanQueue, scanEra, ghostVars>>

(* The workload dereferences the protected node; a writer then goes on to  *)
(* replace it, a reader ends its operation.                                *)

IbrAccess(t) ==                             \* pool.Payload(h)
    /\ pc[t] = "access"
    /\ Step(t, IF t \in Writers THEN "alloc" ELSE "begin_read_era", stale)
    /\ UNCHANGED <<reclaimerVars, sharedVars, upperSeen, newNode, allocs,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, doubleFree>>

-----------------------------------------------------------------------------
(* Allocate: ++t.Allocations; every EpochFreq-th allocation bumps the era; *)
(* then take a slot from the pool and record its birth era.                *)

BumpDue(t) == (allocs[t] + 1) % EpochFreq = 0

IbrAllocBumpEra(t) ==                       \* _era.FetchAdd(1) (SeededBug "rollback": _era.Store(t.UpperSeen + 1))
    /\ pc[t] = "alloc"
    /\ BumpDue(t)
    /\ era' = IF SeededBug = "rollback" THEN upperSeen[t] + 1 ELSE era + 1
    /\ allocs' = [allocs EXCEPT ![t] = 0]
    /\ Goto(t, "alloc_pool")
    /\ UNCHANGED <<lower, upper, birth, retireEra, scanLower, scanUpper, sharedVars,
                   eraRead, upperSeen, hp, newNode, retiredCount, limbo, scanNext,
                   scanQueue, scanEra, ghostVars>>

(* Enabled at "alloc" when no bump is due (the ++ is folded in here) and   *)
(* at "alloc_pool" after the bump.                                         *)
AtPoolAllocate(t) == (pc[t] = "alloc" /\ ~BumpDue(t)) \/ pc[t] = "alloc_pool"
AllocsAfter(t) == IF pc[t] = "alloc" THEN [allocs EXCEPT ![t] = @ + 1] ELSE allocs

IbrAllocPool(t) ==                          \* h = Pool.Allocate(t.Index)
    /\ AtPoolAllocate(t)
    /\ freeList # <<>>
    /\ newNode' = [newNode EXCEPT ![t] = Head(freeList)]
    /\ freeList' = Tail(freeList)
    /\ nodeState' = [nodeState EXCEPT ![Head(freeList)] = "live"]
    /\ allocs' = AllocsAfter(t)
    /\ Goto(t, "alloc_birth")
    /\ UNCHANGED <<reclaimerVars, head, eraRead, upperSeen, hp, retiredCount, limbo,
                   scanNext, scanQueue, scanEra, ghostVars>>

IbrAllocExhausted(t) ==                     \* Pool.Allocate throws: the pool is empty
    /\ AtPoolAllocate(t)
    /\ freeList = <<>>
    /\ allocs' = AllocsAfter(t)
    /\ Step(t, "begin_read_era", stale)     \* the workload gives up the replacement
    /\ UNCHANGED <<reclaimerVars, sharedVars, upperSeen, newNode,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, doubleFree>>

IbrAllocBirth(t) ==                         \* _birth[idx] = _era.Load
    /\ pc[t] = "alloc_birth"
    /\ birth' = [birth EXCEPT ![newNode[t]] = era]
    /\ Goto(t, "cas_head")
    /\ UNCHANGED <<era, lower, upper, retireEra, scanLower, scanUpper, sharedVars,
                   eraRead, upperSeen, hp, newNode, allocs, retiredCount, limbo,
                   scanNext, scanQueue, scanEra, ghostVars>>

(* The CAS compares generation-tagged handles: it fails if the slot of h   *)
(* was freed since it was read, even if the slot is back in head.          *)
IbrCasHead(t) ==                            \* head.TryCompareExchange(h, n)
    /\ pc[t] = "cas_head"
    /\ IF head = hp[t] /\ ~stale[t]
         THEN /\ head' = newNode[t]
              /\ newNode' = [newNode EXCEPT ![t] = Null]
              /\ Goto(t, "retire")
         ELSE /\ UNCHANGED <<head, newNode>>
              /\ Goto(t, "discard")
    /\ UNCHANGED <<reclaimerVars, freeList, nodeState, eraRead, upperSeen, hp, allocs,
                   retiredCount, limbo, scanNext, scanQueue, scanEra, ghostVars>>

IbrDiscard(t) ==                            \* Pool.Free(t.Index, n): n was never published
    /\ pc[t] = "discard"
    /\ Free(newNode[t])
    /\ newNode' = [newNode EXCEPT ![t] = Null]
    /\ Step(t, "begin_read_era", StaleAfterFree(newNode[t]))
    /\ UNCHANGED <<era, lower, upper, birth, retireEra, scanLower, scanUpper, head, upperSeen,
                   allocs, retiredCount, limbo, scanNext, scanQueue, scanEra>>

-----------------------------------------------------------------------------
(* Retire(h): MarkRetired; e = _era.Load; _retire = e; file in limbo list  *)
(* e mod 3; every RetireThreshold retirements, Scan.                       *)

IbrRetire(t) ==                             \* e = _era.Load (MarkRetired, the list Add and the ++ folded in)
    /\ pc[t] = "retire"
    /\ LET n == hp[t]
           c == retiredCount[t] + 1
       IN /\ nodeState' = [nodeState EXCEPT ![n] = "retired"]
          /\ retireEra' = [retireEra EXCEPT ![n] = era]
          /\ limbo' = [limbo EXCEPT ![t][era % 3] =
                          IF SeededBug = "double" THEN Append(Append(@, n), n) ELSE Append(@, n)]
          /\ retiredCount' = [retiredCount EXCEPT ![t] = IF c >= RetireThreshold THEN 0 ELSE c]   \* Scan: t.RetiredSinceScan = 0
          /\ Step(t, IF c >= RetireThreshold THEN "scan_lower" ELSE "begin_read_era", stale)
    /\ UNCHANGED <<era, lower, upper, birth, scanLower, scanUpper, head, freeList,
                   upperSeen, newNode, allocs, scanNext, scanQueue, scanEra, doubleFree>>

(* Scan: snapshot every reservation, lower before upper, into the thread's *)
(* own ScanLower/ScanUpper arrays; then free, list by list, every node     *)
(* whose lifetime [birth, retire] overlaps no snapshot interval.           *)

IbrScanReadLower(t) ==                      \* _scanLower[j] = _lower[j].Load
    /\ pc[t] = "scan_lower"
    /\ scanLower' = [scanLower EXCEPT ![t][scanNext[t]] = lower[scanNext[t]]]
    /\ Goto(t, "scan_upper")
    /\ UNCHANGED <<era, lower, upper, birth, retireEra, scanUpper, sharedVars,
                   eraRead, upperSeen, hp, newNode, allocs, retiredCount, limbo,
                   scanNext, scanQueue, scanEra, ghostVars>>

IbrScanReadUpper(t) ==                      \* _scanUpper[j] = _upper[j].Load
    /\ pc[t] = "scan_upper"
    /\ LET j == scanNext[t]
           su == [scanUpper[t] EXCEPT ![j] = upper[j]]
           se == IF SeededBug = "age" THEN era ELSE 0       \* eraNow = _era.Load, after the snapshot
       IN /\ scanUpper' = [scanUpper EXCEPT ![t] = su]
          /\ IF j = N
               THEN LET q == SkipKept(AllLimbo(t), scanLower[t], su, se)
                    IN /\ scanQueue' = [scanQueue EXCEPT ![t] = q]
                       /\ scanEra' = [scanEra EXCEPT ![t] = se]
                       /\ scanNext' = [scanNext EXCEPT ![t] = 1]
                       /\ Step(t, IF q = <<>> THEN "begin_read_era" ELSE "scan_free", stale)
               ELSE /\ scanNext' = [scanNext EXCEPT ![t] = j + 1]
                    /\ UNCHANGED <<scanQueue, scanEra>>
                    /\ Step(t, "scan_lower", stale)
    /\ UNCHANGED <<era, lower, upper, birth, retireEra, scanLower, sharedVars,
                   upperSeen, newNode, allocs, retiredCount, limbo, doubleFree>>

IbrScanFree(t) ==                           \* Pool.Free(t.Index, h) for an unreserved limbo node
    /\ pc[t] = "scan_free"
    /\ LET n == Head(scanQueue[t])
           q == SkipKept(Tail(scanQueue[t]), scanLower[t], scanUpper[t], scanEra[t])
       IN /\ Free(n)
          /\ limbo' = [limbo EXCEPT ![t] = [i \in Bags |-> SelectSeq(limbo[t][i], LAMBDA m : m # n)]]
          /\ scanQueue' = [scanQueue EXCEPT ![t] = q]
          /\ Step(t, IF q = <<>> THEN "begin_read_era" ELSE "scan_free", StaleAfterFree(n))
    /\ UNCHANGED <<era, lower, upper, birth, retireEra, scanLower, scanUpper, head,
                   upperSeen, newNode, allocs, retiredCount, scanNext, scanEra>>

-----------------------------------------------------------------------------
(* EndOperation publishes nothing (see the header): no action of its own; *)
(* the operation's last step ends it (Step to "begin_read_era").           *)

-----------------------------------------------------------------------------

Next ==
    \E t \in Threads :
        \/ IbrBeginReadEra(t)
        \/ IbrBeginStoreLower(t)
        \/ IbrBeginStoreUpper(t)
        \/ IbrProtectReadHandle(t)
        \/ IbrProtectReadEra(t)
        \/ IbrProtectStoreUpper(t)
        \/ IbrAccess(t)
        \/ IbrAllocBumpEra(t)
        \/ IbrAllocPool(t)
        \/ IbrAllocExhausted(t)
        \/ IbrAllocBirth(t)
        \/ IbrCasHead(t)
        \/ IbrDiscard(t)
        \/ IbrRetire(t)
        \/ IbrScanReadLower(t)
        \/ IbrScanReadUpper(t)
        \/ IbrScanFree(t)

Spec == Init /\ [][Next]_vars

(* State constraint: explore eras up to MaxEra (the first state beyond it  *)
(* is still checked against the invariants, but not expanded).             *)
EraBound == era <= MaxEra

-----------------------------------------------------------------------------
(* Properties *)

(* No thread about to dereference its protected node holds a slot that is  *)
(* free, or that was freed (and possibly reused) since it read the handle  *)
(* (the controlled NodePool reports both: free slot, stale generation).    *)
NoUseAfterFree ==
    \A t \in Threads :
        pc[t] = "access" => nodeState[hp[t]] # "free" /\ ~stale[t]

(* No slot is ever freed twice.                                            *)
NoDoubleFree == doubleFree = FALSE

(* The era never goes back (an action property: PROPERTY EpochMonotonic).  *)
EpochMonotonic == [][era' >= era]_era

(* Every published reservation end is an era already reached, or +inf.     *)
ReservationsBounded ==
    \A t \in Threads :
        /\ lower[t] = Infinity \/ lower[t] <= era
        /\ upper[t] = Infinity \/ upper[t] <= era

THEOREM Spec => [](TypeOK /\ NoUseAfterFree /\ NoDoubleFree /\ ReservationsBounded)
=============================================================================
