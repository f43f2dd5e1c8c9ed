------------------------------ MODULE Treiber ------------------------------
(***************************************************************************)
(* Treiber's lock-free stack over a node pool with immediate reuse, as     *)
(* implemented by Weft.Collections.TreiberStack                            *)
(* (impl/src/Collections/TreiberStack.cs) over Weft.Memory.NodePool        *)
(* (impl/src/Memory/NodePool.cs) with TreiberReclamation.ImmediateReuse:   *)
(*                                                                         *)
(*   R. K. Treiber, "Systems Programming: Coping with Parallelism",        *)
(*   IBM RJ 5118, 1986.                                                    *)
(*                                                                         *)
(* A handle is a pair <<slot, tag>>: with Tagged = TRUE the tag is the     *)
(* slot's generation, bumped by every free, so a handle to a recycled slot *)
(* differs from the new one and a CAS on it fails; with Tagged = FALSE the *)
(* tag is always 0 and the stack suffers ABA.                              *)
(*                                                                         *)
(* Every thread performs Ops operations, each a Push(t) or a TryPop        *)
(* chosen when it starts (thread t pushes the value t).  Push: allocate a  *)
(* slot and write its payload, then loop {read top; write next := top;     *)
(* CAS top}.  TryPop: loop {read top; if null return false; read next of   *)
(* top (speculative: the slot may have been freed, pool memory is          *)
(* type-stable); CAS top from top to next}, then read the payload and free *)
(* the slot.  Bounding the operations bounds the generations too.          *)
(*                                                                         *)
(* Linearizability is checked against a ghost abstract stack `abs` updated *)
(* at the linearization points, the successful CASes.                      *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access (scheduling       *)
(* point) of the implementation, named after it, the thread as parameter,  *)
(* pc[t] the label of the next step.  NodePool.Allocate (with the plain    *)
(* SetPayload that follows it) and NodePool.Free are one action each (the  *)
(* pool's free list is linearizable on its own; the replay runs a pool     *)
(* call as a unit).  A Push that finds the pool empty throws before        *)
(* changing anything (a stuttering step): it is not modeled.  Dead locals  *)
(* are reset.                                                              *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,          \* the threads, 1..N
    Nodes,            \* the pool's slots, 1..K
    InitialDepth,     \* slots 1..InitialDepth are pushed by the setup (slot InitialDepth on top)
    Tagged,           \* NodePool(tagged: Tagged)
    Ops,              \* the operations each thread performs
    SeededBug         \* "none", or a seeded defect (WeftConfig.SeededBug): "double" (DoubleRetire): the pop's
                      \* retire frees the node twice; "next" (TreiberPopReturnsNext): a pop returns the payload
                      \* of the node below the one it unlinked (the new top), when there is one

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME NodesAssumption == Nodes # {} /\ Nodes = 1..Cardinality(Nodes)
ASSUME InitialDepthAssumption == InitialDepth \in 0..Cardinality(Nodes)
ASSUME TaggedAssumption == Tagged \in BOOLEAN
ASSUME OpsAssumption == Ops \in Nat
ASSUME SeededBugAssumption == SeededBug \in {"none", "double", "next"}

K == Cardinality(Nodes)
Null == <<0, 0>>                            \* NodePool.Null
Gens == 0..(Cardinality(Threads) * Ops)     \* each free (one per pop) bumps one generation
Handles == ({0} \X {0}) \cup (Nodes \X Gens)
Values == {0} \cup Threads                  \* 0: the setup's values
NoValue == -1                               \* a dead local, or a pop of an empty abstract stack

Labels == {"idle", "push_read_top", "push_write_next", "push_cas",
           "pop_read_top", "pop_read_next", "pop_cas", "pop_read_payload", "pop_free"}

VARIABLES
    (* shared state *)
    top,          \* TreiberStack._top
    next,         \* next[n] = _next[n - 1] (link cells; kept when the slot is freed)
    payload,      \* payload[n] = _payload[n - 1]
    gen,          \* gen[n] = _generation[n - 1] (stays 0 when untagged)
    freeList,     \* the pool's free list, first element = next slot Allocate returns (LIFO)
    nodeState,    \* "free" | "live" (controlled NodePool._free)
    (* per-thread state *)
    pc,           \* label of the thread's next step
    node,         \* Push: the local node
    tp,           \* the local top
    nx,           \* TryPop: the local next
    val,          \* TryPop: the value read
    opsDone,      \* operations the thread has completed
    (* history (ghost) variables *)
    abs,          \* the abstract stack, top first
    expect,       \* expect[t]: the abstract value t's pop returned at its linearization point
    doubleFree    \* set if a free slot (or a stale handle) is ever freed

sharedVars == <<top, next, payload, gen, freeList, nodeState>>
localVars == <<pc, node, tp, nx, val, opsDone>>
ghostVars == <<abs, expect, doubleFree>>
vars == <<sharedVars, localVars, ghostVars>>

IsSeqOf(s, S) == s \in Seq(S)

TypeOK ==
    /\ top \in Handles
    /\ next \in [Nodes -> Handles]
    /\ payload \in [Nodes -> Values]
    /\ gen \in [Nodes -> Gens]
    /\ IsSeqOf(freeList, Nodes)
    /\ nodeState \in [Nodes -> {"free", "live"}]
    /\ pc \in [Threads -> Labels]
    /\ node \in [Threads -> Handles]
    /\ tp \in [Threads -> Handles]
    /\ nx \in [Threads -> Handles]
    /\ val \in [Threads -> Values \cup {NoValue}]
    /\ opsDone \in [Threads -> 0..Ops]
    /\ IsSeqOf(abs, Values)
    /\ expect \in [Threads -> Values \cup {NoValue}]
    /\ doubleFree \in BOOLEAN

Init ==
    /\ top = IF InitialDepth = 0 THEN Null ELSE <<InitialDepth, 0>>
    /\ next = [n \in Nodes |-> IF n \in 2..InitialDepth THEN <<n - 1, 0>> ELSE Null]
    /\ payload = [n \in Nodes |-> 0]
    /\ gen = [n \in Nodes |-> 0]
    /\ freeList = [i \in 1..(K - InitialDepth) |-> InitialDepth + i]
    /\ nodeState = [n \in Nodes |-> IF n <= InitialDepth THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "idle"]
    /\ node = [t \in Threads |-> Null]
    /\ tp = [t \in Threads |-> Null]
    /\ nx = [t \in Threads |-> Null]
    /\ val = [t \in Threads |-> NoValue]
    /\ opsDone = [t \in Threads |-> 0]
    /\ abs = [i \in 1..InitialDepth |-> 0]
    /\ expect = [t \in Threads |-> NoValue]
    /\ doubleFree = FALSE

-----------------------------------------------------------------------------

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

(* A new operation may start.                                              *)
Idle(t) == pc[t] = "idle" /\ opsDone[t] < Ops

(* The operation is over: its locals die.                                  *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ node' = [node EXCEPT ![t] = Null]
    /\ tp' = [tp EXCEPT ![t] = Null]
    /\ nx' = [nx EXCEPT ![t] = Null]
    /\ val' = [val EXCEPT ![t] = NoValue]
    /\ expect' = [expect EXCEPT ![t] = NoValue]

(* The handle NodePool.Allocate returns for slot n.                        *)
HandleOf(n) == <<n, IF Tagged THEN gen[n] ELSE 0>>

(* The controlled pool's check of a handle: the slot is allocated and,     *)
(* when tagged, the handle's generation is the slot's current one.         *)
Live(h) == nodeState[h[1]] = "live" /\ (Tagged => h[2] = gen[h[1]])

-----------------------------------------------------------------------------
(* Push(value) *)

TreiberPushAlloc(t) ==              \* node = _pool.Allocate(); _pool.SetPayload(node, value)
    /\ Idle(t)
    /\ freeList # <<>>
    /\ LET n == Head(freeList)
       IN /\ node' = [node EXCEPT ![t] = HandleOf(n)]
          /\ payload' = [payload EXCEPT ![n] = t]
          /\ nodeState' = [nodeState EXCEPT ![n] = "live"]
          /\ freeList' = Tail(freeList)
    /\ Goto(t, "push_read_top")
    /\ UNCHANGED <<top, next, gen, tp, nx, val, opsDone, ghostVars>>

TreiberPushReadTop(t) ==            \* top = _top.Load
    /\ pc[t] = "push_read_top"
    /\ tp' = [tp EXCEPT ![t] = top]
    /\ Goto(t, "push_write_next")
    /\ UNCHANGED <<sharedVars, node, nx, val, opsDone, ghostVars>>

TreiberPushWriteNext(t) ==          \* _pool.Next(node).Store(top)
    /\ pc[t] = "push_write_next"
    /\ next' = [next EXCEPT ![node[t][1]] = tp[t]]
    /\ Goto(t, "push_cas")
    /\ UNCHANGED <<top, payload, gen, freeList, nodeState, node, tp, nx, val, opsDone, ghostVars>>

TreiberPushCas(t) ==                \* _top.TryCompareExchange(top, node): linearization point
    /\ pc[t] = "push_cas"
    /\ IF top = tp[t]
         THEN /\ top' = node[t]
              /\ abs' = <<t>> \o abs
              /\ Done(t)
         ELSE /\ Goto(t, "push_read_top")
              /\ UNCHANGED <<top, abs, node, tp, nx, val, expect, opsDone>>
    /\ UNCHANGED <<next, payload, gen, freeList, nodeState, doubleFree>>

-----------------------------------------------------------------------------
(* TryPop(out value) *)

TreiberPopReadTop(t) ==             \* top = _top.Load; if (top == Null) return false
    /\ Idle(t) \/ pc[t] = "pop_read_top"
    /\ IF top = Null
         THEN Done(t)
         ELSE /\ tp' = [tp EXCEPT ![t] = top]
              /\ Goto(t, "pop_read_next")
              /\ UNCHANGED <<node, nx, val, expect, opsDone>>
    /\ UNCHANGED <<sharedVars, abs, doubleFree>>

TreiberPopReadNext(t) ==            \* next = _pool.Next(top).Load (speculative)
    /\ pc[t] = "pop_read_next"
    /\ nx' = [nx EXCEPT ![t] = next[tp[t][1]]]
    /\ Goto(t, "pop_cas")
    /\ UNCHANGED <<sharedVars, node, tp, val, opsDone, ghostVars>>

TreiberPopCas(t) ==                 \* _top.TryCompareExchange(top, next): linearization point
    /\ pc[t] = "pop_cas"
    /\ IF top = tp[t]
         THEN /\ top' = nx[t]
              /\ expect' = [expect EXCEPT ![t] = IF abs = <<>> THEN NoValue ELSE Head(abs)]
              /\ abs' = IF abs = <<>> THEN abs ELSE Tail(abs)
              /\ Goto(t, "pop_read_payload")
         ELSE /\ Goto(t, "pop_read_top")
              /\ UNCHANGED <<top, expect, abs>>
    /\ UNCHANGED <<next, payload, gen, freeList, nodeState, node, tp, nx, val, opsDone, doubleFree>>

(* The node whose payload the pop returns: the one it unlinked (SeededBug  *)
(* "next": the node below it, when there is one).                          *)
PayloadNode(t) == IF SeededBug = "next" /\ nx[t] # Null THEN nx[t] ELSE tp[t]

TreiberPopReadPayload(t) ==         \* value = _pool.Payload(top)
    /\ pc[t] = "pop_read_payload"
    /\ val' = [val EXCEPT ![t] = payload[PayloadNode(t)[1]]]
    /\ Goto(t, "pop_free")
    /\ UNCHANGED <<sharedVars, node, tp, nx, opsDone, ghostVars>>

(* SeededBug "double": the node is freed twice, one free after the other.  *)
TreiberPopFree(t) ==                \* _pool.Free(top) (ImmediateReuse): generation++, back on the free list
    /\ pc[t] = "pop_free"
    /\ LET n == tp[t][1]
           twice == SeededBug = "double"
       IN /\ doubleFree' = (doubleFree \/ ~Live(tp[t]) \/ twice)
          /\ nodeState' = [nodeState EXCEPT ![n] = "free"]
          /\ gen' = IF Tagged THEN [gen EXCEPT ![n] = @ + (IF twice THEN 2 ELSE 1)] ELSE gen
          /\ freeList' = (IF twice THEN <<n, n>> ELSE <<n>>) \o freeList
    /\ Done(t)
    /\ UNCHANGED <<top, next, payload, abs>>

-----------------------------------------------------------------------------

(* Every thread has done its operations: stutter (not a deadlock).         *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Ops
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ TreiberPushAlloc(t)
           \/ TreiberPushReadTop(t)
           \/ TreiberPushWriteNext(t)
           \/ TreiberPushCas(t)
           \/ TreiberPopReadTop(t)
           \/ TreiberPopReadNext(t)
           \/ TreiberPopCas(t)
           \/ TreiberPopReadPayload(t)
           \/ TreiberPopFree(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* No pop reads the payload of a slot that is free or, when tagged, was    *)
(* recycled since the pop read its handle (NodePool.Payload's check).      *)
NoUseAfterFree ==
    \A t \in Threads : pc[t] = "pop_read_payload" => Live(tp[t])

(* No slot is ever freed twice (NodePool.Free's check).                    *)
NoDoubleFree == doubleFree = FALSE

(* The handles met following next links from top, at most K + 1 of them.   *)
RECURSIVE Walk(_, _)
Walk(h, fuel) == IF h = Null \/ fuel = 0 THEN <<>> ELSE <<h>> \o Walk(next[h[1]], fuel - 1)
Chain == Walk(top, K + 1)

(* The stack's representation invariant: the list from top ends in null    *)
(* within K links (so it is acyclic), every handle on it names a live slot *)
(* (and, when tagged, its current generation), and the payloads read from  *)
(* top down are exactly the abstract stack.                                *)
StackMatchesAbstract ==
    /\ Len(Chain) <= K
    /\ \A i \in 1..Len(Chain) : Live(Chain[i])
    /\ [i \in 1..Len(Chain) |-> payload[Chain[i][1]]] = abs

(* Every pop returns the value the abstract stack popped at its            *)
(* linearization point (its CAS).                                          *)
PopReturnsAbstractTop ==
    \A t \in Threads : pc[t] = "pop_free" => val[t] = expect[t] /\ expect[t] # NoValue

THEOREM Spec => [](TypeOK /\ NoUseAfterFree /\ NoDoubleFree /\ StackMatchesAbstract
                   /\ PopReturnsAbstractTop)
=============================================================================
