------------------------------- MODULE Event --------------------------------
(***************************************************************************)
(* The sequence-numbered manual-reset event, as implemented by             *)
(* Weft.Ipc.IpcEvent (impl/src/Ipc/IpcEvent.cs).                           *)
(*                                                                         *)
(* One futex word: bit 0 signaled, the bits above a sequence number.       *)
(* Set: load v; while v is unsignaled CAS v -> (v + 2) | 1 (next sequence, *)
(* signaled), then FUTEX_WAKE(all).  Reset: clear bit 0 (fetch-and).       *)
(* Wait: load seen; return if signaled; otherwise loop { FUTEX_WAIT(seen); *)
(* reload; return if the word differs from seen; give up if the timeout    *)
(* expired }.                                                              *)
(*                                                                         *)
(* Seeded defects:                                                         *)
(*   CheckThenWait = TRUE   SeededBug.IpcEventCheckThenWait: the value to  *)
(*                          sleep on is re-read after the check, in a      *)
(*                          separate step (deadlock: a set in between is   *)
(*                          slept through).                                *)
(*   UseSequence = FALSE    (TLA+ only) no sequence number: the word is    *)
(*                          just the signaled bit, so a set-then-reset     *)
(*                          pulse leaves it as the sleeper saw it and the  *)
(*                          sleeper misses the set (NoMissedSet violated). *)
(*   RecheckAfterWake = FALSE  SeededBug.IpcEventWakeMeansSet: a wait that  *)
(*                          did not time out returns signaled without      *)
(*                          re-reading the word, so a spurious wake-up     *)
(*                          returns before any set (WaitReturnsAfterSet).  *)
(*   CheckWholeWord = FALSE SeededBug.IpcEventBitOnlyCheck: a woken wait   *)
(*                          returns only if the signaled bit is set, else  *)
(*                          sleeps again on the word it read, sleeping     *)
(*                          through a pulse until it times out             *)
(*                          (NoMissedSet).                                 *)
(*                                                                         *)
(* Timed waits (Timed = TRUE) expire as in the engine: only when no other  *)
(* thread can make progress.  Futex model as in tla/FutexMutex.            *)
(* Step granularity: one action per shared-memory access, named after it, *)
(* the thread as parameter, pc[t] the label of the next step.  The code    *)
(* marks each pc value with StepLabel.At("<pc>"): an action is the access  *)
(* after its label in the file named beside it.                           *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Waiters,        \* threads that wait once
    Setters,        \* threads that set once (and reset at once if Pulse)
    Pulse,          \* setters reset right after their set
    Timed,          \* waits have a timeout
    CheckThenWait,  \* seeded defect (see above)
    UseSequence,    \* FALSE: seeded defect (see above)
    RecheckAfterWake, \* FALSE: seeded defect (see above)
    CheckWholeWord, \* FALSE: seeded defect (see above)
    Spurious        \* futex waits may wake spuriously

Threads == Waiters \cup Setters

ASSUME RolesAssumption == Waiters \cap Setters = {} /\ Threads # {} /\ Threads \subseteq Nat
ASSUME BoolAssumption ==
    \A b \in {Pulse, Timed, CheckThenWait, UseSequence, RecheckAfterWake, CheckWholeWord, Spurious} : b \in BOOLEAN

MaxSeq == Cardinality(Setters)
Words == 0..(2 * MaxSeq + 1)

Labels == {"idle", "wait_reload", "wait_futex", "wait_check", "returned", "timed_out",
           "set_cas", "set_wake", "reset", "done"}

VARIABLES
    word,         \* the futex word
    sleepers,     \* threads blocked in FUTEX_WAIT on the word
    pc,
    seen,         \* Wait: the word read at the start
    sleepOn,      \* Wait: the value passed to FUTEX_WAIT
    v,            \* Set: the value its CAS expects
    expired,      \* Wait: the timeout expired
    sets,         \* (ghost) successful Set CASes
    setsAtBegin,  \* (ghost) sets when the wait began
    setAtBegin    \* (ghost) the event was signaled when the wait began

vars == <<word, sleepers, pc, seen, sleepOn, v, expired, sets, setsAtBegin, setAtBegin>>

Signaled(w) == w % 2 = 1

(* Set's new word: next sequence, signaled (or just signaled without one).*)
SetWord(w) == IF UseSequence THEN w + 2 + 1 ELSE 1

TypeOK ==
    /\ word \in Words
    /\ sleepers \subseteq Waiters
    /\ pc \in [Threads -> Labels]
    /\ seen \in [Threads -> Words]
    /\ sleepOn \in [Threads -> Words]
    /\ v \in [Threads -> Words]
    /\ expired \in [Threads -> BOOLEAN]
    /\ sets \in 0..MaxSeq
    /\ setsAtBegin \in [Threads -> 0..MaxSeq]
    /\ setAtBegin \in [Threads -> BOOLEAN]

Init ==
    /\ word = 0
    /\ sleepers = {}
    /\ pc = [t \in Threads |-> "idle"]
    /\ seen = [t \in Threads |-> 0]
    /\ sleepOn = [t \in Threads |-> 0]
    /\ v = [t \in Threads |-> 0]
    /\ expired = [t \in Threads |-> FALSE]
    /\ sets = 0
    /\ setsAtBegin = [t \in Threads |-> 0]
    /\ setAtBegin = [t \in Threads |-> FALSE]

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]

(* Where a waiter goes to sleep: straight to FUTEX_WAIT on `seen`, or via  *)
(* the seeded defect's separate re-read.                                   *)
SleepLabel == IF CheckThenWait THEN "wait_reload" ELSE "wait_futex"

-----------------------------------------------------------------------------
(* Wait *)

EvWaitLoad(t) ==                    \* seen = Word.Load(); if signaled return     IpcEvent.cs
    /\ t \in Waiters /\ pc[t] = "idle"
    /\ seen' = [seen EXCEPT ![t] = word]
    /\ sleepOn' = [sleepOn EXCEPT ![t] = word]
    /\ setsAtBegin' = [setsAtBegin EXCEPT ![t] = sets]
    /\ setAtBegin' = [setAtBegin EXCEPT ![t] = Signaled(word)]
    /\ Goto(t, IF Signaled(word) THEN "returned" ELSE SleepLabel)
    /\ UNCHANGED <<word, sleepers, v, expired, sets>>

EvWaitReload(t) ==                  \* seeded: sleepOn = Word.Load()              IpcEvent.cs
    /\ pc[t] = "wait_reload"
    /\ sleepOn' = [sleepOn EXCEPT ![t] = word]
    /\ Goto(t, "wait_futex")
    /\ UNCHANGED <<word, sleepers, seen, v, expired, sets, setsAtBegin, setAtBegin>>

EvWaitFutex(t) ==                   \* Segment.FutexWait(word, sleepOn)           IpcEvent.cs
    /\ pc[t] = "wait_futex"
    /\ sleepers' = IF word = sleepOn[t] THEN sleepers \cup {t} ELSE sleepers
    /\ Goto(t, "wait_check")
    /\ UNCHANGED <<word, seen, sleepOn, v, expired, sets, setsAtBegin, setAtBegin>>

(* The woken wait's test of the word it reloaded.                        *)
Returns(t) ==
    \/ ~RecheckAfterWake /\ ~expired[t]
    \/ CheckWholeWord /\ word # seen[t]
    \/ ~CheckWholeWord /\ Signaled(word)

EvWaitCheck(t) ==                   \* now = Word.Load(); now != seen: return     IpcEvent.cs
    /\ pc[t] = "wait_check"            \* bugs: no load / (now & 1) != 0             IpcEvent.cs
    /\ t \notin sleepers
    /\ Goto(t, IF Returns(t) THEN "returned" ELSE IF expired[t] THEN "timed_out" ELSE SleepLabel)
    /\ sleepOn' = IF ~CheckWholeWord /\ ~Returns(t) THEN [sleepOn EXCEPT ![t] = word] ELSE sleepOn
    /\ UNCHANGED <<word, sleepers, seen, v, expired, sets, setsAtBegin, setAtBegin>>

-----------------------------------------------------------------------------
(* Set, Reset *)

EvSetLoad(t) ==                     \* v = Word.Load(); while unsignaled ...      IpcEvent.cs
    /\ t \in Setters /\ pc[t] = "idle"
    /\ v' = [v EXCEPT ![t] = word]
    /\ Goto(t, IF Signaled(word) THEN (IF Pulse THEN "reset" ELSE "done") ELSE "set_cas")
    /\ UNCHANGED <<word, sleepers, seen, sleepOn, expired, sets, setsAtBegin, setAtBegin>>

EvSetCas(t) ==                      \* Word.CompareExchange(v, (v + 2) | 1)       IpcEvent.cs
    /\ pc[t] = "set_cas"
    /\ IF word = v[t]
         THEN /\ word' = SetWord(word)
              /\ sets' = sets + 1
              /\ Goto(t, "set_wake")
              /\ UNCHANGED v
         ELSE /\ v' = [v EXCEPT ![t] = word]
              /\ Goto(t, IF Signaled(word) THEN (IF Pulse THEN "reset" ELSE "done") ELSE "set_cas")
              /\ UNCHANGED <<word, sets>>
    /\ UNCHANGED <<sleepers, seen, sleepOn, expired, setsAtBegin, setAtBegin>>

EvSetWake(t) ==                     \* Segment.FutexWake(word, all)               IpcEvent.cs
    /\ pc[t] = "set_wake"
    /\ sleepers' = {}
    /\ Goto(t, IF Pulse THEN "reset" ELSE "done")
    /\ UNCHANGED <<word, seen, sleepOn, v, expired, sets, setsAtBegin, setAtBegin>>

EvReset(t) ==                       \* Word.FetchAnd(~1)                          IpcEvent.cs
    /\ pc[t] = "reset"
    /\ word' = IF Signaled(word) THEN word - 1 ELSE word
    /\ Goto(t, "done")
    /\ UNCHANGED <<sleepers, seen, sleepOn, v, expired, sets, setsAtBegin, setAtBegin>>

-----------------------------------------------------------------------------

Finished(u) == pc[u] \in {"done", "returned", "timed_out"}
Runnable(u) == u \notin sleepers /\ ~Finished(u)

SpuriousWake(t) ==
    /\ Spurious
    /\ t \in sleepers
    /\ \E u \in Threads : u # t /\ Runnable(u)
    /\ sleepers' = sleepers \ {t}
    /\ UNCHANGED <<word, pc, seen, sleepOn, v, expired, sets, setsAtBegin, setAtBegin>>

(* A timed wait expires only when no thread can make progress (the engine's *)
(* rule: time passes only when every thread is idle).                      *)
EvTimeout(t) ==
    /\ Timed
    /\ t \in sleepers
    /\ ~\E u \in Threads : Runnable(u)
    /\ sleepers' = sleepers \ {t}
    /\ expired' = [expired EXCEPT ![t] = TRUE]
    /\ UNCHANGED <<word, pc, seen, sleepOn, v, sets, setsAtBegin, setAtBegin>>

Terminating ==
    /\ \A t \in Threads : Finished(t)
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ EvWaitLoad(t)
           \/ EvWaitReload(t)
           \/ EvWaitFutex(t)
           \/ EvWaitCheck(t)
           \/ EvSetLoad(t)
           \/ EvSetCas(t)
           \/ EvSetWake(t)
           \/ EvReset(t)
           \/ SpuriousWake(t)
           \/ EvTimeout(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* A wait returns signaled only if the event was set when it began or was  *)
(* set since.                                                              *)
WaitReturnsAfterSet ==
    \A t \in Waiters : pc[t] = "returned" => setAtBegin[t] \/ sets > setsAtBegin[t]

(* A timed wait gives up only if no set happened since it began.          *)
NoMissedSet ==
    \A t \in Waiters : pc[t] = "timed_out" => ~setAtBegin[t] /\ sets = setsAtBegin[t]

THEOREM Spec => [](TypeOK /\ WaitReturnsAfterSet /\ NoMissedSet)
=============================================================================
