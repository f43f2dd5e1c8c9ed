------------------------------ MODULE RingList ------------------------------
(***************************************************************************)
(* The linked list of closable rings behind the unbounded queues, as       *)
(* implemented by Weft.Collections.RingList (impl/src/Collections/         *)
(* RingList.cs), shared by LSCQ and LCRQ:                                  *)
(*                                                                         *)
(*   R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free    *)
(*   FIFO Queue", DISC 2019, Figure 9 (LSCQ);                              *)
(*   A. Morrison and Y. Afek, "Fast Concurrent Queues for x86              *)
(*   Processors", PPoPP 2013, Figure 6 (LCRQ).                             *)
(*                                                                         *)
(* Enqueue: protect the tail ring; if a ring is linked after it, help the  *)
(* tail forward and retry; else enqueue into the ring, which either takes  *)
(* the item or closes for good; after a close, allocate a ring that holds  *)
(* the item, CAS it into the closed ring's next (the linearization point), *)
(* then CAS the tail forward; a lost link CAS frees the unpublished ring   *)
(* and retries.  Dequeue: protect the head ring and take from it; if it is *)
(* empty with no successor the queue is empty; with a successor (so the    *)
(* ring is closed) try once more, then CAS the head forward and retire the *)
(* ring.  Rings live in the slots of a generation-tagged NodePool and are  *)
(* reclaimed by 2GE-IBR (Weft.Reclamation.IbrReclaimer, tla/IBR/IBR.tla):  *)
(* its actions are repeated here over the list's head and tail cells,      *)
(* with its kept reservations: EndOperation publishes nothing, and         *)
(* BeginOperation publishes only when the kept reservation is not [e, e].  *)
(*                                                                         *)
(* Abstraction.  Each ring's own algorithm (SCQ's or CRQ's, specified in   *)
(* tla/SCQ and tla/LCRQ) is one atomic step: a bounded FIFO of C items     *)
(* with a closed flag.  TryEnqueueOrClose appends when the ring is open    *)
(* and not full, and otherwise closes it and fails; TryDequeue takes the   *)
(* oldest item.  What the list relies on from a ring is exactly this: a    *)
(* closed ring takes no more items, and an empty closed ring stays empty.  *)
(*                                                                         *)
(* Step granularity: one action per labeled step of RingList.cs and        *)
(* IbrReclaimer.cs (StepLabel.At), named after it, the thread as the       *)
(* parameter, pc[t] the label of the next step.  NodePool.Allocate and     *)
(* NodePool.Free are one action each; a new ring's reset and first item    *)
(* (thread-local until it is linked) fold into the allocation's last step. *)
(* Dead locals are reset.  Thread t enqueues the values                    *)
(* (t - 1) * Ops + 1 .. t * Ops (distinct, so reordering shows).           *)
(*                                                                         *)
(* Threads and Nodes are 1..N: thread t is ReclaimerThread.Index t - 1,    *)
(* ring n is pool slot n - 1; Null is 0.                                   *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Threads,          \* the threads, 1..N (registered with the reclaimer in this order)
    Nodes,            \* the pool's slots, 1..K; slot 1 holds the initial ring
    C,                \* the capacity of every ring
    Ops,              \* the operations each thread performs
    EpochFreq,        \* WeftConfig.EpochFrequency: a thread bumps the era every EpochFreq allocations
    RetireThreshold,  \* WeftConfig.RetireThreshold: a thread scans every RetireThreshold retirements
    MaxEra,           \* the largest era explored (state constraint EraBound)
    SeededBug         \* "none", or a seeded defect (WeftConfig.SeededBug): "nolasttry" (RingListNoLastTry):
                      \* a dequeuer moves the head past an empty ring with a successor without the last try;
                      \* "freeonunlink" (RingListFreeOnUnlink): the dequeuer that unlinks a ring frees it at
                      \* once instead of retiring it; "noclose" (LscqNoFinalize, LcrqNoClose): a full ring
                      \* fails the enqueue without closing, so the enqueuer links a ring after an open one;
                      \* "reopens" (LcrqFixStateReopens): a dequeue that finds a closed ring empty reopens it

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME NodesAssumption == Cardinality(Nodes) >= 2 /\ Nodes = 1..Cardinality(Nodes)
ASSUME CapacityAssumption == C \in Nat \ {0}
ASSUME OpsAssumption == Ops \in Nat
ASSUME EpochFreqAssumption == EpochFreq \in Nat \ {0}
ASSUME RetireThresholdAssumption == RetireThreshold \in Nat \ {0}
ASSUME MaxEraAssumption == MaxEra \in Nat \ {0}
ASSUME SeededBugAssumption == SeededBug \in {"none", "nolasttry", "freeonunlink", "noclose", "reopens"}

N == Cardinality(Threads)
K == Cardinality(Nodes)
Null == 0                       \* NodePool.Null
Infinity == 2147483647          \* IbrReclaimer.Infinity (long.MaxValue)
Eras == 0..(MaxEra + 1)
Reservations == (1..(MaxEra + 1)) \cup {Infinity}
Bags == 0..2
Values == 1..(N * Ops)
NoValue == 0
ValueOf(t, k) == (t - 1) * Ops + k + 1   \* the value of thread t's operation k (0-based)

Labels == {"idle", "begin_store_upper", "begin_store_lower",
           "protect_read_handle", "protect_read_era", "protect_store_upper",
           "enq_read_next", "enq_help_tail", "enq_ring", "alloc", "alloc_pool", "alloc_birth",
           "enq_link", "enq_swing_tail", "enq_discard",
           "deq_ring", "deq_read_next", "deq_last_try", "deq_swing_head",
           "retire", "scan_lower", "scan_upper", "scan_free"}

VARIABLES
    (* the ring list and its rings *)
    head,         \* RingList._head
    tail,         \* RingList._tail
    items,        \* items[n]: the items of ring n, oldest first
    closed,       \* closed[n]: ring n is closed to enqueues
    next,         \* next[n]: LinkedRing.Next of ring n
    (* the pool *)
    freeList,     \* the pool's free list, first element = next slot Allocate returns (LIFO)
    nodeState,    \* "free" | "live" | "retired"
    (* IbrReclaimer *)
    era, lower, upper, birth, retireEra, scanLower, scanUpper,
    (* per-thread state *)
    pc,           \* label of the thread's next step
    op,           \* "enq" | "deq" | "none": the operation in progress
    hp,           \* the ring handle Protect returned (tail for an enqueue, head for a dequeue)
    nx,           \* the next handle read
    fresh,        \* Enqueue: the ring allocated to hold the item
    eraRead, upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue,
    opsDone,      \* operations the thread has completed
    (* history (ghost) variables *)
    absQ,         \* the abstract FIFO queue, oldest first
    wasClosed,    \* wasClosed[n]: ring n has been closed since it was last allocated
    stale         \* stale[t]: hp[t]'s slot was freed after t read it

listVars == <<head, tail, items, closed, next>>
poolVars == <<freeList, nodeState>>
reclaimerVars == <<era, lower, upper, birth, retireEra, scanLower, scanUpper>>
localVars == <<pc, op, hp, nx, fresh, eraRead, upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, opsDone>>
ghostVars == <<absQ, wasClosed, stale>>
vars == <<listVars, poolVars, reclaimerVars, localVars, ghostVars>>

IsSeqOf(s, S) == s \in Seq(S)

TypeOK ==
    /\ head \in Nodes /\ tail \in Nodes
    /\ \A n \in Nodes : IsSeqOf(items[n], Values) /\ Len(items[n]) <= C
    /\ closed \in [Nodes -> BOOLEAN]
    /\ next \in [Nodes -> Nodes \cup {Null}]
    /\ IsSeqOf(freeList, Nodes)
    /\ nodeState \in [Nodes -> {"free", "live", "retired"}]
    /\ era \in 1..(MaxEra + 1)
    /\ lower \in [Threads -> Reservations]
    /\ upper \in [Threads -> Reservations]
    /\ birth \in [Nodes -> Eras]
    /\ retireEra \in [Nodes -> Eras]
    /\ scanLower \in [Threads -> [Threads -> Reservations \cup {0}]]
    /\ scanUpper \in [Threads -> [Threads -> Reservations \cup {0}]]
    /\ pc \in [Threads -> Labels]
    /\ op \in [Threads -> {"enq", "deq", "none"}]
    /\ hp \in [Threads -> Nodes \cup {Null}]
    /\ nx \in [Threads -> Nodes \cup {Null}]
    /\ fresh \in [Threads -> Nodes \cup {Null}]
    /\ eraRead \in [Threads -> Eras]
    /\ upperSeen \in [Threads -> Eras]
    /\ allocs \in [Threads -> 0..(EpochFreq - 1)]
    /\ retiredCount \in [Threads -> 0..(RetireThreshold - 1)]
    /\ limbo \in [Threads -> [Bags -> Seq(Nodes)]]
    /\ scanNext \in [Threads -> Threads]
    /\ \A t \in Threads : IsSeqOf(scanQueue[t], Nodes)
    /\ opsDone \in [Threads -> 0..Ops]
    /\ IsSeqOf(absQ, Values)
    /\ wasClosed \in [Nodes -> BOOLEAN]
    /\ stale \in [Threads -> BOOLEAN]

Init ==
    /\ head = 1
    /\ tail = 1
    /\ items = [n \in Nodes |-> <<>>]
    /\ closed = [n \in Nodes |-> FALSE]
    /\ next = [n \in Nodes |-> Null]
    /\ freeList = [i \in 1..(K - 1) |-> i + 1]
    /\ nodeState = [n \in Nodes |-> IF n = 1 THEN "live" ELSE "free"]
    /\ era = 1
    /\ lower = [t \in Threads |-> Infinity]
    /\ upper = [t \in Threads |-> Infinity]
    /\ birth = [n \in Nodes |-> 0]          \* the constructor allocates slot 1 from the pool directly
    /\ retireEra = [n \in Nodes |-> 0]
    /\ scanLower = [t \in Threads |-> [j \in Threads |-> 0]]
    /\ scanUpper = [t \in Threads |-> [j \in Threads |-> 0]]
    /\ pc = [t \in Threads |-> "idle"]
    /\ op = [t \in Threads |-> "none"]
    /\ hp = [t \in Threads |-> Null]
    /\ nx = [t \in Threads |-> Null]
    /\ fresh = [t \in Threads |-> Null]
    /\ eraRead = [t \in Threads |-> 0]
    /\ upperSeen = [t \in Threads |-> 0]
    /\ allocs = [t \in Threads |-> 0]
    /\ retiredCount = [t \in Threads |-> 0]
    /\ limbo = [t \in Threads |-> [i \in Bags |-> <<>>]]
    /\ scanNext = [t \in Threads |-> 1]
    /\ scanQueue = [t \in Threads |-> <<>>]
    /\ opsDone = [t \in Threads |-> 0]
    /\ absQ = <<>>
    /\ wasClosed = [n \in Nodes |-> FALSE]
    /\ stale = [t \in Threads |-> FALSE]

-----------------------------------------------------------------------------
(* Helpers *)

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

(* A CAS on a generation-tagged handle cell succeeds only if the cell     *)
(* holds the handle read and that handle's slot was not freed since.      *)
Holds(cell, t) == cell = hp[t] /\ ~stale[t]

(* NodePool.Free(n): every thread that read n's handle before now holds   *)
(* a stale handle.                                                         *)
FreeSlot(n) ==
    /\ nodeState' = [nodeState EXCEPT ![n] = "free"]
    /\ freeList' = <<n>> \o freeList
    /\ stale' = [u \in Threads |-> stale[u] \/ hp[u] = n]

Reserved(n, sl, su) == \E j \in Threads : sl[j] <= retireEra[n] /\ birth[n] <= su[j]

RECURSIVE SkipKept(_, _, _)
SkipKept(q, sl, su) ==
    IF q = <<>> THEN q
    ELSE IF ~Reserved(Head(q), sl, su) THEN q
    ELSE SkipKept(Tail(q), sl, su)

AllLimbo(t) == limbo[t][0] \o limbo[t][1] \o limbo[t][2]

(* Where a thread goes after Protect returns the handle.                   *)
AfterProtect(t) == IF op[t] = "enq" THEN "enq_read_next" ELSE "deq_ring"

(* The step to label l; l = "idle" returns from the operation: EndOperation *)
(* publishes nothing (the reservation is kept), the operation's locals die   *)
(* and the operation counts as done.  StepNx also resets nx on return.       *)
Step(t, l) ==
    /\ Goto(t, l)
    /\ op' = IF l = "idle" THEN [op EXCEPT ![t] = "none"] ELSE op
    /\ hp' = IF l = "idle" THEN [hp EXCEPT ![t] = Null] ELSE hp
    /\ eraRead' = IF l = "idle" THEN [eraRead EXCEPT ![t] = 0] ELSE eraRead
    /\ stale' = IF l = "idle" THEN [stale EXCEPT ![t] = FALSE] ELSE stale
    /\ opsDone' = IF l = "idle" THEN [opsDone EXCEPT ![t] = @ + 1] ELSE opsDone
StepNx(t, l) ==
    /\ Step(t, l)
    /\ nx' = IF l = "idle" THEN [nx EXCEPT ![t] = Null] ELSE nx

-----------------------------------------------------------------------------
(* BeginOperation, chosen at "idle" (the workload picks enqueue or dequeue, *)
(* then IbrReclaimer.BeginOperation reads the era).  The kept reservation   *)
(* is [era, era] already: nothing to publish.                               *)
KeptGoto(t) == Goto(t, IF lower[t] = era /\ upperSeen[t] = era THEN "protect_read_handle" ELSE "begin_store_upper")

RingListEnqueueBegin(t) ==                  \* e = _era.Load
    /\ pc[t] = "idle"
    /\ opsDone[t] < Ops
    /\ op' = [op EXCEPT ![t] = "enq"]
    /\ eraRead' = [eraRead EXCEPT ![t] = era]
    /\ KeptGoto(t)
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, hp, nx, fresh, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, opsDone, ghostVars>>

RingListDequeueBegin(t) ==                  \* e = _era.Load
    /\ pc[t] = "idle"
    /\ opsDone[t] < Ops
    /\ op' = [op EXCEPT ![t] = "deq"]
    /\ eraRead' = [eraRead EXCEPT ![t] = era]
    /\ KeptGoto(t)
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, hp, nx, fresh, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, opsDone, ghostVars>>

IbrBeginStoreUpper(t) ==                    \* _upper[t].Store(e); t.UpperSeen = e
    /\ pc[t] = "begin_store_upper"
    /\ upper' = [upper EXCEPT ![t] = eraRead[t]]
    /\ upperSeen' = [upperSeen EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "begin_store_lower")
    /\ UNCHANGED <<listVars, poolVars, era, lower, birth, retireEra, scanLower, scanUpper,
                   op, hp, nx, fresh, eraRead, allocs, retiredCount, limbo, scanNext, scanQueue,
                   opsDone, ghostVars>>

IbrBeginStoreLower(t) ==                    \* _lower[t].Store(e, SeqCst); t.LowerSeen = e
    /\ pc[t] = "begin_store_lower"
    /\ lower' = [lower EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<listVars, poolVars, era, upper, birth, retireEra, scanLower, scanUpper,
                   op, hp, nx, fresh, eraRead, upperSeen, allocs, retiredCount, limbo, scanNext,
                   scanQueue, opsDone, ghostVars>>

(* Protect(ref _tail) for an enqueue, Protect(ref _head) for a dequeue.    *)

IbrProtectReadHandle(t) ==                  \* h = cell.Load
    /\ pc[t] = "protect_read_handle"
    /\ hp' = [hp EXCEPT ![t] = IF op[t] = "enq" THEN tail ELSE head]
    /\ stale' = [stale EXCEPT ![t] = FALSE]
    /\ Goto(t, "protect_read_era")
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, op, nx, fresh, eraRead, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, opsDone, absQ, wasClosed>>

IbrProtectReadEra(t) ==                     \* e = _era.Load; if (e == t.UpperSeen) return h
    /\ pc[t] = "protect_read_era"
    /\ eraRead' = [eraRead EXCEPT ![t] = era]
    /\ Goto(t, IF era = upperSeen[t] THEN AfterProtect(t) ELSE "protect_store_upper")
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, op, hp, nx, fresh, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, opsDone, ghostVars>>

IbrProtectStoreUpper(t) ==                  \* _upper[t].Store(e, SeqCst); t.UpperSeen = e
    /\ pc[t] = "protect_store_upper"
    /\ upper' = [upper EXCEPT ![t] = eraRead[t]]
    /\ upperSeen' = [upperSeen EXCEPT ![t] = eraRead[t]]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<listVars, poolVars, era, lower, birth, retireEra, scanLower, scanUpper,
                   op, hp, nx, fresh, eraRead, allocs, retiredCount, limbo, scanNext, scanQueue,
                   opsDone, ghostVars>>

-----------------------------------------------------------------------------
(* Enqueue(item) *)

RingListEnqueueReadNext(t) ==               \* next = ring.Next.Load
    /\ pc[t] = "enq_read_next"
    /\ nx' = [nx EXCEPT ![t] = next[hp[t]]]
    /\ Goto(t, IF next[hp[t]] # Null THEN "enq_help_tail" ELSE "enq_ring")
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, op, hp, fresh, eraRead, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, opsDone, ghostVars>>

RingListEnqueueHelpTail(t) ==               \* _tail.TryCompareExchange(tail, next); retry
    /\ pc[t] = "enq_help_tail"
    /\ tail' = IF Holds(tail, t) THEN nx[t] ELSE tail
    /\ nx' = [nx EXCEPT ![t] = Null]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<head, items, closed, next, poolVars, reclaimerVars, op, hp, fresh, eraRead,
                   upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, opsDone, ghostVars>>

(* ring.TryEnqueueOrClose(item): the ring's own algorithm, one step.  A    *)
(* full ring closes (SeededBug "noclose": it fails without closing).       *)
RingListEnqueueRing(t) ==
    /\ pc[t] = "enq_ring"
    /\ LET n == hp[t]
           v == ValueOf(t, opsDone[t])
           takes == ~closed[n] /\ Len(items[n]) < C
       IN /\ IF takes
            THEN /\ items' = [items EXCEPT ![n] = Append(@, v)]
                 /\ absQ' = Append(absQ, v)
                 /\ UNCHANGED <<closed, wasClosed>>
            ELSE /\ closed' = IF SeededBug = "noclose" THEN closed ELSE [closed EXCEPT ![n] = TRUE]
                 /\ wasClosed' = IF SeededBug = "noclose" THEN wasClosed ELSE [wasClosed EXCEPT ![n] = TRUE]
                 /\ UNCHANGED <<items, absQ>>
          /\ StepNx(t, IF takes THEN "idle" ELSE "alloc")
    /\ UNCHANGED <<head, tail, next, poolVars, reclaimerVars, fresh, upperSeen,
                   allocs, retiredCount, limbo, scanNext, scanQueue>>

(* Reclaimer.Allocate: every EpochFreq-th allocation bumps the era, then   *)
(* a slot is taken from the pool and its birth era recorded.               *)

BumpDue(t) == (allocs[t] + 1) % EpochFreq = 0

IbrAllocBumpEra(t) ==                       \* _era.FetchAdd(1)
    /\ pc[t] = "alloc"
    /\ BumpDue(t)
    /\ era' = era + 1
    /\ allocs' = [allocs EXCEPT ![t] = 0]
    /\ Goto(t, "alloc_pool")
    /\ UNCHANGED <<listVars, poolVars, lower, upper, birth, retireEra, scanLower, scanUpper,
                   op, hp, nx, fresh, eraRead, upperSeen, retiredCount, limbo, scanNext, scanQueue,
                   opsDone, ghostVars>>

AtPoolAllocate(t) == (pc[t] = "alloc" /\ ~BumpDue(t)) \/ pc[t] = "alloc_pool"
AllocsAfter(t) == IF pc[t] = "alloc" THEN [allocs EXCEPT ![t] = @ + 1] ELSE allocs

IbrAllocPool(t) ==                          \* h = Pool.Allocate(t.Index)
    /\ AtPoolAllocate(t)
    /\ freeList # <<>>
    /\ fresh' = [fresh EXCEPT ![t] = Head(freeList)]
    /\ freeList' = Tail(freeList)
    /\ nodeState' = [nodeState EXCEPT ![Head(freeList)] = "live"]
    /\ allocs' = AllocsAfter(t)
    /\ Goto(t, "alloc_birth")
    /\ UNCHANGED <<listVars, reclaimerVars, op, hp, nx, eraRead, upperSeen, retiredCount, limbo,
                   scanNext, scanQueue, opsDone, ghostVars>>

(* Pool.Allocate throws PoolExhaustedException: the enqueue gives up       *)
(* (the workload catches it); EndOperation runs.                           *)
IbrAllocExhausted(t) ==
    /\ AtPoolAllocate(t)
    /\ freeList = <<>>
    /\ allocs' = AllocsAfter(t)
    /\ StepNx(t, "idle")
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, fresh, upperSeen,
                   retiredCount, limbo, scanNext, scanQueue, absQ, wasClosed>>

(* _birth[idx] = _era.Load; then (thread-local, the ring unpublished) the  *)
(* new ring is reset and takes the item.                                   *)
IbrAllocBirth(t) ==
    /\ pc[t] = "alloc_birth"
    /\ LET n == fresh[t]
       IN /\ birth' = [birth EXCEPT ![n] = era]
          /\ items' = [items EXCEPT ![n] = <<ValueOf(t, opsDone[t])>>]
          /\ closed' = [closed EXCEPT ![n] = FALSE]
          /\ next' = [next EXCEPT ![n] = Null]
          /\ wasClosed' = [wasClosed EXCEPT ![n] = FALSE]
    /\ Goto(t, "enq_link")
    /\ UNCHANGED <<head, tail, poolVars, era, lower, upper, retireEra, scanLower, scanUpper,
                   op, hp, nx, fresh, eraRead, upperSeen, allocs, retiredCount, limbo, scanNext,
                   scanQueue, opsDone, absQ, stale>>

(* ring.Next.TryCompareExchange(Null, fresh): linearization point.         *)
RingListEnqueueLink(t) ==
    /\ pc[t] = "enq_link"
    /\ LET n == hp[t]
       IN IF next[n] = Null
            THEN /\ next' = [next EXCEPT ![n] = fresh[t]]
                 /\ absQ' = Append(absQ, ValueOf(t, opsDone[t]))
                 /\ Goto(t, "enq_swing_tail")
            ELSE /\ UNCHANGED <<next, absQ>>
                 /\ Goto(t, "enq_discard")
    /\ UNCHANGED <<head, tail, items, closed, poolVars, reclaimerVars, op, hp, nx, fresh, eraRead,
                   upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, opsDone, wasClosed, stale>>

RingListEnqueueSwingTail(t) ==              \* _tail.TryCompareExchange(tail, fresh)
    /\ pc[t] = "enq_swing_tail"
    /\ tail' = IF Holds(tail, t) THEN fresh[t] ELSE tail
    /\ fresh' = [fresh EXCEPT ![t] = Null]
    /\ StepNx(t, "idle")
    /\ UNCHANGED <<head, items, closed, next, poolVars, reclaimerVars,
                   upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, absQ, wasClosed>>

RingListEnqueueDiscard(t) ==                \* _pool.Free(fresh): never published; retry
    /\ pc[t] = "enq_discard"
    /\ FreeSlot(fresh[t])
    /\ fresh' = [fresh EXCEPT ![t] = Null]
    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<listVars, reclaimerVars, op, hp, nx, eraRead, upperSeen, allocs, retiredCount,
                   limbo, scanNext, scanQueue, opsDone, absQ, wasClosed>>

-----------------------------------------------------------------------------
(* TryDequeue(out item) *)

(* ring.TryDequeue: the ring's own algorithm, one step.                    *)
(* SeededBug "reopens": a dequeue that finds a closed ring empty opens it  *)
(* again (as LCRQ's fixState defect moves a closed ring's tail without its *)
(* closed bit).                                                            *)
Take(t, onEmpty) ==
    LET n == hp[t]
    IN /\ IF items[n] # <<>>
         THEN /\ items' = [items EXCEPT ![n] = Tail(@)]
              /\ absQ' = Tail(absQ)
              /\ UNCHANGED closed
         ELSE /\ UNCHANGED <<items, absQ>>
              /\ closed' = IF SeededBug = "reopens" THEN [closed EXCEPT ![n] = FALSE] ELSE closed
       /\ StepNx(t, IF items[n] # <<>> THEN "idle" ELSE onEmpty)

RingListDequeueRing(t) ==
    /\ pc[t] = "deq_ring"
    /\ Take(t, "deq_read_next")
    /\ UNCHANGED <<head, tail, next, poolVars, reclaimerVars, fresh,
                   upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, wasClosed>>

RingListDequeueReadNext(t) ==               \* next = ring.Next.Load; Null: the queue is empty
    /\ pc[t] = "deq_read_next"
    /\ LET n == next[hp[t]]
       IN /\ nx' = [nx EXCEPT ![t] = n]       \* Null when the operation returns
          /\ Step(t, IF n = Null THEN "idle"
                     ELSE IF SeededBug = "nolasttry" THEN "deq_swing_head" ELSE "deq_last_try")
    /\ UNCHANGED <<listVars, poolVars, reclaimerVars, fresh, upperSeen, allocs,
                   retiredCount, limbo, scanNext, scanQueue, absQ, wasClosed>>

RingListDequeueLastTry(t) ==                \* ring.PrepareLastRound(); ring.TryDequeue
    /\ pc[t] = "deq_last_try"
    /\ Take(t, "deq_swing_head")
    /\ UNCHANGED <<head, tail, next, poolVars, reclaimerVars, fresh,
                   upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue, wasClosed>>

(* _head.TryCompareExchange(head, next): the winner retires the ring       *)
(* (SeededBug "freeonunlink": frees it at once); then the loop goes on.    *)
RingListDequeueSwingHead(t) ==
    /\ pc[t] = "deq_swing_head"
    /\ IF Holds(head, t)
         THEN /\ head' = nx[t]
              /\ IF SeededBug = "freeonunlink"
                   THEN /\ FreeSlot(hp[t])
                        /\ Goto(t, "protect_read_handle")
                   ELSE /\ Goto(t, "retire")
                        /\ UNCHANGED <<poolVars, stale>>
         ELSE /\ Goto(t, "protect_read_handle")
              /\ UNCHANGED <<head, poolVars, stale>>
    /\ nx' = [nx EXCEPT ![t] = Null]
    /\ UNCHANGED <<tail, items, closed, next, reclaimerVars, op, hp, fresh, eraRead, upperSeen,
                   allocs, retiredCount, limbo, scanNext, scanQueue, opsDone, absQ, wasClosed>>

(* Retire(h): MarkRetired; e = _era.Load; file in limbo list e mod 3;      *)
(* every RetireThreshold retirements, Scan.                                *)
IbrRetire(t) ==
    /\ pc[t] = "retire"
    /\ LET n == hp[t]
           c == retiredCount[t] + 1
       IN /\ nodeState' = [nodeState EXCEPT ![n] = "retired"]
          /\ retireEra' = [retireEra EXCEPT ![n] = era]
          /\ limbo' = [limbo EXCEPT ![t][era % 3] = Append(@, n)]
          /\ IF c >= RetireThreshold
               THEN /\ retiredCount' = [retiredCount EXCEPT ![t] = 0]
                    /\ Goto(t, "scan_lower")
               ELSE /\ retiredCount' = [retiredCount EXCEPT ![t] = c]
                    /\ Goto(t, "protect_read_handle")
    /\ UNCHANGED <<listVars, freeList, era, lower, upper, birth, scanLower, scanUpper, op, hp, nx,
                   fresh, eraRead, upperSeen, allocs, scanNext, scanQueue, opsDone, ghostVars>>

IbrScanReadLower(t) ==                      \* _scanLower[j] = _lower[j].Load
    /\ pc[t] = "scan_lower"
    /\ scanLower' = [scanLower EXCEPT ![t][scanNext[t]] = lower[scanNext[t]]]
    /\ Goto(t, "scan_upper")
    /\ UNCHANGED <<listVars, poolVars, era, lower, upper, birth, retireEra, scanUpper, op, hp, nx,
                   fresh, eraRead, upperSeen, allocs, retiredCount, limbo, scanNext, scanQueue,
                   opsDone, ghostVars>>

IbrScanReadUpper(t) ==                      \* _scanUpper[j] = _upper[j].Load
    /\ pc[t] = "scan_upper"
    /\ LET j == scanNext[t]
           su == [scanUpper[t] EXCEPT ![j] = upper[j]]
       IN /\ scanUpper' = [scanUpper EXCEPT ![t] = su]
          /\ IF j = N
               THEN LET q == SkipKept(AllLimbo(t), scanLower[t], su)
                    IN /\ scanQueue' = [scanQueue EXCEPT ![t] = q]
                       /\ scanNext' = [scanNext EXCEPT ![t] = 1]
                       /\ Goto(t, IF q = <<>> THEN "protect_read_handle" ELSE "scan_free")
               ELSE /\ scanNext' = [scanNext EXCEPT ![t] = j + 1]
                    /\ UNCHANGED scanQueue
                    /\ Goto(t, "scan_lower")
    /\ UNCHANGED <<listVars, poolVars, era, lower, upper, birth, retireEra, scanLower, op, hp, nx,
                   fresh, eraRead, upperSeen, allocs, retiredCount, limbo, opsDone, ghostVars>>

IbrScanFree(t) ==                           \* Pool.Free(t.Index, h) for an unreserved limbo ring
    /\ pc[t] = "scan_free"
    /\ LET n == Head(scanQueue[t])
           q == SkipKept(Tail(scanQueue[t]), scanLower[t], scanUpper[t])
       IN /\ FreeSlot(n)
          /\ limbo' = [limbo EXCEPT ![t] = [i \in Bags |-> SelectSeq(limbo[t][i], LAMBDA m : m # n)]]
          /\ scanQueue' = [scanQueue EXCEPT ![t] = q]
          /\ Goto(t, IF q = <<>> THEN "protect_read_handle" ELSE "scan_free")
    /\ UNCHANGED <<listVars, reclaimerVars, op, hp, nx, fresh, eraRead, upperSeen, allocs,
                   retiredCount, scanNext, opsDone, absQ, wasClosed>>

-----------------------------------------------------------------------------
(* EndOperation publishes nothing (the reservation is kept): no action of *)
(* its own; the operation's last step returns to "idle" (Step).            *)

-----------------------------------------------------------------------------

(* Every thread has done its operations: stutter (not a deadlock).         *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Ops
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ RingListEnqueueBegin(t)
           \/ RingListDequeueBegin(t)
           \/ IbrBeginStoreUpper(t)
           \/ IbrBeginStoreLower(t)
           \/ IbrProtectReadHandle(t)
           \/ IbrProtectReadEra(t)
           \/ IbrProtectStoreUpper(t)
           \/ RingListEnqueueReadNext(t)
           \/ RingListEnqueueHelpTail(t)
           \/ RingListEnqueueRing(t)
           \/ IbrAllocBumpEra(t)
           \/ IbrAllocPool(t)
           \/ IbrAllocExhausted(t)
           \/ IbrAllocBirth(t)
           \/ RingListEnqueueLink(t)
           \/ RingListEnqueueSwingTail(t)
           \/ RingListEnqueueDiscard(t)
           \/ RingListDequeueRing(t)
           \/ RingListDequeueReadNext(t)
           \/ RingListDequeueLastTry(t)
           \/ RingListDequeueSwingHead(t)
           \/ IbrRetire(t)
           \/ IbrScanReadLower(t)
           \/ IbrScanReadUpper(t)
           \/ IbrScanFree(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

EraBound == era <= MaxEra

-----------------------------------------------------------------------------
(* Properties *)

(* The rings from n on, following next (at most K of them).                *)
RECURSIVE ChainFrom(_, _)
ChainFrom(n, k) == IF n = Null \/ k = 0 THEN <<>> ELSE <<n>> \o ChainFrom(next[n], k - 1)

Chain == ChainFrom(head, K)

RECURSIVE Concat(_)
Concat(s) == IF s = <<>> THEN <<>> ELSE items[Head(s)] \o Concat(Tail(s))

RingsOf(s) == {s[i] : i \in 1..Len(s)}

(* The items of the rings from head to the last ring, in list order, are   *)
(* the abstract queue: no element lost, duplicated or reordered across     *)
(* ring boundaries.                                                        *)
QueueMatches == Concat(Chain) = absQ

(* The list is linked in order: from head, next leads to a last ring (no   *)
(* cycle) through allocated rings only; every ring but the last is closed; *)
(* the tail is on the list or one ring behind its head (a dequeuer may     *)
(* move the head before the enqueuer that linked the ring moves the tail). *)
LinkedInOrder ==
    /\ next[Chain[Len(Chain)]] = Null
    /\ \A i \in 1..Len(Chain) : nodeState[Chain[i]] = "live"
    /\ \A i \in 1..(Len(Chain) - 1) : closed[Chain[i]]
    /\ tail \in RingsOf(Chain) \/ next[tail] = head

(* A closed ring stays closed until its slot is reused.                    *)
ClosedStaysClosed == \A n \in Nodes : wasClosed[n] => closed[n]

(* No thread about to access the ring it protected (the steps that report *)
(* an access to the pool) holds a slot that is free, or that was freed    *)
(* since it read the handle.                                               *)
AccessLabels == {"enq_read_next", "enq_ring", "enq_link", "deq_ring", "deq_read_next", "deq_last_try"}
NoUseAfterFree ==
    \A t \in Threads :
        pc[t] \in AccessLabels => nodeState[hp[t]] # "free" /\ ~stale[t]

THEOREM Spec => [](TypeOK /\ QueueMatches /\ LinkedInOrder /\ ClosedStaysClosed /\ NoUseAfterFree)
=============================================================================
