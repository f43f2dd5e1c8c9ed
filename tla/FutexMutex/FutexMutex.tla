----------------------------- MODULE FutexMutex -----------------------------
(***************************************************************************)
(* The futex mutex of Weft.Ipc.IpcMutex (impl/src/Ipc/IpcMutex.cs): the   *)
(* word layout of Linux robust futexes (the owner's id in the word, bit 31 *)
(* FUTEX_WAITERS) with the wait protocol of                                *)
(*                                                                         *)
(*   U. Drepper, "Futexes Are Tricky", 2011, the third mutex ("mutex3").   *)
(*                                                                         *)
(* The word is modeled as two variables changed together by each atomic    *)
(* step: owner (its owner bits; 0 = unlocked) and waiters (its waiters     *)
(* bit).  Acquire: CAS 0 -> t.  On failure, with c the value seen: if c    *)
(* has no owner, take it with CAS c -> t|waiters; else if c lacks the      *)
(* waiters bit, set it with CAS c -> c|waiters; then FUTEX_WAIT(c) and     *)
(* reload.  Release: CAS t -> 0; if that fails (the waiters bit is set),   *)
(* exchange in 0 and FUTEX_WAKE(1).                                        *)
(*                                                                         *)
(* With MarkContended = FALSE the contended path is the seeded defect      *)
(* SeededBug.IpcMutexNoContendedMark: it never sets the waiters bit and    *)
(* sleeps on the bare owner, so the release CAS t -> 0 succeeds and wakes  *)
(* nobody; the sleeper is never woken (TLC reports a deadlock).            *)
(*                                                                         *)
(* Three more seeded defects, each breaking one invariant:                 *)
(*  - AtomicFastPath = FALSE (SeededBug.IpcMutexTestThenSet): the fast     *)
(*    path loads the word and, if it read 0, stores t in a second step;   *)
(*    two threads that both read 0 both hold the lock (MutualExclusion).   *)
(*  - ReleaseByCas = FALSE (SeededBug.IpcMutexReleaseByDecrement): the     *)
(*    release subtracts t from the word and stores 0 in a second step only *)
(*    if the waiters bit was set; in between the word is the bare waiters  *)
(*    bit and nobody holds the lock (StateMatchesHolder).                  *)
(*  - MarkByCas = FALSE (SeededBug.IpcMutexMarkByExchange): a waiter sets  *)
(*    the waiters bit by exchanging in t|waiters (mutex3's exchange of 2), *)
(*    writing its own id over the holder's (OwnerIsHolder).                *)
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
(* timeouts are not modeled (spinning is extra 0 -> t CAS attempts, the    *)
(* same step as MutexCasFast; a timeout only leaves the loop).  The code  *)
(* marks each pc value with StepLabel.At("<pc>") (Checker.Label in the   *)
(* replay workload): an action is the access after its label in the file  *)
(* named beside it.                                                       *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Threads,        \* the threads (processes, each its own id), 1..N
    Ops,            \* acquire/release cycles per thread
    MarkContended,  \* TRUE: the implementation; FALSE: SeededBug.IpcMutexNoContendedMark
    AtomicFastPath, \* TRUE: the implementation; FALSE: SeededBug.IpcMutexTestThenSet
    ReleaseByCas,   \* TRUE: the implementation; FALSE: SeededBug.IpcMutexReleaseByDecrement
    MarkByCas,      \* TRUE: the implementation; FALSE: SeededBug.IpcMutexMarkByExchange
    Spurious        \* futex waits may wake spuriously

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME OpsAssumption == Ops \in Nat \ {0}
ASSUME BoolAssumption ==
    {MarkContended, AtomicFastPath, ReleaseByCas, MarkByCas, Spurious} \subseteq BOOLEAN

Labels == {"idle", "fast_store", "take", "mark", "futex_wait", "retry", "cs",
           "release_xchg", "release_store", "release_wake", "done"}

(* A value of the word: its owner bits and its waiters bit.                 *)
Words == [o : {0} \cup Threads, w : BOOLEAN]

VARIABLES
    owner,      \* the word's owner bits (IpcMutex.OwnerMask): 0 = unlocked
    waiters,    \* the word's waiters bit (IpcMutex.Waiters)
    sleepers,   \* threads blocked in FUTEX_WAIT on the word
    pc,         \* label of each thread's next step
    c,          \* the local c of AcquireContended (the word last seen) or the value a release took out
    opsDone     \* completed acquire/release cycles

vars == <<owner, waiters, sleepers, pc, c, opsDone>>

Word == [o |-> owner, w |-> waiters]
Free == [o |-> 0, w |-> FALSE]

TypeOK ==
    /\ owner \in {0} \cup Threads
    /\ waiters \in BOOLEAN
    /\ sleepers \subseteq Threads
    /\ pc \in [Threads -> Labels]
    /\ c \in [Threads -> Words]
    /\ opsDone \in [Threads -> 0..Ops]

Init ==
    /\ owner = 0
    /\ waiters = FALSE
    /\ sleepers = {}
    /\ pc = [t \in Threads |-> "idle"]
    /\ c = [t \in Threads |-> Free]
    /\ opsDone = [t \in Threads |-> 0]

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]
SetC(t, v) == c' = [c EXCEPT ![t] = v]
SetWord(o, w) == owner' = o /\ waiters' = w

(* Where a thread goes after seeing word value v that it could not take.   *)
AfterMiss(v) ==
    IF v.o = 0 THEN "take"
    ELSE IF ~MarkContended \/ v.w THEN "futex_wait"
    ELSE "mark"

-----------------------------------------------------------------------------
(* Acquire *)

MutexCasFast(t) ==                  \* c = State.CompareExchange(0, self)         IpcMutex.cs
    /\ pc[t] = "idle"                  \* bug: c = State.Load()                      IpcMutex.cs
    /\ opsDone[t] < Ops
    /\ SetC(t, Word)
    /\ IF Word = Free
         THEN IF AtomicFastPath
                THEN /\ SetWord(t, FALSE)
                     /\ Goto(t, "cs")
                ELSE /\ Goto(t, "fast_store")
                     /\ UNCHANGED <<owner, waiters>>
         ELSE /\ Goto(t, AfterMiss(Word))
              /\ UNCHANGED <<owner, waiters>>
    /\ UNCHANGED <<sleepers, opsDone>>

MutexFastStore(t) ==                \* bug: State.Store(self)                     IpcMutex.cs
    /\ pc[t] = "fast_store"
    /\ SetWord(t, FALSE)
    /\ Goto(t, "cs")
    /\ UNCHANGED <<sleepers, c, opsDone>>

MutexTake(t) ==                     \* State.CompareExchange(c, self | Waiters)   IpcMutex.cs
    /\ pc[t] = "take"                  \* bug: CompareExchange(c, self)              IpcMutex.cs
    /\ IF Word = c[t]
         THEN /\ SetWord(t, MarkContended)
              /\ Goto(t, "cs")
              /\ UNCHANGED c
         ELSE /\ SetC(t, Word)
              /\ Goto(t, AfterMiss(Word))
              /\ UNCHANGED <<owner, waiters>>
    /\ UNCHANGED <<sleepers, opsDone>>

MutexMark(t) ==                     \* State.CompareExchange(c, c | Waiters)      IpcMutex.cs
    /\ pc[t] = "mark"                  \* bug: State.Exchange(self | Waiters)        IpcMutex.cs
    /\ IF MarkByCas
         THEN IF Word = c[t]
                THEN /\ SetWord(owner, TRUE)
                     /\ SetC(t, [Word EXCEPT !.w = TRUE])
                     /\ Goto(t, "futex_wait")
                ELSE /\ SetC(t, Word)
                     /\ Goto(t, AfterMiss(Word))
                     /\ UNCHANGED <<owner, waiters>>
         ELSE /\ SetWord(t, TRUE)
              /\ SetC(t, [o |-> t, w |-> TRUE])
              /\ Goto(t, IF owner = 0 THEN "cs" ELSE "futex_wait")
    /\ UNCHANGED <<sleepers, opsDone>>

MutexFutexWait(t) ==                \* Segment.FutexWait(word, c)                 IpcMutex.cs
    /\ pc[t] = "futex_wait"
    /\ sleepers' = IF Word = c[t] THEN sleepers \cup {t} ELSE sleepers
    /\ Goto(t, "retry")
    /\ UNCHANGED <<owner, waiters, c, opsDone>>

MutexRetry(t) ==                    \* c = State.Load()                           IpcMutex.cs
    /\ pc[t] = "retry"
    /\ t \notin sleepers
    /\ SetC(t, Word)
    /\ Goto(t, AfterMiss(Word))
    /\ UNCHANGED <<owner, waiters, sleepers, opsDone>>

-----------------------------------------------------------------------------
(* Release *)

Finish(t) ==
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ Goto(t, IF opsDone[t] + 1 = Ops THEN "done" ELSE "idle")

MutexReleaseCas(t) ==               \* State.CompareExchange(self, 0)             IpcMutex.cs
    /\ pc[t] = "cs"                    \* bug: State.FetchAdd(-self)                 IpcMutex.cs
    /\ SetC(t, Word)
    /\ IF ReleaseByCas
         THEN IF Word = [o |-> t, w |-> FALSE]
                THEN /\ SetWord(0, FALSE)
                     /\ Finish(t)
                ELSE /\ Goto(t, "release_xchg")
                     /\ UNCHANGED <<owner, waiters, opsDone>>
         ELSE /\ SetWord(0, waiters)
              /\ IF waiters
                   THEN /\ Goto(t, "release_store")
                        /\ UNCHANGED opsDone
                   ELSE Finish(t)
    /\ UNCHANGED sleepers

MutexReleaseXchg(t) ==              \* old = State.Exchange(0)                    IpcMutex.cs
    /\ pc[t] = "release_xchg"
    /\ SetC(t, Word)
    /\ SetWord(0, FALSE)
    /\ IF waiters
         THEN /\ Goto(t, "release_wake")
              /\ UNCHANGED opsDone
         ELSE Finish(t)
    /\ UNCHANGED sleepers

MutexReleaseStore(t) ==             \* bug: State.Store(0)                        IpcMutex.cs
    /\ pc[t] = "release_store"
    /\ SetWord(0, FALSE)
    /\ Goto(t, "release_wake")
    /\ UNCHANGED <<sleepers, c, opsDone>>

MutexReleaseWake(t) ==              \* Segment.FutexWake(word, 1)                 IpcMutex.cs
    /\ pc[t] = "release_wake"
    /\ \/ /\ sleepers = {}
          /\ UNCHANGED sleepers
       \/ \E s \in sleepers : sleepers' = sleepers \ {s}
    /\ Finish(t)
    /\ UNCHANGED <<owner, waiters, c>>

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
    /\ UNCHANGED <<owner, waiters, pc, c, opsDone>>

(* Every thread finished: stutter (not a deadlock).                        *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "done"
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ MutexCasFast(t)
           \/ MutexFastStore(t)
           \/ MutexTake(t)
           \/ MutexMark(t)
           \/ MutexFutexWait(t)
           \/ MutexRetry(t)
           \/ MutexReleaseCas(t)
           \/ MutexReleaseXchg(t)
           \/ MutexReleaseStore(t)
           \/ MutexReleaseWake(t)
           \/ SpuriousWake(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* t holds the lock: from the CAS that took the word to its release step.  *)
Holds(t) == pc[t] \in {"cs", "release_xchg"}

MutualExclusion == \A t1, t2 \in Threads : t1 # t2 => ~(Holds(t1) /\ Holds(t2))

(* The word is 0 exactly when nobody holds the lock.                       *)
StateMatchesHolder == (Word = Free) <=> ~(\E t \in Threads : Holds(t))

(* The word's owner bits, if any, name the holder.                         *)
OwnerIsHolder == owner # 0 => Holds(owner)

THEOREM Spec => [](TypeOK /\ MutualExclusion /\ StateMatchesHolder /\ OwnerIsHolder)
=============================================================================
