----------------------------- MODULE Semaphore ------------------------------
(***************************************************************************)
(* The futex counting semaphore with a waiter count (wake hint), as        *)
(* implemented by Weft.Ipc.IpcSemaphore (impl/src/Ipc/IpcSemaphore.cs).    *)
(*                                                                         *)
(* Wait: load the count; while it is positive try CAS c -> c - 1; when it  *)
(* is 0 register (waiters + 1), FUTEX_WAIT while the count is 0,           *)
(* deregister (waiters - 1), reload.  Post(n): load the count; refuse     *)
(* (SemaphoreFullException, nothing changed) if c + n would pass Max;      *)
(* otherwise CAS c -> c + n, then read the waiter count w and FUTEX_WAKE   *)
(* min(n, w).                                                              *)
(*                                                                         *)
(* Seeded defects:                                                         *)
(*   WakeOnZeroOnly = TRUE  SeededBug.IpcSemaphoreWakeOnZeroOnly: a post   *)
(*                          wakes one waiter, and only when it moved the   *)
(*                          count from 0 (deadlock: a lost wake-up).       *)
(*   CheckOverflow = FALSE  (TLA+ only) no overflow check: the count wraps *)
(*                          past Max like an unchecked 32-bit add          *)
(*                          (CountConserved is violated).                  *)
(*   CheckMax = FALSE       SeededBug.IpcSemaphoreNoMaxCheck: a post is    *)
(*                          checked against 32-bit overflow only, so the   *)
(*                          count passes Max (CountInRange).               *)
(*   AtomicTake = FALSE     SeededBug.IpcSemaphoreTakeByStore: a wait      *)
(*                          stores c - 1 over the count c it loaded        *)
(*                          instead of a CAS (CountConserved).             *)
(*   ClampWake = FALSE      SeededBug.IpcSemaphoreWakeAllRegistered: a     *)
(*                          post wakes every registered waiter             *)
(*                          (WakeBounded).                                 *)
(*   AtomicRegister = FALSE SeededBug.IpcSemaphoreRegisterByStore: a wait  *)
(*                          registers by loading the waiter count into c   *)
(*                          and storing c + 1 (HintCountsRegistered).      *)
(*                                                                         *)
(* Futex model as in tla/FutexMutex: atomic compare-and-block, a wake      *)
(* releases up to n sleepers of its choice, optional spurious wake-ups     *)
(* while another thread can progress.  Deadlock freedom (no lost wake-up)  *)
(* is TLC's deadlock check.  Waiters take WaitOps units each; posters post *)
(* PostN units PostOps times each; the workload balances (ASSUME), so a    *)
(* correct run always finishes unless a post was refused.                  *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access, named after it,  *)
(* the thread as parameter, pc[t] the label of the next step.  Timed waits *)
(* and adaptive spinning (extra loads of the count that lead to the same   *)
(* CAS or registration) are not modeled.  The code marks each pc value    *)
(* with StepLabel.At("<pc>"): an action is the access after its label in  *)
(* the file named beside it.                                               *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Waiters,          \* threads that wait
    Posters,          \* threads that post
    WaitOps,          \* units each waiter takes
    PostOps,          \* posts each poster makes
    PostN,            \* units per post
    Init,             \* initial count
    Max,              \* maximum count
    WakeOnZeroOnly,   \* seeded defect (see above)
    CheckOverflow,    \* FALSE: seeded defect (see above)
    CheckMax,         \* FALSE: seeded defect (see above)
    AtomicTake,       \* FALSE: seeded defect (see above)
    ClampWake,        \* FALSE: seeded defect (see above)
    AtomicRegister,   \* FALSE: seeded defect (see above)
    Spurious          \* futex waits may wake spuriously

Threads == Waiters \cup Posters

ASSUME RolesAssumption == Waiters \cap Posters = {} /\ Threads # {} /\ Threads \subseteq Nat
ASSUME CountsAssumption ==
    /\ WaitOps \in Nat /\ PostOps \in Nat /\ PostN \in Nat \ {0}
    /\ Max \in Nat \ {0} /\ Init \in 0..Max
    /\ Init + Cardinality(Posters) * PostOps * PostN >= Cardinality(Waiters) * WaitOps
ASSUME BoolAssumption ==
    {WakeOnZeroOnly, CheckOverflow, CheckMax, AtomicTake, ClampWake, AtomicRegister, Spurious} \subseteq BOOLEAN

Min(a, b) == IF a < b THEN a ELSE b

Labels == {"idle", "wait_cas", "wait_register", "wait_register_store", "wait_futex", "wait_deregister", "wait_reload",
           "post_cas", "post_read_waiters", "post_wake", "done"}

VARIABLES
    count,      \* the futex word: units available
    waiters,    \* the waiter count (IpcHeader.Aux), the wake hint
    sleepers,   \* threads blocked in FUTEX_WAIT on the count
    pc,
    c,          \* the local count last seen (c, old)
    wakeN,      \* Post: how many it will ask the futex to wake
    opsDone,
    posted,     \* (ghost) units added by successful posts
    taken,      \* (ghost) units taken by successful waits
    refused     \* (ghost) posts refused as overflow

vars == <<count, waiters, sleepers, pc, c, wakeN, opsDone, posted, taken, refused>>

MaxOps == WaitOps + PostOps

TypeOK ==
    /\ count \in Int
    /\ waiters \in 0..Cardinality(Waiters)
    /\ sleepers \subseteq Waiters
    /\ pc \in [Threads -> Labels]
    /\ c \in [Threads -> Int]
    /\ wakeN \in [Threads -> 0..(PostN + Cardinality(Waiters))]
    /\ opsDone \in [Threads -> 0..MaxOps]
    /\ posted \in Nat /\ taken \in Nat /\ refused \in Nat

InitState ==
    /\ count = Init
    /\ waiters = 0
    /\ sleepers = {}
    /\ pc = [t \in Threads |-> "idle"]
    /\ c = [t \in Threads |-> 0]
    /\ wakeN = [t \in Threads |-> 0]
    /\ opsDone = [t \in Threads |-> 0]
    /\ posted = 0 /\ taken = 0 /\ refused = 0

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]
SetC(t, v) == c' = [c EXCEPT ![t] = v]
OpsOf(t) == IF t \in Waiters THEN WaitOps ELSE PostOps

Finish(t) ==
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ Goto(t, IF opsDone[t] + 1 = OpsOf(t) THEN "done" ELSE "idle")

(* c + n would pass the maximum (the implementation's n > max - old).      *)
Overflows(v) == CheckOverflow /\ CheckMax /\ PostN > Max - v

(* The unchecked add of CheckOverflow = FALSE wraps like a (Max+1)-bit     *)
(* word; with CheckMax = FALSE the 32-bit word is far from wrapping.       *)
Add(v) == IF ~CheckOverflow /\ v + PostN > Max THEN v + PostN - (Max + 1) ELSE v + PostN

-----------------------------------------------------------------------------
(* Wait *)

SemWaitLoad(t) ==                   \* c = CountCell.Load()                       IpcSemaphore.cs
    /\ t \in Waiters /\ pc[t] = "idle" /\ opsDone[t] < WaitOps
    /\ SetC(t, count)
    /\ Goto(t, IF count > 0 THEN "wait_cas" ELSE "wait_register")
    /\ UNCHANGED <<count, waiters, sleepers, wakeN, opsDone, posted, taken, refused>>

SemWaitCas(t) ==                    \* CountCell.CompareExchange(c, c - 1)        IpcSemaphore.cs
    /\ pc[t] = "wait_cas"              \* bug: CountCell.Store(c - 1)                IpcSemaphore.cs
    /\ IF count = c[t] \/ ~AtomicTake
         THEN /\ count' = c[t] - 1
              /\ taken' = taken + 1
              /\ Finish(t)
              /\ UNCHANGED c
         ELSE /\ SetC(t, count)
              /\ Goto(t, IF count > 0 THEN "wait_cas" ELSE "wait_register")
              /\ UNCHANGED <<count, taken, opsDone>>
    /\ UNCHANGED <<waiters, sleepers, wakeN, posted, refused>>

SemWaitRegister(t) ==               \* Waiters.FetchAdd(1)                        IpcSemaphore.cs
    /\ pc[t] = "wait_register"         \* bug: c = Waiters.Load()                    IpcSemaphore.cs
    /\ IF AtomicRegister
         THEN /\ waiters' = waiters + 1
              /\ Goto(t, "wait_futex")
              /\ UNCHANGED c
         ELSE /\ SetC(t, waiters)
              /\ Goto(t, "wait_register_store")
              /\ UNCHANGED waiters
    /\ UNCHANGED <<count, sleepers, wakeN, opsDone, posted, taken, refused>>

SemWaitRegisterStore(t) ==          \* bug: Waiters.Store(c + 1)                  IpcSemaphore.cs
    /\ pc[t] = "wait_register_store"
    /\ waiters' = c[t] + 1
    /\ Goto(t, "wait_futex")
    /\ UNCHANGED <<count, sleepers, c, wakeN, opsDone, posted, taken, refused>>

SemWaitFutex(t) ==                  \* Segment.FutexWait(count, 0)                IpcSemaphore.cs
    /\ pc[t] = "wait_futex"
    /\ sleepers' = IF count = 0 THEN sleepers \cup {t} ELSE sleepers
    /\ Goto(t, "wait_deregister")
    /\ UNCHANGED <<count, waiters, c, wakeN, opsDone, posted, taken, refused>>

SemWaitDeregister(t) ==             \* Waiters.FetchAdd(-1)                       IpcSemaphore.cs
    /\ pc[t] = "wait_deregister"
    /\ t \notin sleepers
    /\ waiters' = waiters - 1
    /\ Goto(t, "wait_reload")
    /\ UNCHANGED <<count, sleepers, c, wakeN, opsDone, posted, taken, refused>>

SemWaitReload(t) ==                 \* c = CountCell.Load()                       IpcSemaphore.cs
    /\ pc[t] = "wait_reload"
    /\ SetC(t, count)
    /\ Goto(t, IF count > 0 THEN "wait_cas" ELSE "wait_register")
    /\ UNCHANGED <<count, waiters, sleepers, wakeN, opsDone, posted, taken, refused>>

-----------------------------------------------------------------------------
(* Post(PostN) *)

(* After seeing v: refuse (the exception; the post is over) or try the CAS.*)
PostNext(t, v) ==
    IF Overflows(v)
      THEN /\ refused' = refused + 1
           /\ Finish(t)
      ELSE /\ Goto(t, "post_cas")
           /\ UNCHANGED <<refused, opsDone>>

SemPostLoad(t) ==                   \* old = CountCell.Load(); overflow check     IpcSemaphore.cs
    /\ t \in Posters /\ pc[t] = "idle" /\ opsDone[t] < PostOps
    /\ SetC(t, count)
    /\ PostNext(t, count)
    /\ UNCHANGED <<count, waiters, sleepers, wakeN, posted, taken>>

SemPostCas(t) ==                    \* CountCell.CompareExchange(old, old + n)    IpcSemaphore.cs
    /\ pc[t] = "post_cas"
    /\ IF count = c[t]
         THEN /\ count' = Add(count)
              /\ posted' = posted + PostN
              /\ Goto(t, "post_read_waiters")
              /\ UNCHANGED <<c, refused, opsDone>>
         ELSE /\ SetC(t, count)
              /\ PostNext(t, count)
              /\ UNCHANGED <<count, posted>>
    /\ UNCHANGED <<waiters, sleepers, wakeN, taken>>

SemPostReadWaiters(t) ==            \* waiters = Waiters.Load(); wake = ...       IpcSemaphore.cs
    /\ pc[t] = "post_read_waiters"
    /\ LET w == IF WakeOnZeroOnly THEN (IF c[t] = 0 /\ waiters > 0 THEN 1 ELSE 0)
                ELSE IF ~ClampWake THEN waiters
                ELSE Min(PostN, waiters)
       IN /\ wakeN' = [wakeN EXCEPT ![t] = w]
          /\ IF w > 0 THEN Goto(t, "post_wake") /\ UNCHANGED opsDone ELSE Finish(t)
    /\ UNCHANGED <<count, waiters, sleepers, c, posted, taken, refused>>

SemPostWake(t) ==                   \* Segment.FutexWake(count, wake)             IpcSemaphore.cs
    /\ pc[t] = "post_wake"
    /\ \E S \in SUBSET sleepers :
          /\ Cardinality(S) = Min(wakeN[t], Cardinality(sleepers))
          /\ sleepers' = sleepers \ S
    /\ wakeN' = [wakeN EXCEPT ![t] = 0]
    /\ Finish(t)
    /\ UNCHANGED <<count, waiters, c, posted, taken, refused>>

-----------------------------------------------------------------------------

Runnable(u) == u \notin sleepers /\ pc[u] # "done"

SpuriousWake(t) ==
    /\ Spurious
    /\ t \in sleepers
    /\ \E u \in Threads : u # t /\ Runnable(u)
    /\ sleepers' = sleepers \ {t}
    /\ UNCHANGED <<count, waiters, pc, c, wakeN, opsDone, posted, taken, refused>>

(* Every thread finished, or the run is stuck only because a post was     *)
(* refused (its units never came): stutter, not a deadlock.                *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "done" \/ (refused > 0 /\ t \in sleepers)
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ SemWaitLoad(t)
           \/ SemWaitCas(t)
           \/ SemWaitRegister(t)
           \/ SemWaitRegisterStore(t)
           \/ SemWaitFutex(t)
           \/ SemWaitDeregister(t)
           \/ SemWaitReload(t)
           \/ SemPostLoad(t)
           \/ SemPostCas(t)
           \/ SemPostReadWaiters(t)
           \/ SemPostWake(t)
           \/ SpuriousWake(t)
    \/ Terminating

Spec == InitState /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* The count is never negative and never above the maximum (no wrap).     *)
CountInRange == count \in 0..Max

(* Every unit is accounted for.                                            *)
CountConserved == count = Init + posted - taken

(* A post never asks to wake more waiters than the units it added.        *)
WakeBounded == \A t \in Threads : pc[t] = "post_wake" => wakeN[t] <= PostN

(* The wake hint counts exactly the threads between registration and      *)
(* deregistration; every sleeper is one of them.                           *)
HintCountsRegistered ==
    waiters = Cardinality({t \in Waiters : pc[t] \in {"wait_futex", "wait_deregister"}})

HintCoversSleepers == waiters >= Cardinality(sleepers)

THEOREM Spec => [](TypeOK /\ CountInRange /\ CountConserved /\ WakeBounded /\ HintCountsRegistered)
THEOREM Spec => []HintCoversSleepers  \* follows: sleepers are at "wait_deregister"
=============================================================================
