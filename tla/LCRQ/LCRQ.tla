------------------------------ MODULE LCRQ ---------------------------------
(***************************************************************************)
(* The CRQ ring of LCRQ, as implemented by Weft.Collections.CrqRing        *)
(* (impl/src/Collections/CrqRing.cs, design note Lcrq.md):                 *)
(*                                                                         *)
(*   A. Morrison and Y. Afek, "Fast Concurrent Queues for x86              *)
(*   Processors", PPoPP 2013, Figures 3-5.                                 *)
(*                                                                         *)
(* A ring of R entries (R a power of two); an entry is an unsafe flag, an  *)
(* index (the position it is for) and a value handle (0 = empty), packed   *)
(* into one 64-bit word so that every CAS2 of the paper is one CAS.        *)
(* Entry s starts as (safe, s, 0).  Head and tail are positions; the tail  *)
(* carries a closed bit.  Enqueue draws a position from the tail and fills *)
(* the entry when it is empty, its index is not past the position, and it  *)
(* is safe (or unsafe with no dequeuer past the position); otherwise it    *)
(* reads the head and closes the ring when full (tail - head >= R) or      *)
(* after StarvationLimit attempts, else draws again.  A closed ring takes  *)
(* no value (LCRQ links a new ring).  Dequeue draws a position from the    *)
(* head and takes the value enqueued for it; otherwise it moves an empty   *)
(* entry past its position, or marks an entry holding an older value       *)
(* unsafe, and when the tail is at or below its position + 1 it fixes the  *)
(* state (moves the tail up to the head unless the ring is closed) and     *)
(* returns empty.                                                          *)
(*                                                                         *)
(* Workload: every thread performs Ops operations, each an enqueue of its  *)
(* own value handle t or a dequeue.                                        *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access (scheduling       *)
(* point) of CrqRing, named after it, the thread as parameter, pc[t] the   *)
(* label of the next step (StepLabel.At in the implementation).  Memory    *)
(* orders are not modeled (sequential consistency).  Not modeled: the end  *)
(* of a ring's index range (2^31 - R positions, far beyond any model) and  *)
(* the linked list of rings (LcrqQueue's RingList).                        *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Threads,          \* the threads, 1..T
    R,                \* the ring's entries (a power of two)
    Ops,              \* the operations each thread performs
    StarvationLimit,  \* CrqRing.StarvationLimit: enqueue attempts before the enqueuer closes the ring
    SeededBug         \* "none", or a seeded defect (WeftConfig.SeededBug):
                      \*   "ignoreunsafe"  (LcrqIgnoreUnsafe): enqueue treats an unsafe entry as safe
                      \*   "noempty"       (LcrqNoEmptyTransition): a dequeuer leaves an empty entry as it is
                      \*   "fixreopens"    (LcrqFixStateReopens): fixState moves the tail of a closed ring, dropping its closed bit

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME RAssumption == R \in {1, 2, 4}
ASSUME OpsAssumption == Ops \in Nat
ASSUME StarvationAssumption == StarvationLimit \in Nat \ {0}
ASSUME SeededBugAssumption == SeededBug \in {"none", "ignoreunsafe", "noempty", "fixreopens"}

Slots == 0..(R - 1)
NoPos == -1                          \* a dead local
Entry(u, i, v) == [unsafe |-> u, index |-> i, value |-> v]
NoEntry == Entry(FALSE, -1, 0)       \* a dead local
Values == {0} \cup Threads           \* 0: empty

Labels == {"idle", "enq_faa", "enq_load", "enq_unsafe_head", "enq_cas", "enq_full_head", "enq_close",
           "deq_faa", "deq_load", "deq_take", "deq_mark", "deq_advance", "deq_read_tail",
           "fix_read_tail", "fix_read_head", "fix_cas"}

VARIABLES
    (* shared state *)
    entries,      \* entries[s] = the decoded _entries[s]
    head,         \* _head
    tail,         \* _tail without the closed bit
    closed,       \* the closed bit of _tail
    (* per-thread state *)
    pc,           \* label of the thread's next step
    pos,          \* the position the thread drew
    seen,         \* the entry the thread read
    attempt,      \* enqueue: the attempt number
    ftail,        \* fixState: the tail read (position, closed)
    opsDone,      \* operations the thread has completed
    (* history (ghost) variables *)
    wasClosed     \* the ring has been closed

sharedVars == <<entries, head, tail, closed>>
localVars == <<pc, pos, seen, attempt, ftail, opsDone>>
vars == <<sharedVars, localVars, wasClosed>>

Entries == [unsafe : BOOLEAN, index : Nat, value : Values]

TypeOK ==
    /\ entries \in [Slots -> Entries]
    /\ head \in Nat /\ tail \in Nat /\ closed \in BOOLEAN
    /\ pc \in [Threads -> Labels]
    /\ pos \in [Threads -> Nat \cup {NoPos}]
    /\ seen \in [Threads -> Entries \cup {NoEntry}]
    /\ attempt \in [Threads -> 0..StarvationLimit]
    /\ ftail \in [Threads -> ([position : Nat, closed : BOOLEAN] \cup {NoEntry})]
    /\ opsDone \in [Threads -> 0..Ops]
    /\ wasClosed \in BOOLEAN

Init ==
    /\ entries = [s \in Slots |-> Entry(FALSE, s, 0)]
    /\ head = 0
    /\ tail = 0
    /\ closed = FALSE
    /\ pc = [t \in Threads |-> "idle"]
    /\ pos = [t \in Threads |-> NoPos]
    /\ seen = [t \in Threads |-> NoEntry]
    /\ attempt = [t \in Threads |-> 0]
    /\ ftail = [t \in Threads |-> NoEntry]
    /\ opsDone = [t \in Threads |-> 0]
    /\ wasClosed = FALSE

-----------------------------------------------------------------------------

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

Idle(t) == pc[t] = "idle" /\ opsDone[t] < Ops

(* The operation is over: its locals die.                                  *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ pos' = [pos EXCEPT ![t] = NoPos]
    /\ seen' = [seen EXCEPT ![t] = NoEntry]
    /\ attempt' = [attempt EXCEPT ![t] = 0]
    /\ ftail' = [ftail EXCEPT ![t] = NoEntry]

Slot(p) == p % R

-----------------------------------------------------------------------------
(* TryEnqueue(handle t) *)

CrqEnqueueFaa(t) ==                 \* tail = _tail.FetchAdd(1); closed: return false
    /\ Idle(t) \/ pc[t] = "enq_faa"
    /\ tail' = tail + 1
    /\ IF closed
         THEN Done(t)
         ELSE /\ pos' = [pos EXCEPT ![t] = tail]
              /\ attempt' = [attempt EXCEPT ![t] = @ + 1]
              /\ Goto(t, "enq_load")
              /\ UNCHANGED <<seen, ftail, opsDone>>
    /\ UNCHANGED <<entries, head, closed, wasClosed>>

SafeOrIgnored(e) == ~e.unsafe \/ SeededBug = "ignoreunsafe"

CrqEnqueueLoad(t) ==                \* seen = entry.Load: occupied or passed: give up this position
    /\ pc[t] = "enq_load"
    /\ LET e == entries[Slot(pos[t])]
       IN /\ seen' = [seen EXCEPT ![t] = e]
          /\ Goto(t, IF e.value # 0 \/ e.index > pos[t] THEN "enq_full_head"
                     ELSE IF SafeOrIgnored(e) THEN "enq_cas" ELSE "enq_unsafe_head")
    /\ UNCHANGED <<sharedVars, pos, attempt, ftail, opsDone, wasClosed>>

CrqEnqueueUnsafeHead(t) ==          \* unsafe: fill only if _head.Load <= tail
    /\ pc[t] = "enq_unsafe_head"
    /\ Goto(t, IF head > pos[t] THEN "enq_full_head" ELSE "enq_cas")
    /\ UNCHANGED <<sharedVars, pos, seen, attempt, ftail, opsDone, wasClosed>>

CrqEnqueueCas(t) ==                 \* entry.TryCompareExchange(seen, (safe, tail, handle))
    /\ pc[t] = "enq_cas"
    /\ LET s == Slot(pos[t])
       IN IF entries[s] = seen[t]
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(FALSE, pos[t], t)]
                 /\ Done(t)
            ELSE /\ Goto(t, "enq_full_head")
                 /\ UNCHANGED <<entries, pos, seen, attempt, ftail, opsDone>>
    /\ UNCHANGED <<head, tail, closed, wasClosed>>

CrqEnqueueFullHead(t) ==            \* head = _head.Load; full or starving: close, else draw again
    /\ pc[t] = "enq_full_head"
    /\ Goto(t, IF pos[t] - head >= R \/ attempt[t] >= StarvationLimit THEN "enq_close" ELSE "enq_faa")
    /\ UNCHANGED <<sharedVars, pos, seen, attempt, ftail, opsDone, wasClosed>>

CrqEnqueueClose(t) ==               \* _tail.FetchOr(closed); return false
    /\ pc[t] = "enq_close"
    /\ closed' = TRUE
    /\ wasClosed' = TRUE
    /\ Done(t)
    /\ UNCHANGED <<entries, head, tail>>

-----------------------------------------------------------------------------
(* TryDequeue(out handle) *)

CrqDequeueFaa(t) ==                 \* head = _head.FetchAdd(1)
    /\ Idle(t) \/ pc[t] = "deq_faa"
    /\ pos' = [pos EXCEPT ![t] = head]
    /\ head' = head + 1
    /\ Goto(t, "deq_load")
    /\ UNCHANGED <<entries, tail, closed, seen, attempt, ftail, opsDone, wasClosed>>

CrqDequeueLoad(t) ==                \* seen = entry.Load: take, mark unsafe, move on, or leave
    /\ pc[t] = "deq_load"
    /\ LET e == entries[Slot(pos[t])]
       IN /\ seen' = [seen EXCEPT ![t] = e]
          /\ Goto(t, IF e.index > pos[t] THEN "deq_read_tail"
                     ELSE IF e.value # 0 THEN (IF e.index = pos[t] THEN "deq_take" ELSE "deq_mark")
                     ELSE IF SeededBug = "noempty" THEN "deq_read_tail"
                     ELSE "deq_advance")
    /\ UNCHANGED <<sharedVars, pos, attempt, ftail, opsDone, wasClosed>>

CrqDequeueTake(t) ==                \* entry.TryCompareExchange(seen, (s, head + R, 0)): the value is ours
    /\ pc[t] = "deq_take"
    /\ LET s == Slot(pos[t])
       IN IF entries[s] = seen[t]
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(seen[t].unsafe, pos[t] + R, 0)]
                 /\ Done(t)
            ELSE /\ Goto(t, "deq_load")
                 /\ UNCHANGED <<entries, pos, seen, attempt, ftail, opsDone>>
    /\ UNCHANGED <<head, tail, closed, wasClosed>>

CrqDequeueMark(t) ==                \* entry.TryCompareExchange(seen, seen | unsafe)
    /\ pc[t] = "deq_mark"
    /\ LET s == Slot(pos[t])
       IN IF entries[s] = seen[t]
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(TRUE, seen[t].index, seen[t].value)]
                 /\ Goto(t, "deq_read_tail")
            ELSE /\ Goto(t, "deq_load")
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, closed, pos, seen, attempt, ftail, opsDone, wasClosed>>

CrqDequeueAdvance(t) ==             \* entry.TryCompareExchange(seen, (s, head + R, 0))
    /\ pc[t] = "deq_advance"
    /\ LET s == Slot(pos[t])
       IN IF entries[s] = seen[t]
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(seen[t].unsafe, pos[t] + R, 0)]
                 /\ Goto(t, "deq_read_tail")
            ELSE /\ Goto(t, "deq_load")
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, closed, pos, seen, attempt, ftail, opsDone, wasClosed>>

CrqDequeueReadTail(t) ==            \* if (_tail.Load <= head + 1) { FixState; return false } else draw again
    /\ pc[t] = "deq_read_tail"
    /\ Goto(t, IF tail <= pos[t] + 1 THEN "fix_read_tail" ELSE "deq_faa")
    /\ UNCHANGED <<sharedVars, pos, seen, attempt, ftail, opsDone, wasClosed>>

CrqFixReadTail(t) ==                \* fixState: tail = _tail.Load
    /\ pc[t] = "fix_read_tail"
    /\ ftail' = [ftail EXCEPT ![t] = [position |-> tail, closed |-> closed]]
    /\ Goto(t, "fix_read_head")
    /\ UNCHANGED <<sharedVars, pos, seen, attempt, opsDone, wasClosed>>

CrqFixReadHead(t) ==                \* head = _head.Load; closed, or head <= tail: done
    /\ pc[t] = "fix_read_head"
    /\ IF (ftail[t].closed /\ SeededBug # "fixreopens") \/ head <= ftail[t].position
         THEN Done(t)
         ELSE /\ Goto(t, "fix_cas")
              /\ pos' = [pos EXCEPT ![t] = head]   \* the head to move the tail to (reuses the dead position)
              /\ UNCHANGED <<seen, attempt, ftail, opsDone>>
    /\ UNCHANGED <<sharedVars, wasClosed>>

CrqFixCas(t) ==                     \* _tail.TryCompareExchange(tail, head): the tail moves up to the head
    /\ pc[t] = "fix_cas"
    /\ IF tail = ftail[t].position /\ closed = ftail[t].closed
         THEN /\ tail' = pos[t]
              /\ closed' = FALSE
              /\ Done(t)
         ELSE /\ Goto(t, "fix_read_tail")
              /\ UNCHANGED <<tail, closed, pos, seen, attempt, ftail, opsDone>>
    /\ UNCHANGED <<entries, head, wasClosed>>

-----------------------------------------------------------------------------

Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Ops
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ CrqEnqueueFaa(t)
           \/ CrqEnqueueLoad(t)
           \/ CrqEnqueueUnsafeHead(t)
           \/ CrqEnqueueCas(t)
           \/ CrqEnqueueFullHead(t)
           \/ CrqEnqueueClose(t)
           \/ CrqDequeueFaa(t)
           \/ CrqDequeueLoad(t)
           \/ CrqDequeueTake(t)
           \/ CrqDequeueMark(t)
           \/ CrqDequeueAdvance(t)
           \/ CrqDequeueReadTail(t)
           \/ CrqFixReadTail(t)
           \/ CrqFixReadHead(t)
           \/ CrqFixCas(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

Holding(t) == pc[t] \in {"deq_load", "deq_take", "deq_mark", "deq_advance"}

(* Every value in the ring will be dequeued: its entry's index (the        *)
(* position it was enqueued at) is at or past the head, or a dequeuer that *)
(* drew that position still holds it.  A value stranded behind the head is *)
(* a lost element.                                                         *)
NoStrandedValue ==
    \A s \in Slots :
        entries[s].value # 0 =>
            entries[s].index >= head \/ \E t \in Threads : Holding(t) /\ pos[t] = entries[s].index

(* Once closed, the ring stays closed (a successor may already be linked). *)
ClosedStaysClosed == wasClosed => closed

THEOREM Spec => [](TypeOK /\ NoStrandedValue /\ ClosedStaysClosed)
=============================================================================
