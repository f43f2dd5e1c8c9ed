------------------------------ MODULE SCQ ----------------------------------
(***************************************************************************)
(* The SCQ ring of indices, as implemented by Weft.Collections.ScqRing     *)
(* (impl/src/Collections/ScqRing.cs, design note ScqRing.md):              *)
(*                                                                         *)
(*   R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free    *)
(*   FIFO Queue", DISC 2019, Figure 8.                                     *)
(*                                                                         *)
(* A ring of R = 2N entries holds at most N indices (0..N-1).  An entry is *)
(* a cycle, an unsafe flag and an index (Bot = 2N - 1 when empty).  Head   *)
(* and tail are positions; position p is entry p % R of cycle p \div R.    *)
(* Enqueue draws a position from the tail (fetch-and-add) and fills the    *)
(* entry when it is empty, of an older cycle, and safe (or unsafe with no  *)
(* dequeuer past the position yet); otherwise it draws again.  Dequeue     *)
(* draws a position from the head and consumes the entry when it holds an  *)
(* index of the position's cycle; otherwise it invalidates the entry for   *)
(* its position (an empty entry moves to the dequeuer's cycle, an occupied *)
(* one of an older cycle is marked unsafe), and when the tail is at or     *)
(* below its position + 1 it catches the tail up and returns empty.  A     *)
(* threshold, reset to 3N - 1 by every enqueue and decremented by every    *)
(* failed dequeue round, bounds the work of dequeues on an empty ring.     *)
(*                                                                         *)
(* Workload: the N indices are dealt to the threads (index i to thread     *)
(* (i % |Threads|) + 1); every thread performs Ops operations, each an     *)
(* enqueue of the smallest index it holds (only when it holds one) or a    *)
(* dequeue, whose index it then holds.  So the ring never holds more than  *)
(* N indices, as ScqQueue's two rings guarantee for it.                    *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access (scheduling       *)
(* point) of ScqRing, named after it, the thread as parameter, pc[t] the   *)
(* label of the next step (StepLabel.At in the implementation).  Memory    *)
(* orders are not modeled (sequential consistency).  The finalize bit of   *)
(* LSCQ rings is not modeled: the ring here is never finalized.            *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..T
    N,            \* the ring's capacity n (a power of two): indices 0..N-1, R = 2N entries
    Ops,          \* the operations each thread performs
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug):
                  \*   "nocycle"        (ScqEnqueueNoCycleCheck): enqueue fills without the older-cycle check
                  \*   "ignoreunsafe"   (ScqIgnoreUnsafe): enqueue treats an unsafe entry as safe
                  \*   "nocatchup"      (ScqNoCatchUp): an empty dequeue leaves the tail behind
                  \*   "nothreshold"    (ScqNoThreshold): dequeues ignore the threshold
                  \*   "consumebystore" (ScqConsumeByStore): consuming stores the entry instead of or-ing Bot in

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME NAssumption == N \in {1, 2, 4}
ASSUME OpsAssumption == Ops \in Nat
ASSUME SeededBugAssumption == SeededBug \in {"none", "nocycle", "ignoreunsafe", "nocatchup", "nothreshold", "consumebystore"}

T == Cardinality(Threads)
R == 2 * N
Bot == R - 1                         \* the empty index (ScqRing's index mask)
Indices == 0..(N - 1)
Reset == 3 * N - 1                   \* the threshold's reset value
Slots == 0..(R - 1)
NoPos == -1                          \* a dead local

Entry(c, u, i) == [cycle |-> c, unsafe |-> u, index |-> i]
NoEntry == Entry(-1, FALSE, Bot)     \* a dead local
Cycle(p) == p \div R
Slot(p) == p % R
DealtTo(t) == {i \in Indices : (i % T) + 1 = t}

Labels == {"idle", "enq_faa", "enq_load", "enq_read_head", "enq_cas", "enq_thr_load", "enq_thr_store",
           "deq_faa", "deq_load", "deq_consume", "deq_cas", "deq_read_tail", "deq_catchup_cas",
           "deq_catchup_read_head", "deq_catchup_read_tail", "deq_thr_dec_empty", "deq_thr_dec"}

VARIABLES
    (* shared state *)
    entries,      \* entries[s] = the decoded _entries[s]
    head,         \* _head
    tail,         \* _tail
    threshold,    \* _threshold
    (* per-thread state *)
    pc,           \* label of the thread's next step
    pos,          \* the position the thread drew (enqueue: from the tail; dequeue: from the head)
    seen,         \* the entry the thread read
    idx,          \* enqueue: the index being enqueued
    ctail,        \* catch-up: the tail the thread read
    chead,        \* catch-up: the head the thread moves the tail to
    held,         \* the indices the thread holds (the workload's)
    opsDone       \* operations the thread has completed

sharedVars == <<entries, head, tail, threshold>>
localVars == <<pc, pos, seen, idx, ctail, chead, held, opsDone>>
vars == <<sharedVars, localVars>>

Positions == Nat
Entries == [cycle : Nat, unsafe : BOOLEAN, index : Indices \cup {Bot}]

TypeOK ==
    /\ entries \in [Slots -> Entries]
    /\ head \in Positions /\ tail \in Positions
    /\ threshold \in Int
    /\ pc \in [Threads -> Labels]
    /\ pos \in [Threads -> Positions \cup {NoPos}]
    /\ seen \in [Threads -> Entries \cup {NoEntry}]
    /\ idx \in [Threads -> Indices \cup {NoPos}]
    /\ ctail \in [Threads -> Positions \cup {NoPos}]
    /\ chead \in [Threads -> Positions \cup {NoPos}]
    /\ held \in [Threads -> SUBSET Indices]
    /\ opsDone \in [Threads -> 0..Ops]

Init ==
    /\ entries = [s \in Slots |-> Entry(0, FALSE, Bot)]   \* cycle 0, safe, empty
    /\ head = R                                           \* cycle 1: every entry's cycle is older
    /\ tail = R
    /\ threshold = -1                                     \* empty
    /\ pc = [t \in Threads |-> "idle"]
    /\ pos = [t \in Threads |-> NoPos]
    /\ seen = [t \in Threads |-> NoEntry]
    /\ idx = [t \in Threads |-> NoPos]
    /\ ctail = [t \in Threads |-> NoPos]
    /\ chead = [t \in Threads |-> NoPos]
    /\ held = [t \in Threads |-> DealtTo(t)]
    /\ opsDone = [t \in Threads |-> 0]

-----------------------------------------------------------------------------

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

Idle(t) == pc[t] = "idle" /\ opsDone[t] < Ops

(* The operation is over: its locals die.                                  *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ pos' = [pos EXCEPT ![t] = NoPos]
    /\ seen' = [seen EXCEPT ![t] = NoEntry]
    /\ idx' = [idx EXCEPT ![t] = NoPos]
    /\ ctail' = [ctail EXCEPT ![t] = NoPos]
    /\ chead' = [chead EXCEPT ![t] = NoPos]

Min(S) == CHOOSE x \in S : \A y \in S : x <= y

-----------------------------------------------------------------------------
(* Enqueue(index) *)

(* Starting an enqueue takes the thread's smallest index (the workload).   *)
ScqEnqueueFaa(t) ==                 \* tail = _tail.FetchAdd(1)
    /\ \/ /\ Idle(t)
          /\ held[t] # {}
          /\ idx' = [idx EXCEPT ![t] = Min(held[t])]
          /\ held' = [held EXCEPT ![t] = @ \ {Min(held[t])}]
       \/ /\ pc[t] = "enq_faa"
          /\ UNCHANGED <<idx, held>>
    /\ pos' = [pos EXCEPT ![t] = tail]
    /\ tail' = tail + 1
    /\ Goto(t, "enq_load")
    /\ UNCHANGED <<entries, head, threshold, seen, ctail, chead, opsDone>>

(* Fillable without the head check: empty, of an older cycle (SeededBug    *)
(* "nocycle": any cycle).                                                   *)
EmptyAndOlder(e, p) == e.index = Bot /\ (e.cycle < Cycle(p) \/ SeededBug = "nocycle")
SafeOrIgnored(e) == ~e.unsafe \/ SeededBug = "ignoreunsafe"

ScqEnqueueLoad(t) ==                \* seen = entry.Load; Fillable(seen, tail, cycle)
    /\ pc[t] = "enq_load"
    /\ LET e == entries[Slot(pos[t])]
       IN /\ seen' = [seen EXCEPT ![t] = e]
          /\ Goto(t, IF ~EmptyAndOlder(e, pos[t]) THEN "enq_faa"
                     ELSE IF SafeOrIgnored(e) THEN "enq_cas" ELSE "enq_read_head")
    /\ UNCHANGED <<sharedVars, pos, idx, ctail, chead, held, opsDone>>

ScqEnqueueReadHead(t) ==            \* unsafe: fill only if _head.Load <= tail
    /\ pc[t] = "enq_read_head"
    /\ Goto(t, IF head <= pos[t] THEN "enq_cas" ELSE "enq_faa")
    /\ UNCHANGED <<sharedVars, pos, seen, idx, ctail, chead, held, opsDone>>

ScqEnqueueCas(t) ==                 \* entry.TryCompareExchange(seen, (cycle(tail), safe, index))
    /\ pc[t] = "enq_cas"
    /\ LET s == Slot(pos[t])
       IN IF entries[s] = seen[t]
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(Cycle(pos[t]), FALSE, idx[t])]
                 /\ Goto(t, "enq_thr_load")
            ELSE /\ Goto(t, "enq_load")
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, pos, seen, idx, ctail, chead, held, opsDone>>

ScqEnqueueThresholdLoad(t) ==       \* RearmThreshold: if (_threshold.Load != 3n - 1) ...
    /\ pc[t] = "enq_thr_load"
    /\ IF threshold # Reset
         THEN /\ Goto(t, "enq_thr_store")
              /\ UNCHANGED <<opsDone, pos, seen, idx, ctail, chead>>
         ELSE Done(t)
    /\ UNCHANGED <<sharedVars, held>>

ScqEnqueueThresholdStore(t) ==      \* _threshold.Store(3n - 1)
    /\ pc[t] = "enq_thr_store"
    /\ threshold' = Reset
    /\ Done(t)
    /\ UNCHANGED <<entries, head, tail, held>>

-----------------------------------------------------------------------------
(* TryDequeue(out index) *)

ScqDequeueCheckThreshold(t) ==      \* if (_threshold.Load < 0) return false
    /\ Idle(t)
    /\ IF threshold < 0 /\ SeededBug # "nothreshold"
         THEN Done(t)
         ELSE /\ Goto(t, "deq_faa")
              /\ UNCHANGED <<opsDone, pos, seen, idx, ctail, chead>>
    /\ UNCHANGED <<sharedVars, held>>

ScqDequeueFaa(t) ==                 \* head = _head.FetchAdd(1)
    /\ pc[t] = "deq_faa"
    /\ pos' = [pos EXCEPT ![t] = head]
    /\ head' = head + 1
    /\ Goto(t, "deq_load")
    /\ UNCHANGED <<entries, tail, threshold, seen, idx, ctail, chead, held, opsDone>>

ScqDequeueLoad(t) ==                \* seen = entry.Load: ours, a later cycle's, or to invalidate
    /\ pc[t] = "deq_load"
    /\ LET e == entries[Slot(pos[t])]
       IN /\ seen' = [seen EXCEPT ![t] = e]
          /\ Goto(t, IF e.cycle = Cycle(pos[t]) THEN "deq_consume"
                     ELSE IF e.cycle > Cycle(pos[t]) THEN "deq_read_tail"
                     ELSE "deq_cas")
    /\ UNCHANGED <<sharedVars, pos, idx, ctail, chead, held, opsDone>>

(* Consume: or Bot into the entry (SeededBug "consumebystore": store the   *)
(* entry as read with Bot, losing an unsafe mark set since the read).      *)
ScqDequeueConsume(t) ==             \* entry.FetchOr(⊥): the index is ours
    /\ pc[t] = "deq_consume"
    /\ LET s == Slot(pos[t])
           base == IF SeededBug = "consumebystore" THEN seen[t] ELSE entries[s]
       IN /\ entries' = [entries EXCEPT ![s] = Entry(base.cycle, base.unsafe, Bot)]
          /\ held' = [held EXCEPT ![t] = @ \cup {seen[t].index}]
    /\ Done(t)
    /\ UNCHANGED <<head, tail, threshold>>

ScqDequeueInvalidate(t) ==          \* entry.TryCompareExchange(seen, invalidated)
    /\ pc[t] = "deq_cas"
    /\ LET s == Slot(pos[t])
           e == seen[t]
           invalidated == IF e.index = Bot THEN Entry(Cycle(pos[t]), e.unsafe, Bot)
                          ELSE Entry(e.cycle, TRUE, e.index)
       IN IF entries[s] = e
            THEN /\ entries' = [entries EXCEPT ![s] = invalidated]
                 /\ Goto(t, "deq_read_tail")
            ELSE /\ Goto(t, "deq_load")
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, pos, seen, idx, ctail, chead, held, opsDone>>

ScqDequeueReadTail(t) ==            \* if (_tail.Load <= head + 1) { CatchUp; ... return false }
    /\ pc[t] = "deq_read_tail"
    /\ IF tail <= pos[t] + 1
         THEN /\ ctail' = [ctail EXCEPT ![t] = tail]
              /\ chead' = [chead EXCEPT ![t] = pos[t] + 1]
              /\ Goto(t, IF SeededBug = "nocatchup" THEN "deq_thr_dec_empty" ELSE "deq_catchup_cas")
         ELSE /\ Goto(t, "deq_thr_dec")
              /\ UNCHANGED <<ctail, chead>>
    /\ UNCHANGED <<sharedVars, pos, seen, idx, held, opsDone>>

ScqCatchUpCas(t) ==                 \* _tail.TryCompareExchange(tail, head)
    /\ pc[t] = "deq_catchup_cas"
    /\ IF tail = ctail[t]
         THEN /\ tail' = chead[t]
              /\ Goto(t, "deq_thr_dec_empty")
         ELSE /\ Goto(t, "deq_catchup_read_head")
              /\ UNCHANGED tail
    /\ UNCHANGED <<entries, head, threshold, pos, seen, idx, ctail, chead, held, opsDone>>

ScqCatchUpReadHead(t) ==            \* head = _head.Load
    /\ pc[t] = "deq_catchup_read_head"
    /\ chead' = [chead EXCEPT ![t] = head]
    /\ Goto(t, "deq_catchup_read_tail")
    /\ UNCHANGED <<sharedVars, pos, seen, idx, ctail, held, opsDone>>

ScqCatchUpReadTail(t) ==            \* tail = _tail.Load; if (tail >= head) return
    /\ pc[t] = "deq_catchup_read_tail"
    /\ ctail' = [ctail EXCEPT ![t] = tail]
    /\ Goto(t, IF tail >= chead[t] THEN "deq_thr_dec_empty" ELSE "deq_catchup_cas")
    /\ UNCHANGED <<sharedVars, pos, seen, idx, chead, held, opsDone>>

ScqDequeueEmpty(t) ==               \* _threshold.FetchAdd(-1); return false
    /\ pc[t] = "deq_thr_dec_empty"
    /\ threshold' = threshold - 1
    /\ Done(t)
    /\ UNCHANGED <<entries, head, tail, held>>

ScqDequeueRetry(t) ==               \* if (_threshold.FetchAdd(-1) <= 0) return false; else draw again
    /\ pc[t] = "deq_thr_dec"
    /\ threshold' = threshold - 1
    /\ IF threshold <= 0 /\ SeededBug # "nothreshold"
         THEN Done(t)
         ELSE /\ Goto(t, "deq_faa")
              /\ pos' = [pos EXCEPT ![t] = NoPos]
              /\ seen' = [seen EXCEPT ![t] = NoEntry]
              /\ UNCHANGED <<opsDone, idx, ctail, chead>>
    /\ UNCHANGED <<entries, head, tail, held>>

-----------------------------------------------------------------------------

(* Every thread has done its operations: stutter (not a deadlock).         *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Ops
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ ScqEnqueueFaa(t)
           \/ ScqEnqueueLoad(t)
           \/ ScqEnqueueReadHead(t)
           \/ ScqEnqueueCas(t)
           \/ ScqEnqueueThresholdLoad(t)
           \/ ScqEnqueueThresholdStore(t)
           \/ ScqDequeueCheckThreshold(t)
           \/ ScqDequeueFaa(t)
           \/ ScqDequeueLoad(t)
           \/ ScqDequeueConsume(t)
           \/ ScqDequeueInvalidate(t)
           \/ ScqDequeueReadTail(t)
           \/ ScqCatchUpCas(t)
           \/ ScqCatchUpReadHead(t)
           \/ ScqCatchUpReadTail(t)
           \/ ScqDequeueEmpty(t)
           \/ ScqDequeueRetry(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* The dequeuers that hold a drawn position: they will still look at its   *)
(* entry.                                                                  *)
Holding(t) == pc[t] \in {"deq_load", "deq_consume", "deq_cas"}

(* Every index in the ring will be dequeued: its entry's position is at or *)
(* past the head, or a dequeuer that drew that position still holds it.    *)
(* An index stranded behind the head is a lost element (the queue no       *)
(* longer matches the abstract queue).                                     *)
NoStrandedIndex ==
    \A s \in Slots :
        entries[s].index # Bot =>
            LET p == entries[s].cycle * R + s
            IN p >= head \/ \E t \in Threads : Holding(t) /\ pos[t] = p

(* A dequeue that returns empty after finding the tail at or below its     *)
(* position + 1 has caught the tail up to at least that.                   *)
TailCaughtUp ==
    \A t \in Threads : pc[t] = "deq_thr_dec_empty" => tail >= pos[t] + 1

(* The threshold stays within [-T, 3N - 1].                                *)
ThresholdBounded == threshold \in -T..Reset

THEOREM Spec => [](TypeOK /\ NoStrandedIndex /\ TailCaughtUp /\ ThresholdBounded)
=============================================================================
