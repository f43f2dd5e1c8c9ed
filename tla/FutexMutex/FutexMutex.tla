----------------------------- MODULE FutexMutex -----------------------------
(***************************************************************************)
(* Drepper's three-state futex mutex with an owner pid, as implemented by  *)
(* Weft.Ipc.IpcMutex (impl/src/Ipc/IpcMutex.cs):                          *)
(*                                                                         *)
(*   U. Drepper, "Futexes Are Tricky", 2011, the third mutex ("mutex3").   *)
(*                                                                         *)
(* The word is 0 (unlocked), 1 (locked, no waiters) or 2 (locked, maybe    *)
(* waiters).  Acquire: CAS 0 -> 1; on failure exchange in 2 (unless the    *)
(* CAS saw 2) and, while the exchange did not return 0, FUTEX_WAIT(2) and  *)
(* exchange in 2 again.  The winner records its pid (owner).  Release:     *)
(* clear the owner, exchange in 0, and FUTEX_WAKE(1) if the exchange       *)
(* returned 2.                                                             *)
(*                                                                         *)
(* With MarkContended = FALSE the contended path is the seeded defect      *)
(* SeededBug.IpcMutexNoContendedMark: it sleeps on whatever value its CAS  *)
(* saw and retries with CAS 0 -> 1, never writing 2, so a release that     *)
(* exchanges out 1 wakes nobody and the sleeper is never woken (TLC        *)
(* reports a deadlock).                                                    *)
(*                                                                         *)
(* Three more seeded defects, each breaking one invariant:                 *)
(*  - AtomicFastPath = FALSE (SeededBug.IpcMutexTestThenSet): the fast     *)
(*    path loads the word and, if it read 0, stores 1 in a second step;   *)
(*    two threads that both read 0 both hold the lock (MutualExclusion).   *)
(*  - ReleaseByExchange = FALSE (SeededBug.IpcMutexReleaseByDecrement):    *)
(*    the release decrements the word and stores 0 in a second step only   *)
(*    after a decrement from 2; in between the word is 1 and nobody holds  *)
(*    the lock (StateMatchesHolder).                                       *)
(*  - ClearOwnerFirst = FALSE (SeededBug.IpcMutexClearOwnerLate): the      *)
(*    release exchanges 0 into the word before clearing the owner, which   *)
(*    then names a thread that no longer holds the lock (OwnerIsHolder).   *)
(*                                                                         *)
(* The futex model is the engine's: FUTEX_WAIT compares and blocks         *)
(* atomically (the thread joins `sleepers` iff the word still holds the    *)
(* expected value), FUTEX_WAKE(n) releases up to n sleepers of its choice, *)
(* and with Spurious = TRUE a sleeper may wake spuriously while some other *)
(* thread can still make progress.  Deadlock freedom (no lost wake-up) is  *)
(* TLC's deadlock check: every thread finishes its operations.            *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access (scheduling       *)
(* point of the controlled build), named after it, the thread as           *)
(* parameter, pc[t] the label of the next step.  Adaptive spinning and     *)
(* timeouts are not modeled (spinning is extra 0 -> 1 CAS attempts, the    *)
(* same step as MutexCasFast; a timeout only leaves the loop).  The code  *)
(* marks each pc value with StepLabel.At("<pc>") (Checker.Label in the   *)
(* replay workload): an action is the access after its label in the file  *)
(* named beside it.                                                       *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Threads,        \* the threads (processes), 1..N
    Ops,            \* acquire/release cycles per thread
    MarkContended,  \* TRUE: the implementation; FALSE: SeededBug.IpcMutexNoContendedMark
    AtomicFastPath, \* TRUE: the implementation; FALSE: SeededBug.IpcMutexTestThenSet
    ReleaseByExchange, \* TRUE: the implementation; FALSE: SeededBug.IpcMutexReleaseByDecrement
    ClearOwnerFirst, \* TRUE: the implementation; FALSE: SeededBug.IpcMutexClearOwnerLate
    Spurious        \* futex waits may wake spuriously

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME OpsAssumption == Ops \in Nat \ {0}
ASSUME BoolAssumption ==
    {MarkContended, AtomicFastPath, ReleaseByExchange, ClearOwnerFirst, Spurious} \subseteq BOOLEAN

Labels == {"idle", "fast_store", "xchg_mark", "futex_wait", "retry", "owner_store", "cs",
           "release_xchg", "release_store", "owner_clear", "release_wake", "done"}

VARIABLES
    state,      \* the futex word (IpcHeader.Word)
    owner,      \* the owner pid word (IpcHeader.Aux); 0 = none
    sleepers,   \* threads blocked in FUTEX_WAIT on the word
    pc,         \* label of each thread's next step
    c,          \* the local c of AcquireCore (last value seen)
    opsDone     \* completed acquire/release cycles

vars == <<state, owner, sleepers, pc, c, opsDone>>

TypeOK ==
    /\ state \in 0..2
    /\ owner \in {0} \cup Threads
    /\ sleepers \subseteq Threads
    /\ pc \in [Threads -> Labels]
    /\ c \in [Threads -> 0..2]
    /\ opsDone \in [Threads -> 0..Ops]

Init ==
    /\ state = 0
    /\ owner = 0
    /\ sleepers = {}
    /\ pc = [t \in Threads |-> "idle"]
    /\ c = [t \in Threads |-> 0]
    /\ opsDone = [t \in Threads |-> 0]

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]
SetC(t, v) == c' = [c EXCEPT ![t] = v]

(* Where a thread goes after seeing word value v without owning the lock. *)
AfterMiss(t, v) ==
    IF ~MarkContended THEN "futex_wait"
    ELSE IF v = 2 THEN "futex_wait" ELSE "xchg_mark"

-----------------------------------------------------------------------------
(* Acquire *)

MutexCasFast(t) ==                  \* c = State.CompareExchange(0, 1)            IpcMutex.cs
    /\ pc[t] = "idle"                  \* bug: c = State.Load()                      IpcMutex.cs
    /\ opsDone[t] < Ops
    /\ SetC(t, state)
    /\ IF state = 0
         THEN IF AtomicFastPath
                THEN /\ state' = 1
                     /\ Goto(t, "owner_store")
                ELSE /\ Goto(t, "fast_store")
                     /\ UNCHANGED state
         ELSE /\ Goto(t, AfterMiss(t, state))
              /\ UNCHANGED state
    /\ UNCHANGED <<owner, sleepers, opsDone>>

MutexFastStore(t) ==                \* bug: State.Store(1)                        IpcMutex.cs
    /\ pc[t] = "fast_store"
    /\ state' = 1
    /\ Goto(t, "owner_store")
    /\ UNCHANGED <<owner, sleepers, c, opsDone>>

MutexXchgMark(t) ==                 \* if (c != 2) c = State.Exchange(2)          IpcMutex.cs
    /\ pc[t] = "xchg_mark"
    /\ SetC(t, state)
    /\ state' = 2
    /\ Goto(t, IF state = 0 THEN "owner_store" ELSE "futex_wait")
    /\ UNCHANGED <<owner, sleepers, opsDone>>

MutexFutexWait(t) ==                \* Segment.FutexWait(word, 2 | c)             IpcMutex.cs
    /\ pc[t] = "futex_wait"
    /\ LET expected == IF MarkContended THEN 2 ELSE c[t]
       IN sleepers' = IF state = expected THEN sleepers \cup {t} ELSE sleepers
    /\ Goto(t, "retry")
    /\ UNCHANGED <<state, owner, c, opsDone>>

MutexRetry(t) ==                    \* c = State.Exchange(2)                      IpcMutex.cs
    /\ pc[t] = "retry"              \* bug: c = State.CompareExchange(0, 1)       IpcMutex.cs
    /\ t \notin sleepers
    /\ SetC(t, state)
    /\ IF MarkContended
         THEN /\ state' = 2
              /\ Goto(t, IF state = 0 THEN "owner_store" ELSE "futex_wait")
         ELSE /\ state' = IF state = 0 THEN 1 ELSE state
              /\ Goto(t, IF state = 0 THEN "owner_store" ELSE "futex_wait")
    /\ UNCHANGED <<owner, sleepers, opsDone>>

MutexOwnerStore(t) ==               \* Owner.Store(pid)                           IpcMutex.cs
    /\ pc[t] = "owner_store"
    /\ owner' = t
    /\ Goto(t, "cs")
    /\ UNCHANGED <<state, sleepers, c, opsDone>>

-----------------------------------------------------------------------------
(* Release *)

MutexOwnerClear(t) ==               \* Owner.Store(0)                             IpcMutex.cs
    /\ pc[t] = "cs"
    /\ ClearOwnerFirst
    /\ owner' = 0
    /\ Goto(t, "release_xchg")
    /\ UNCHANGED <<state, sleepers, c, opsDone>>

Finish(t) ==
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ Goto(t, IF opsDone[t] + 1 = Ops THEN "done" ELSE "idle")

(* After the release step took v out of the word: wake if v was 2.        *)
AfterRelease(t, v) ==
    IF v = 2
      THEN /\ Goto(t, "release_wake")
           /\ UNCHANGED opsDone
      ELSE Finish(t)

MutexReleaseXchg(t) ==              \* old = State.Exchange(0)                    IpcMutex.cs
    /\ \/ pc[t] = "release_xchg"      \* bug: old = State.FetchAdd(-1)             IpcMutex.cs
       \/ pc[t] = "cs" /\ ~ClearOwnerFirst
    /\ state' = IF ReleaseByExchange THEN 0 ELSE state - 1
    /\ SetC(t, state)
    /\ IF ~ClearOwnerFirst
         THEN /\ Goto(t, "owner_clear")
              /\ UNCHANGED opsDone
       ELSE IF ~ReleaseByExchange /\ state = 2
         THEN /\ Goto(t, "release_store")
              /\ UNCHANGED opsDone
       ELSE AfterRelease(t, state)
    /\ UNCHANGED <<owner, sleepers>>

MutexReleaseStore(t) ==             \* bug: State.Store(0)                        IpcMutex.cs
    /\ pc[t] = "release_store"
    /\ state' = 0
    /\ AfterRelease(t, c[t])
    /\ UNCHANGED <<owner, sleepers, c>>

MutexOwnerClearLate(t) ==           \* bug: Owner.Store(0) after the exchange     IpcMutex.cs
    /\ pc[t] = "owner_clear"
    /\ owner' = 0
    /\ AfterRelease(t, c[t])
    /\ UNCHANGED <<state, sleepers, c>>

MutexReleaseWake(t) ==              \* if (old == 2) Segment.FutexWake(word, 1)   IpcMutex.cs
    /\ pc[t] = "release_wake"
    /\ \/ /\ sleepers = {}
          /\ UNCHANGED sleepers
       \/ \E s \in sleepers : sleepers' = sleepers \ {s}
    /\ Finish(t)
    /\ UNCHANGED <<state, owner, c>>

-----------------------------------------------------------------------------

(* A thread that is neither asleep nor finished can take a step.          *)
Runnable(u) == u \notin sleepers /\ pc[u] # "done"

(* The engine injects a spurious wake-up only while another thread can    *)
(* make progress (otherwise a lost wake-up would become a spurious loop).  *)
SpuriousWake(t) ==
    /\ Spurious
    /\ t \in sleepers
    /\ \E u \in Threads : u # t /\ Runnable(u)
    /\ sleepers' = sleepers \ {t}
    /\ UNCHANGED <<state, owner, pc, c, opsDone>>

(* Every thread finished: stutter (not a deadlock).                        *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "done"
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ MutexCasFast(t)
           \/ MutexFastStore(t)
           \/ MutexXchgMark(t)
           \/ MutexFutexWait(t)
           \/ MutexRetry(t)
           \/ MutexOwnerStore(t)
           \/ MutexOwnerClear(t)
           \/ MutexReleaseXchg(t)
           \/ MutexReleaseStore(t)
           \/ MutexOwnerClearLate(t)
           \/ MutexReleaseWake(t)
           \/ SpuriousWake(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* t holds the lock: from its winning CAS or exchange to its release       *)
(* exchange.                                                               *)
Holds(t) == pc[t] \in {"owner_store", "cs", "release_xchg"}

MutualExclusion == \A t1, t2 \in Threads : t1 # t2 => ~(Holds(t1) /\ Holds(t2))

(* The word is 0 exactly when nobody holds the lock.                       *)
StateMatchesHolder == (state = 0) <=> ~(\E t \in Threads : Holds(t))

(* The recorded owner, if any, is the holder.                              *)
OwnerIsHolder == owner # 0 => Holds(owner)

THEOREM Spec => [](TypeOK /\ MutualExclusion /\ StateMatchesHolder /\ OwnerIsHolder)
=============================================================================
