------------------------------ MODULE RegionRC ------------------------------
(***************************************************************************)
(* Region-RC, as implemented by Weft.Regions (impl/src/Regions; the model *)
(* is docs/region-rc.md): regions freed whole when their scope has ended  *)
(* and their external count is zero, a store barrier that repairs every   *)
(* younger-into-older store by transmigration or merge, tethers, a global  *)
(* and a channel handoff between two threads.  The workload is the one of *)
(* the registered scenario region/handoff-2t                              *)
(* (tests/Weft.Scenarios/RegionScenarios.cs), reduced to its region steps:*)
(*                                                                         *)
(*   thread 1 (sender):   send the handle on R (region 1); exit R's scope. *)
(*   thread 2 (receiver): receive; tether R; release the handle; read R    *)
(*     through the borrow; open Y (region 2, child of R) and Z (region 3,  *)
(*     child of Y), whose cells point into R when BackPointer; store Z's   *)
(*     value into Y (vector-set!); store Y's                              *)
(*     value into R (set-cdr!); exit Z and Y; store a value of R in a      *)
(*     global; end the tether; read R through the global; clear the global.*)
(*                                                                         *)
(* A region's liveness word life[r] = 2 * references + scope, as in        *)
(* Region._life; scope and rc are the abstract (ghost) scope flag and      *)
(* count, updated by the logical operation.  A decrement is one action in *)
(* the correct runtime (a fetch-and-add whose result says whether it took *)
(* the word to zero); the freeing thread then frees in a separate action, *)
(* and a freed child releases its parent (the chain runs on that thread). *)
(* edges holds <<a, b>> when a cell of region a points into region b # a. *)
(* H0 is the constant Large: TRUE makes the repair merge when permitted   *)
(* (the value's region is a direct child, untethered).                    *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Large,         \* H0: the stored values' regions are at the merge threshold
    BackPointer,   \* Y's and Z's cells point into R (so an unrepaired store of Y's value into R closes a cycle,
                   \* and R is an external root of the store of Z's value into Y)
    SeededBug      \* "none", or a seeded defect of WeftConfig.SeededBug:
                   \*   "skipbarrier"    RegionBarrierSkippedOnSetCdr: set-cdr! stores without the barrier
                   \*   "reread"         RegionDecrementThenReread: the zero test re-reads the word
                   \*   "bystore"        RegionDecrementByStore: a decrement is a load and a store
                   \*   "tetherless"     RegionTetherWithoutReference: a tether takes no reference
                   \*   "copyexternal"   RegionTransmigrateCopiesExternal: transmigration copies older cells
                   \*   "globalnoretain" RegionGlobalStoreWithoutRetain: the global takes no reference

ASSUME LargeAssumption == Large \in BOOLEAN
ASSUME BackPointerAssumption == BackPointer \in BOOLEAN
ASSUME SeededBugAssumption ==
    SeededBug \in {"none", "skipbarrier", "reread", "bystore", "tetherless", "copyexternal", "globalnoretain"}

Threads == {1, 2}
Regions == {1, 2, 3}
Parent == [r \in Regions |-> r - 1]           \* 0: detached (R); Y's parent is R, Z's is Y
SenderLabels == {"send", "exit", "done"}
ReceiverLabels == {"recv", "tether", "release", "borrowRead", "allocY", "allocZ", "storeZY", "storeYR",
                   "exitZ", "exitY", "global", "untether", "readGlobal", "clear", "done"}
DecLabels == {"dec", "reread", "store", "free"}
Labels == SenderLabels \cup ReceiverLabels \cup DecLabels

VARIABLES
    life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal,
    channel, pc, decRegion, decAmount, decReturn, seen

vars == <<life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal,
          channel, pc, decRegion, decAmount, decReturn, seen>>

(* The region that holds r's cells now (after merges). *)
RECURSIVE Res(_)
Res(r) == IF r = 0 \/ into[r] = 0 THEN r ELSE Res(into[r])

(* older is younger or an ancestor of it (compared after merges). *)
RECURSIVE Outlives(_, _)
Outlives(older, younger) ==
    LET y == Res(younger) IN
    IF y = 0 THEN FALSE ELSE IF y = Res(older) THEN TRUE ELSE Outlives(older, Parent[y])

(* The type invariant. Its C# check is trace replay (models/Specs/RegionRcModel.cs): every state of a *)
(* replayed trace must be the implementation's mapped state.                                          *)
TypeOK ==
    /\ life \in [Regions -> Int]
    /\ created \in [Regions -> BOOLEAN]
    /\ scope \in [Regions -> BOOLEAN]
    /\ rc \in [Regions -> Int]
    /\ freed \in [Regions -> BOOLEAN]
    /\ doubleFree \in BOOLEAN
    /\ into \in [Regions -> Regions \cup {0}]
    /\ tethers \in [Regions -> Nat]
    /\ edges \subseteq Regions \X Regions
    /\ rewroteExternal \in BOOLEAN
    /\ channel \in {"empty", "full"}
    /\ pc \in [Threads -> Labels]
    /\ decRegion \in [Threads -> Regions \cup {0}]
    /\ decAmount \in [Threads -> {0, 1, 2}]
    /\ decReturn \in [Threads -> Labels]
    /\ seen \in [Threads -> Int]

Init ==
    /\ life = [r \in Regions |-> IF r = 1 THEN 3 ELSE 0]   \* R: scope open, the sender's handle
    /\ created = [r \in Regions |-> r = 1]
    /\ scope = [r \in Regions |-> r = 1]
    /\ rc = [r \in Regions |-> IF r = 1 THEN 1 ELSE 0]
    /\ freed = [r \in Regions |-> FALSE]
    /\ doubleFree = FALSE
    /\ into = [r \in Regions |-> 0]
    /\ tethers = [r \in Regions |-> 0]
    /\ edges = {}
    /\ rewroteExternal = FALSE
    /\ channel = "empty"
    /\ pc = [t \in Threads |-> IF t = 1 THEN "send" ELSE "recv"]
    /\ decRegion = [t \in Threads |-> 0]
    /\ decAmount = [t \in Threads |-> 0]
    /\ decReturn = [t \in Threads |-> "done"]
    /\ seen = [t \in Threads |-> 0]

(* Thread t starts subtracting d (1: a scope, 2: a reference) from region r, then goes on at ret. The ghost *)
(* scope and count change here, with the logical operation.                                             *)
(* closing: the region whose scope this operation ends (0: none).                                         *)
StartDecClosing(t, r, d, ret, closing) ==
    /\ pc' = [pc EXCEPT ![t] = "dec"]
    /\ decRegion' = [decRegion EXCEPT ![t] = r]
    /\ decAmount' = [decAmount EXCEPT ![t] = d]
    /\ decReturn' = [decReturn EXCEPT ![t] = ret]
    /\ scope' = IF closing # 0 THEN [scope EXCEPT ![closing] = FALSE] ELSE scope
    /\ rc' = IF d = 2 THEN [rc EXCEPT ![r] = @ - 1] ELSE rc

StartDec(t, r, d, ret) == StartDecClosing(t, r, d, ret, IF d = 1 THEN r ELSE 0)

(* Region.Subtract: the fetch-and-add (correct), or the first half of a seeded non-atomic decrement. *)
Dec(t) ==
    LET r == decRegion[t]  d == decAmount[t] IN
    /\ pc[t] = "dec"
    /\ CASE SeededBug = "reread" ->
                /\ life' = [life EXCEPT ![r] = @ - d]
                /\ pc' = [pc EXCEPT ![t] = "reread"]
                /\ UNCHANGED seen
         [] SeededBug = "bystore" ->
                /\ seen' = [seen EXCEPT ![t] = life[r]]
                /\ pc' = [pc EXCEPT ![t] = "store"]
                /\ UNCHANGED life
         [] OTHER ->
                /\ life' = [life EXCEPT ![r] = @ - d]
                /\ pc' = [pc EXCEPT ![t] = IF life[r] = d THEN "free" ELSE decReturn[t]]
                /\ UNCHANGED seen
    /\ UNCHANGED <<created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn>>

(* RegionDecrementThenReread: the zero test reads the word again. *)
Reread(t) ==
    /\ pc[t] = "reread"
    /\ pc' = [pc EXCEPT ![t] = IF life[decRegion[t]] = 0 THEN "free" ELSE decReturn[t]]
    /\ UNCHANGED <<life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn, seen>>

(* RegionDecrementByStore: the store of the value loaded minus d. *)
StoreBack(t) ==
    /\ pc[t] = "store"
    /\ life' = [life EXCEPT ![decRegion[t]] = seen[t] - decAmount[t]]
    /\ pc' = [pc EXCEPT ![t] = IF seen[t] = decAmount[t] THEN "free" ELSE decReturn[t]]
    /\ UNCHANGED <<created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn, seen>>

(* Region.Free: poison, bump the epoch, then release the parent (a decrement of 2 on this thread). *)
Free(t) ==
    LET r == decRegion[t]  p == Res(Parent[r]) IN
    /\ pc[t] = "free"
    /\ doubleFree' = (doubleFree \/ freed[r])
    /\ freed' = [freed EXCEPT ![r] = TRUE]
    /\ IF p # 0
          THEN /\ pc' = [pc EXCEPT ![t] = "dec"]
               /\ decRegion' = [decRegion EXCEPT ![t] = p]
               /\ decAmount' = [decAmount EXCEPT ![t] = 2]
               /\ rc' = [rc EXCEPT ![p] = @ - 1]
          ELSE /\ pc' = [pc EXCEPT ![t] = decReturn[t]]
               /\ UNCHANGED <<decRegion, decAmount, rc>>
    /\ UNCHANGED <<life, created, scope, into, tethers, edges, rewroteExternal, channel, decReturn, seen>>

(* A new reference (relaxed fetch-and-add). *)
AddRef(r) ==
    /\ life' = [life EXCEPT ![r] = @ + 2]
    /\ rc' = [rc EXCEPT ![r] = @ + 1]

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

Send(t) ==
    /\ pc[t] = "send" /\ channel = "empty"
    /\ channel' = "full"
    /\ Goto(t, "exit")
    /\ UNCHANGED <<life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal,
                   decRegion, decAmount, decReturn, seen>>

ExitR(t) ==
    /\ pc[t] = "exit"
    /\ StartDec(t, 1, 1, "done")
    /\ UNCHANGED <<life, created, freed, doubleFree, into, tethers, edges, rewroteExternal, channel, seen>>

(* RegionChannel.TryReceive on an empty channel: nothing changes, the receiver tries again. *)
RecvEmpty(t) ==
    /\ pc[t] = "recv" /\ channel = "empty"
    /\ UNCHANGED vars

Recv(t) ==
    /\ pc[t] = "recv" /\ channel = "full"
    /\ channel' = "empty"
    /\ Goto(t, "tether")
    /\ UNCHANGED <<life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal,
                   decRegion, decAmount, decReturn, seen>>

TetherR(t) ==
    /\ pc[t] = "tether"
    /\ tethers' = [tethers EXCEPT ![1] = @ + 1]
    /\ IF SeededBug = "tetherless" THEN UNCHANGED <<life, rc>> ELSE AddRef(1)
    /\ Goto(t, "release")
    /\ UNCHANGED <<created, scope, freed, doubleFree, into, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn, seen>>

ReleaseHandle(t) ==
    /\ pc[t] = "release"
    /\ StartDec(t, 1, 2, "borrowRead")
    /\ UNCHANGED <<life, created, freed, doubleFree, into, tethers, edges, rewroteExternal, channel, seen>>

(* A read of a cell of R (through the borrow, or the global): NoUseAfterFree is about this step. *)
ReadR(t, from, to) ==
    /\ pc[t] = from
    /\ Goto(t, to)
    /\ UNCHANGED <<life, created, scope, rc, freed, doubleFree, into, tethers, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn, seen>>

(* Opens region r (child of its parent's current region), whose cell points into region target (0: none). *)
Open(t, r, target, next) ==
    LET p == Res(Parent[r]) IN
    /\ created' = [created EXCEPT ![r] = TRUE]
    /\ scope' = [scope EXCEPT ![r] = TRUE]
    /\ life' = [life EXCEPT ![r] = 1, ![p] = @ + 2]
    /\ rc' = [rc EXCEPT ![p] = @ + 1]
    /\ edges' = IF target = 0 THEN edges ELSE edges \cup {<<r, Res(target)>>}
    /\ Goto(t, next)
    /\ UNCHANGED <<freed, doubleFree, into, tethers, rewroteExternal, channel, decRegion, decAmount, decReturn, seen>>

AllocY(t) == pc[t] = "allocY" /\ Open(t, 2, IF BackPointer THEN 1 ELSE 0, "allocZ")
AllocZ(t) == pc[t] = "allocZ" /\ Open(t, 3, IF BackPointer THEN 1 ELSE 0, "storeZY")

(* Region.TryMerge of v into o: v's word and obligations move to o, its edges become o's. *)
Merge(v, o) ==
    LET obligations == rc[v] + (IF scope[v] THEN 1 ELSE 0) - 1
        Rename(x) == IF x = v THEN o ELSE x IN
    /\ into' = [into EXCEPT ![v] = o]
    /\ life' = [life EXCEPT ![v] = 0, ![o] = @ + ((life[v] \div 2) + (life[v] % 2) - 1) * 2]
    /\ rc' = [rc EXCEPT ![o] = @ + obligations, ![v] = 0]
    /\ edges' = {e \in {<<Rename(e2[1]), Rename(e2[2])>> : e2 \in edges} : e[1] # e[2]}
    /\ UNCHANGED rewroteExternal

(* Transmigration of v's value into o: the copy's pointers to regions that outlive o are kept (external *)
(* roots); the seeded defect copies those too (a rewritten external root).                            *)
Transmigrate(v, o) ==
    LET external == {e[2] : e \in {x \in edges : Res(x[1]) = v /\ Outlives(x[2], o) /\ Res(x[2]) # o}} IN
    IF SeededBug = "copyexternal"
        THEN /\ rewroteExternal' = (rewroteExternal \/ external # {})
             /\ UNCHANGED edges
        ELSE /\ edges' = edges \cup {<<o, q>> : q \in external}
             /\ UNCHANGED rewroteExternal

(* StoreBarrier.Store of a value of region v into a cell of region o (H0, merge only for a direct child). *)
Repair(v0, o0) ==
    LET v == Res(v0)  o == Res(o0) IN
    IF Outlives(v, o) THEN UNCHANGED <<into, life, rc, edges, rewroteExternal>>
    ELSE IF Large /\ Res(Parent[v]) = o /\ tethers[v] = 0
        THEN Merge(v, o)
        ELSE Transmigrate(v, o) /\ UNCHANGED <<into, life, rc>>

StoreZY(t) ==
    /\ pc[t] = "storeZY"
    /\ Repair(3, 2)
    /\ Goto(t, "storeYR")
    /\ UNCHANGED <<created, scope, freed, doubleFree, tethers, channel, decRegion, decAmount, decReturn, seen>>

StoreYR(t) ==
    /\ pc[t] = "storeYR"
    /\ IF SeededBug = "skipbarrier" /\ Res(2) # Res(1)
          THEN /\ edges' = edges \cup {<<Res(1), Res(2)>>}
               /\ UNCHANGED <<into, life, rc, rewroteExternal>>
          ELSE Repair(2, 1)
    /\ Goto(t, "exitZ")
    /\ UNCHANGED <<created, scope, freed, doubleFree, tethers, channel, decRegion, decAmount, decReturn, seen>>

(* Region.ExitScope: a merged region's scope is a reference on the region that absorbed it. *)
ExitRegion(t, r, next) ==
    /\ IF into[r] # 0
          THEN StartDecClosing(t, Res(r), 2, next, r)
          ELSE StartDec(t, r, 1, next)
    /\ UNCHANGED <<life, created, freed, doubleFree, into, tethers, edges, rewroteExternal, channel, seen>>

ExitZ(t) == pc[t] = "exitZ" /\ ExitRegion(t, 3, "exitY")
ExitY(t) == pc[t] = "exitY" /\ ExitRegion(t, 2, "global")

GlobalStore(t) ==
    /\ pc[t] = "global"
    /\ IF SeededBug = "globalnoretain" THEN UNCHANGED <<life, rc>> ELSE AddRef(1)
    /\ Goto(t, "untether")
    /\ UNCHANGED <<created, scope, freed, doubleFree, into, tethers, edges, rewroteExternal, channel,
                   decRegion, decAmount, decReturn, seen>>

Untether(t) ==
    /\ pc[t] = "untether"
    /\ tethers' = [tethers EXCEPT ![1] = @ - 1]
    /\ IF SeededBug = "tetherless"
          THEN Goto(t, "readGlobal") /\ UNCHANGED <<scope, rc, decRegion, decAmount, decReturn>>
          ELSE StartDec(t, 1, 2, "readGlobal")
    /\ UNCHANGED <<life, created, freed, doubleFree, into, edges, rewroteExternal, channel, seen>>

ClearGlobal(t) ==
    /\ pc[t] = "clear"
    /\ IF SeededBug = "globalnoretain"
          THEN Goto(t, "done") /\ UNCHANGED <<scope, rc, decRegion, decAmount, decReturn>>
          ELSE StartDec(t, 1, 2, "done")
    /\ UNCHANGED <<life, created, freed, doubleFree, into, tethers, edges, rewroteExternal, channel, seen>>

(* Both threads are done. *)
AllDone == \A t \in Threads : pc[t] = "done"

(* The end of the workload: the behaviour stutters. *)
Terminating == AllDone /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ Send(t) \/ ExitR(t) \/ Recv(t) \/ RecvEmpty(t) \/ TetherR(t) \/ ReleaseHandle(t)
           \/ ReadR(t, "borrowRead", "allocY") \/ AllocY(t) \/ AllocZ(t) \/ StoreZY(t) \/ StoreYR(t)
           \/ ExitZ(t) \/ ExitY(t) \/ GlobalStore(t) \/ Untether(t) \/ ReadR(t, "readGlobal", "clear")
           \/ ClearGlobal(t) \/ Dec(t) \/ Reread(t) \/ StoreBack(t) \/ Free(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

-----------------------------------------------------------------------------
(* Invariants, one C# monitor each (manifest.yaml).                         *)

(* No cell of a live region points into a freed region. *)
RegionClosure == \A e \in edges : ~freed[Res(e[1])] => ~freed[Res(e[2])]

(* The region dependency graph is acyclic. *)
RECURSIVE Reach(_, _)
Reach(from, steps) ==
    IF steps = 0 THEN {} ELSE
    LET next == {Res(e[2]) : e \in {x \in edges : Res(x[1]) = from /\ Res(x[2]) # from}} IN
    next \cup UNION {Reach(q, steps - 1) : q \in next}
NoRegionCycle == \A r \in Regions : r \notin Reach(r, Cardinality(Regions))

(* The liveness rule: freed only when the scope has ended and the count is zero, and, once both threads *)
(* are done, every region the rule allows to be freed is.                                              *)
MayFree(r) == created[r] /\ into[r] = 0 /\ ~scope[r] /\ rc[r] = 0
LivenessRule ==
    /\ \A r \in Regions : freed[r] => ~scope[r] /\ rc[r] = 0
    /\ AllDone => \A r \in Regions : MayFree(r) => freed[r]

(* No read of a cell of a freed region (the receiver's reads of R, its stores into Y and R). *)
NoUseAfterFree ==
    /\ pc[2] \in {"borrowRead", "readGlobal"} => ~freed[1]
    /\ pc[2] = "storeZY" => ~freed[Res(2)]
    /\ pc[2] = "storeYR" => ~freed[Res(1)]

NoDoubleFree == doubleFree = FALSE

(* No region is freed while tethered. *)
TetherSafety == \A r \in Regions : freed[r] => tethers[r] = 0

(* Transmigration never rewrites a pointer to a region that outlives the destination. *)
ExternalRootsUntouched == rewroteExternal = FALSE

(* Every region whose scope ended and whose count reached zero is eventually freed. *)
EventuallyFreed == \A r \in Regions : [](MayFree(r) => <>freed[r])
=============================================================================
