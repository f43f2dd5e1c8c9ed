------------------------------ MODULE wCQ -----------------------------------
(***************************************************************************)
(* The wCQ ring of indices, as implemented by Weft.Collections.WcqRing     *)
(* (impl/src/Collections/WcqRing.cs, design note Wcq.md):                  *)
(*                                                                         *)
(*   R. Nikolaev and B. Ravindran, "wCQ: A Fast Wait-Free Queue with       *)
(*   Bounded Memory Usage", SPAA 2022.                                     *)
(*                                                                         *)
(* The fast path is SCQ's ring (tla/SCQ/SCQ.tla): a ring of R = 2N entries *)
(* holding at most N indices, head and tail positions drawn by fetch-and-  *)
(* add, the threshold 3N - 1.  An entry is (cycle, note, unsafe, final,    *)
(* index): the note is the highest cycle for which a slow helper decided   *)
(* "not here", final is the paper's Enq bit (clear while a slow enqueue's  *)
(* index is pending), index is 0..N-1, Bot (empty) or BotC (a dequeuer     *)
(* passed).  Head and tail carry the phase-2 owner of a slow increment.    *)
(*                                                                         *)
(* After EnqPatience (DeqPatience) fast attempts an operation publishes a  *)
(* request in its thread record (Kind, InitTail/InitHead, LocalTail/       *)
(* LocalHead, Seq2 = Seq1) and runs the slow path; every thread, before    *)
(* every HelpDelay-th of its operations, runs the request of the next      *)
(* record (round robin).  All helpers of a request draw its positions      *)
(* through its local counter by the two-phase increment SlowIncrement      *)
(* (phase 1 on the local counter with Inc, one CAS on the global word that *)
(* names the incrementer's phase-2 record, phase 2 clears Inc; a reader of *)
(* a global word with an owner finishes that phase 2 first).  One CAS on   *)
(* the (entry, note) word decides a position for all helpers.              *)
(*                                                                         *)
(* Workload (as tla/SCQ): the N indices are dealt to the threads (index i  *)
(* to thread (i % |Threads|) + 1); thread 1 performs FirstOps operations,  *)
(* every other thread Ops (so a thread can be outrun by the others),       *)
(* each an enqueue of the smallest index it holds (only when it holds one) *)
(* or a dequeue, whose index it then holds.  Thread t owns record t - 1;   *)
(* a global word's owner field holds record + 1 = t.                       *)
(*                                                                         *)
(* Step granularity: one action per shared-memory access (scheduling       *)
(* point) of WcqRing, named after it, the thread as parameter, pc[t] the   *)
(* label of the next step (StepLabel.At in the implementation).  So        *)
(* steps[t], the actions thread t took in its current (or last)            *)
(* operation, is the number of scheduling points the implementation's      *)
(* operation made, and WaitFree bounds it.  Memory orders are not modeled  *)
(* (sequential consistency); cycles and positions are unbounded integers   *)
(* (the implementation's modular comparisons agree on this small range).   *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..T (thread t owns record t - 1)
    N,            \* the ring's capacity n (a power of two): indices 0..N-1, R = 2N entries
    Ops,          \* the operations each thread but the first performs
    FirstOps,     \* the operations thread 1 performs
    EnqPatience,  \* WcqOptions.EnqueuePatience: fast enqueue attempts before the slow path
    DeqPatience,  \* WcqOptions.DequeuePatience: fast dequeue attempts before the slow path
    HelpDelay,    \* WcqOptions.HelpDelay: a thread helps one record before every HelpDelay-th operation
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug):
                  \*   "nohelp"      (WcqNoHelping): threads never help another thread's request
                  \*   "ignoreseq"   (WcqHelperIgnoresSequence): a helper runs an enqueue request without checking Seq1
                  \*   "slownocycle" (WcqSlowEnqueueNoCycleCheck): the slow enqueue fills without the cycle/note check

ASSUME ThreadsAssumption == Threads # {} /\ Threads = 1..Cardinality(Threads)
ASSUME NAssumption == N \in {1, 2, 4}
ASSUME OpsAssumption == Ops \in Nat /\ FirstOps \in Nat
ASSUME PatienceAssumption == EnqPatience \in Nat /\ DeqPatience \in Nat /\ HelpDelay \in Nat \ {0}
ASSUME SeededBugAssumption == SeededBug \in {"none", "nohelp", "ignoreseq", "slownocycle"}

T == Cardinality(Threads)
R == 2 * N
Bot == 4 * N - 1                     \* the empty index (2^w - 1, w = log2(2N) + 1 index bits)
BotC == 4 * N - 2                    \* empty, a dequeuer passed (the paper's ⊥c)
Indices == 0..(N - 1)
Reset == 3 * N - 1                   \* the threshold's reset value
Slots == 0..(R - 1)
NoPos == -1                          \* a dead local
KindNone == 0
KindDequeue == 1
KindEnqueueBase == 2

Entry(c, n, u, f, i) == [cycle |-> c, note |-> n, unsafe |-> u, final |-> f, index |-> i]
NoEntry == Entry(-1, -1, FALSE, FALSE, Bot)
Word(p, o) == [pos |-> p, owner |-> o]            \* a global head/tail word
Local(p, f, i) == [pos |-> p, fin |-> f, inc |-> i] \* a request's LocalTail/LocalHead
NoLocal == Local(NoPos, FALSE, FALSE)
Cycle(p) == p \div R
Slot(p) == p % R
OpsOf(t) == IF t = 1 THEN FirstOps ELSE Ops
DealtTo(t) == {i \in Indices : (i % T) + 1 = t}
Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(a, b) == IF a >= b THEN a ELSE b

(***************************************************************************)
(* The wait-freedom bound (WcqRing.StepBound, the same formula): the       *)
(* actions (scheduling points) one ring operation may take, split into     *)
(* Help (running another thread's request first) and the rest, Own:        *)
(*   Own  = 8 + P * (8 + 2T) + 16 * Positions                              *)
(*          Positions = 2N + 2T (enqueue), 3N + 2T (dequeue)               *)
(*   Help = 16 * (3N + 2T)                                                 *)
(* P is the operation's patience.  A fast attempt is at most 8 accesses    *)
(* plus two per thread whose CAS on the same entry it loses.  Once every   *)
(* thread helps the request, a slow enqueue draws at most a window of 2N   *)
(* positions, a slow dequeue at most the threshold's 3N - 1 and one, each  *)
(* plus one increment lost to and one position drawn by each thread; a     *)
(* position costs 16 accesses on average (the increment 12, the entry 4;   *)
(* a foreign phase 2 and a catch-up are paid once per thread).  Checked,   *)
(* not proved: TLC checks WaitFree in the configurations here.             *)
(***************************************************************************)
OwnBound(op) ==
    IF op = "deq" THEN 8 + DeqPatience * (8 + 2 * T) + 16 * (3 * N + 2 * T)
    ELSE 8 + EnqPatience * (8 + 2 * T) + 16 * (2 * N + 2 * T)
HelpBound == 16 * (3 * N + 2 * T)

Labels == {"idle",
  "help_kind", "he_seq2", "he_kind", "he_init", "he_seq1", "hd_seq2", "hd_kind", "hd_init", "hd_seq1",
  "enq_faa", "enq_load", "enq_read_head", "enq_cas", "thr_load", "thr_store",
  "enq_last", "enq_pub_seq", "enq_pub_local", "enq_pub_init", "enq_pub_kind", "enq_pub_seq2",
  "enq_retire", "enq_retire_kind",
  "deq_faa", "deq_load", "deq_cas", "deq_read_tail", "deq_thr_empty", "deq_thr",
  "cu_load", "cu_cas", "cu_head",
  "fra_load", "fra_cas", "cons_or",
  "deq_last", "deq_pub_seq", "deq_pub_local", "deq_pub_init", "deq_pub_kind", "deq_pub_seq2",
  "deq_retire", "deq_retire_kind", "deq_final", "deq_final_entry",
  "si_load", "si_local", "fp_seq2", "fp_local", "fp_count", "fp_seq1", "fp_settle", "fp_clear",
  "si_phase1", "pp_load", "pp_seq1", "pp_local", "pp_count", "pp_seq2", "si_global", "si_reload",
  "si_thr", "si_phase2", "si_clear",
  "es_seq1", "es_load", "es_read_head", "es_cas", "fe_fin", "fe_load", "fe_cas",
  "ds_load", "ds_cas", "ds_fin", "ds_tail", "ds_thr", "ds_empty_fin"}

VARIABLES
    (* shared state *)
    entries,      \* entries[s] = the decoded _entries[s]
    head,         \* _head: Word(position, phase-2 owner)
    tail,         \* _tail
    threshold,    \* _threshold
    rec,          \* rec[t]: thread t's WcqThreadRecord (its shared words)
    (* owner-private state of the records *)
    nextCheck,    \* WcqThreadRecord.NextCheck
    helpCursor,   \* WcqThreadRecord.HelpCursor (a record id)
    (* per-thread state *)
    pc,           \* label of the thread's next step
    l,            \* the locals of the operation in progress (a record, below)
    steps,        \* the actions the thread took in its current (or last) operation
    helpSteps,    \* of those, the actions it took in Help (running another thread's request)
    held,         \* the indices the thread holds (the workload's)
    opsDone       \* operations the thread has completed

sharedVars == <<entries, head, tail, threshold, rec>>
vars == <<entries, head, tail, threshold, rec, nextCheck, helpCursor, pc, l, steps, helpSteps, held, opsDone>>

NoLocals ==
    [op |-> "none", idx |-> NoPos, att |-> 0, fpos |-> NoPos, seen |-> NoEntry,
     slow |-> FALSE, help |-> FALSE, rq |-> 0, rqIdx |-> NoPos, rqSeq |-> 0, hseq |-> 0, hkind |-> 0, hinit |-> NoPos,
     spos |-> NoLocal, obs |-> Word(NoPos, 0), cnt |-> NoPos,
     fpo |-> 0, fseq |-> 0, flocal |-> 0, fcount |-> NoPos, pseq |-> 0,
     fill |-> FALSE, cpos |-> NoPos, ch |-> NoPos, craw |-> Word(NoPos, 0), ret |-> "none", fr |-> 0, hdeq |-> FALSE]

Records == [seq1 : Nat, seq2 : Nat, kind : Nat, ltail : [pos : Int, fin : BOOLEAN, inc : BOOLEAN], itail : Int,
            lhead : [pos : Int, fin : BOOLEAN, inc : BOOLEAN], ihead : Int,
            p2seq1 : Nat, p2local : Nat, p2count : Int, p2seq2 : Nat]
Entries == [cycle : Nat, note : Nat, unsafe : BOOLEAN, final : BOOLEAN, index : Indices \cup {BotC, Bot}]

TypeOK ==
    /\ entries \in [Slots -> Entries]
    /\ head \in [pos : Nat, owner : 0..T] /\ tail \in [pos : Nat, owner : 0..T]
    /\ threshold \in Int
    /\ rec \in [Threads -> Records]
    /\ nextCheck \in [Threads -> 0..HelpDelay]
    /\ helpCursor \in [Threads -> 0..(T - 1)]
    /\ pc \in [Threads -> Labels]
    /\ steps \in [Threads -> Nat]
    /\ helpSteps \in [Threads -> Nat]
    /\ held \in [Threads -> SUBSET Indices]
    /\ opsDone \in [Threads -> 0..Max(Ops, FirstOps)]

Init ==
    /\ entries = [s \in Slots |-> Entry(0, 0, FALSE, TRUE, Bot)]  \* cycle 0, note 0, safe, final, empty
    /\ head = Word(R, 0)                                           \* cycle 1: every entry is older
    /\ tail = Word(R, 0)
    /\ threshold = -1                                              \* empty
    /\ rec = [t \in Threads |-> [seq1 |-> 1, seq2 |-> 0, kind |-> KindNone, ltail |-> Local(0, FALSE, FALSE), itail |-> 0,
                                 lhead |-> Local(0, FALSE, FALSE), ihead |-> 0,
                                 p2seq1 |-> 1, p2local |-> 0, p2count |-> 0, p2seq2 |-> 0]]
    /\ nextCheck = [t \in Threads |-> HelpDelay]
    /\ helpCursor = [t \in Threads |-> t % T]          \* record (id + 1) mod T
    /\ pc = [t \in Threads |-> "idle"]
    /\ l = [t \in Threads |-> NoLocals]
    /\ steps = [t \in Threads |-> 0]
    /\ helpSteps = [t \in Threads |-> 0]
    /\ held = [t \in Threads |-> DealtTo(t)]
    /\ opsDone = [t \in Threads |-> 0]

-----------------------------------------------------------------------------
(* Helpers *)

Me(t) == t - 1                         \* thread t's record id
RecOf(id) == id + 1                    \* the thread owning record id
IsEmptyIndex(e) == e.index \in {BotC, Bot}
EmptyAndFinal(e) == IsEmptyIndex(e) /\ e.final
NoteAtLeast(e, c) == Max(e.note, c)
WithNote(e, c) == [e EXCEPT !.note = c]
Invalidated(e, c) ==
    IF IsEmptyIndex(e) THEN Entry(c, NoteAtLeast(e, c), e.unsafe, TRUE, BotC)
    ELSE [e EXCEPT !.unsafe = TRUE]

Goto(t, lbl) == pc' = [pc EXCEPT ![t] = lbl]
SetL(t, r) == l' = [l EXCEPT ![t] = r]
Step(t) ==
    /\ steps' = [steps EXCEPT ![t] = @ + 1]
    /\ helpSteps' = [helpSteps EXCEPT ![t] = IF pc[t] = "help_kind" \/ l[t].help THEN @ + 1 ELSE @]
KeepPrivate == UNCHANGED <<nextCheck, helpCursor>>
(* The frame of a step inside an operation that touches no workload state. *)
Inside == UNCHANGED <<nextCheck, helpCursor, held, opsDone>>

(* The operation is over: its locals die, steps and the kind of operation  *)
(* stay for WaitFree.                                                       *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ SetL(t, [NoLocals EXCEPT !.op = l[t].op])

(* Thread t's own operation after any help: the fast path, or straight to  *)
(* the slow path with patience 0.                                           *)
OwnStart(op) ==
    IF op = "enq" THEN (IF EnqPatience > 0 THEN "enq_faa" ELSE "enq_last")
    ELSE (IF DeqPatience > 0 THEN "deq_faa" ELSE "deq_last")

(* Help: NextCheck counts down at every operation's start; when it reaches  *)
(* 0 the thread runs the request of the record at HelpCursor (unless that   *)
(* is its own, or SeededBug "nohelp"), then moves the cursor on and resets  *)
(* NextCheck to HelpDelay.                                                   *)
HelpDue(t) == nextCheck[t] = 1
HelpsNow(t) == HelpDue(t) /\ helpCursor[t] # Me(t) /\ SeededBug # "nohelp"
AfterHelpCursor(t) ==
    LET c == helpCursor[t]
    IN ((IF c # Me(t) /\ SeededBug # "nohelp" THEN (c + 1) % T ELSE c) + 1) % T
(* The private state as an operation starts (HelpsNow: Help is under way). *)
EnterPrivate(t) ==
    IF HelpsNow(t)
      THEN nextCheck' = [nextCheck EXCEPT ![t] = 0] /\ UNCHANGED helpCursor
      ELSE /\ nextCheck' = [nextCheck EXCEPT ![t] = IF HelpDue(t) THEN HelpDelay ELSE @ - 1]
           /\ helpCursor' = [helpCursor EXCEPT ![t] = IF HelpDue(t) THEN AfterHelpCursor(t) ELSE @]
(* The first label of an operation of kind op after its entry checks.      *)
EntryLabel(t, op) == IF HelpsNow(t) THEN "help_kind" ELSE OwnStart(op)

ClearHelp(r) == [r EXCEPT !.help = FALSE, !.hdeq = FALSE, !.rq = 0, !.rqIdx = NoPos, !.rqSeq = 0, !.hseq = 0,
                          !.hkind = 0, !.hinit = NoPos, !.spos = NoLocal, !.obs = Word(NoPos, 0), !.cnt = NoPos,
                          !.seen = NoEntry, !.fill = FALSE, !.ret = "none", !.ch = NoPos, !.craw = Word(NoPos, 0)]
(* Help is over (nothing to help, or the helped run returned): cursor and  *)
(* delay, then the thread's own operation.                                 *)
EndHelp(t, r) ==
    /\ nextCheck' = [nextCheck EXCEPT ![t] = HelpDelay]
    /\ helpCursor' = [helpCursor EXCEPT ![t] = AfterHelpCursor(t)]
    /\ Goto(t, OwnStart(r.op))
    /\ SetL(t, ClearHelp(r))
    /\ UNCHANGED <<held, opsDone>>

(* A slow run (DoEnqueueSlow / DoDequeueSlow) returned: back into Help, or *)
(* on to retiring the thread's own request.                                *)
(* The owner of an enqueue request re-arms the threshold itself first      *)
(* (ret "owner"): its run can end on the Fin of a helper that has not yet  *)
(* re-armed, and a dequeue after this enqueue returns must not see "empty".*)
AfterSlowRun(t, r) ==
    IF r.help THEN EndHelp(t, r)
    ELSE IF r.op = "enq"
    THEN /\ Goto(t, "thr_load")
         /\ SetL(t, [r EXCEPT !.ret = "owner"])
         /\ Inside
    ELSE /\ Goto(t, "deq_retire")
         /\ SetL(t, r)
         /\ Inside

(* The slow run's counters: a dequeue request's are the heads.             *)
HeadRun(r) == IF r.help THEN r.hdeq ELSE r.op = "deq"
LocalOf(t) == IF HeadRun(l[t]) THEN rec[l[t].rq].lhead ELSE rec[l[t].rq].ltail
GlobalOf(t) == IF HeadRun(l[t]) THEN head ELSE tail
SetLocal(t, v) ==
    rec' = [rec EXCEPT ![l[t].rq] = IF HeadRun(l[t]) THEN [@ EXCEPT !.lhead = v] ELSE [@ EXCEPT !.ltail = v]]
SetGlobal(t, w) ==
    IF HeadRun(l[t]) THEN head' = w /\ UNCHANGED tail ELSE tail' = w /\ UNCHANGED head
(* Where a slow run works once SlowIncrement returned a position.          *)
SlowAtLabel(r) == IF HeadRun(r) THEN "ds_load" ELSE "es_seq1"

(* A first step from idle: an enqueue (when the thread holds an index).    *)
EnqueueLocals(t) == [NoLocals EXCEPT !.op = "enq", !.idx = Min(held[t])]
StartsEnqueue(t, lbl) ==
    /\ pc[t] = "idle" /\ opsDone[t] < OpsOf(t) /\ held[t] # {}
    /\ EntryLabel(t, "enq") = lbl
    /\ held' = [held EXCEPT ![t] = @ \ {Min(held[t])}]
    /\ steps' = [steps EXCEPT ![t] = 1]
    /\ helpSteps' = [helpSteps EXCEPT ![t] = IF lbl = "help_kind" THEN 1 ELSE 0]
(* A step at lbl inside an operation.                                      *)
At(t, lbl) == pc[t] = lbl /\ Step(t)
(* The action at lbl, which an enqueue may also start with.                *)
AtOrStart(t, lbl) == \/ At(t, lbl) /\ UNCHANGED <<held, nextCheck, helpCursor>>
                     \/ StartsEnqueue(t, lbl) /\ EnterPrivate(t)
Cur(t, lbl) == IF pc[t] = lbl THEN l[t] ELSE EnqueueLocals(t)

-----------------------------------------------------------------------------
(* Help(me): HelpEnqueue / HelpDequeue, the double collect Seq2 ... Seq1.   *)

HelpKind(t) ==                      \* kind = other.Kind.Load
    /\ \/ At(t, "help_kind") /\ UNCHANGED held
       \/ StartsEnqueue(t, "help_kind")
    /\ LET r == Cur(t, "help_kind")
           o == helpCursor[t] + 1
           k == rec[o].kind
       IN IF k = KindNone
            THEN /\ nextCheck' = [nextCheck EXCEPT ![t] = HelpDelay]
                 /\ helpCursor' = [helpCursor EXCEPT ![t] = AfterHelpCursor(t)]
                 /\ Goto(t, OwnStart(r.op))
                 /\ SetL(t, r)
            ELSE /\ Goto(t, IF k = KindDequeue THEN "hd_seq2" ELSE "he_seq2")
                 /\ SetL(t, [r EXCEPT !.help = TRUE, !.hdeq = (k = KindDequeue), !.rq = o])
                 /\ nextCheck' = [nextCheck EXCEPT ![t] = 0]
                 /\ UNCHANGED helpCursor
    /\ UNCHANGED <<sharedVars, opsDone>>

HelpSeq2(t) ==                      \* seq = owner.Seq2.Load
    /\ \/ At(t, "he_seq2") \/ At(t, "hd_seq2")
    /\ SetL(t, [l[t] EXCEPT !.hseq = rec[l[t].rq].seq2])
    /\ Goto(t, IF pc[t] = "he_seq2" THEN "he_kind" ELSE "hd_kind")
    /\ UNCHANGED sharedVars /\ Inside

HelpKindAgain(t) ==                 \* kind = owner.Kind.Load
    /\ \/ At(t, "he_kind") \/ At(t, "hd_kind")
    /\ SetL(t, [l[t] EXCEPT !.hkind = rec[l[t].rq].kind])
    /\ Goto(t, IF pc[t] = "he_kind" THEN "he_init" ELSE "hd_init")
    /\ UNCHANGED sharedVars /\ Inside

HelpInit(t) ==                      \* InitTail / InitHead.Load; not the kind: return
    /\ \/ At(t, "he_init") \/ At(t, "hd_init")
    /\ LET enq == pc[t] = "he_init"
           r == [l[t] EXCEPT !.hinit = IF enq THEN rec[l[t].rq].itail ELSE rec[l[t].rq].ihead]
       IN IF (enq /\ r.hkind < KindEnqueueBase) \/ (~enq /\ r.hkind # KindDequeue)
            THEN EndHelp(t, r)
            ELSE /\ Goto(t, IF enq THEN "he_seq1" ELSE "hd_seq1")
                 /\ SetL(t, r)
                 /\ Inside
    /\ UNCHANGED sharedVars

HelpSeq1(t) ==                      \* owner.Seq1.Load != seq: retired, return (SeededBug "ignoreseq": enqueues go on)
    /\ \/ At(t, "he_seq1") \/ At(t, "hd_seq1")
    /\ LET enq == pc[t] = "he_seq1"
           r == l[t]
       IN IF rec[r.rq].seq1 # r.hseq /\ ~(enq /\ SeededBug = "ignoreseq")
            THEN EndHelp(t, r)
            ELSE /\ Goto(t, "si_load")
                 /\ SetL(t, [r EXCEPT !.rqIdx = IF enq THEN r.hkind - KindEnqueueBase ELSE NoPos,
                                      !.rqSeq = r.hseq, !.spos = Local(r.hinit, FALSE, FALSE)])
                 /\ Inside
    /\ UNCHANGED sharedVars

-----------------------------------------------------------------------------
(* Enqueue: the fast path (TryEnqueueFast), RearmThreshold.                *)

(* After a failed fast attempt: another one, or the slow path from its     *)
(* position (EnqueueSlow(me, index, tail)).                                *)
NextEnqueueAttempt(r) ==
    IF r.att < EnqPatience
      THEN <<"enq_faa", [r EXCEPT !.seen = NoEntry, !.fpos = NoPos]>>
      ELSE <<"enq_pub_seq", [r EXCEPT !.seen = NoEntry, !.rq = r.rq,
                                      !.spos = Local(r.fpos, FALSE, FALSE), !.fpos = NoPos]>>
(* TryEnqueueFast's loop on the entry seen.                                *)
EnqueueFastNext(r) ==
    LET e == r.seen
        p == r.fpos
    IN IF ~(e.cycle < Cycle(p)) \/ ~EmptyAndFinal(e) THEN NextEnqueueAttempt(r)
       ELSE IF e.unsafe THEN <<"enq_read_head", r>>
       ELSE <<"enq_cas", r>>
GoNext(t, next) == Goto(t, next[1]) /\ SetL(t, next[2])

EnqueueFaa(t) ==                    \* tail = _tail.FetchAdd(1)
    /\ AtOrStart(t, "enq_faa")
    /\ LET r == Cur(t, "enq_faa")
       IN SetL(t, [r EXCEPT !.fpos = tail.pos, !.att = @ + 1, !.rq = t, !.rqIdx = r.idx])
    /\ tail' = Word(tail.pos + 1, tail.owner)
    /\ Goto(t, "enq_load")
    /\ UNCHANGED <<entries, head, threshold, rec, opsDone>>

EnqueueLoad(t) ==                   \* seen = entry.Load
    /\ At(t, "enq_load")
    /\ GoNext(t, EnqueueFastNext([l[t] EXCEPT !.seen = entries[Slot(l[t].fpos)]]))
    /\ UNCHANGED sharedVars /\ Inside

EnqueueReadHead(t) ==               \* unsafe: fill only if tail >= _head.Load
    /\ At(t, "enq_read_head")
    /\ IF l[t].fpos < head.pos THEN GoNext(t, NextEnqueueAttempt(l[t])) ELSE Goto(t, "enq_cas") /\ UNCHANGED l
    /\ UNCHANGED sharedVars /\ Inside

EnqueueCas(t) ==                    \* entry.CompareExchange(seen, (Cycle(tail), note, safe, final, index))
    /\ At(t, "enq_cas")
    /\ LET r == l[t]
           s == Slot(r.fpos)
           c == Cycle(r.fpos)
       IN IF entries[s] = r.seen
            THEN /\ entries' = [entries EXCEPT ![s] = Entry(c, NoteAtLeast(r.seen, c), FALSE, TRUE, r.idx)]
                 /\ Goto(t, "thr_load")
                 /\ SetL(t, [r EXCEPT !.ret = "fast"])
            ELSE /\ GoNext(t, EnqueueFastNext([r EXCEPT !.seen = entries[s]]))
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, rec>> /\ Inside

(* RearmThreshold is over: the fast enqueue is done; the slow one's        *)
(* FinishEnqueue returned, and so TryEnqueueSlowAt and the slow run.       *)
RearmDone(t) ==
    IF l[t].ret = "fast" THEN Done(t) /\ KeepPrivate /\ UNCHANGED held
    ELSE IF l[t].ret = "owner" THEN /\ Goto(t, "enq_retire") /\ SetL(t, [l[t] EXCEPT !.ret = "none"]) /\ Inside
    ELSE AfterSlowRun(t, [l[t] EXCEPT !.ret = "none", !.seen = NoEntry])

ThresholdLoad(t) ==                 \* if (_threshold.Load != 3n - 1) ...
    /\ At(t, "thr_load")
    /\ IF threshold # Reset THEN Goto(t, "thr_store") /\ UNCHANGED l /\ Inside ELSE RearmDone(t)
    /\ UNCHANGED sharedVars

ThresholdStore(t) ==                \* _threshold.Store(3n - 1)
    /\ At(t, "thr_store")
    /\ threshold' = Reset
    /\ RearmDone(t)
    /\ UNCHANGED <<entries, head, tail, rec>>

-----------------------------------------------------------------------------
(* Enqueue: publishing and retiring the request (EnqueueSlow).             *)

EnqueueLast(t) ==                   \* patience 0: tail = _tail.Load - 1 (a drawn position)
    /\ AtOrStart(t, "enq_last")
    /\ LET r == Cur(t, "enq_last")
       IN SetL(t, [r EXCEPT !.rq = t, !.rqIdx = r.idx, !.spos = Local(tail.pos - 1, FALSE, FALSE)])
    /\ Goto(t, "enq_pub_seq")
    /\ UNCHANGED <<sharedVars, opsDone>>

PublishSeq(t) ==                    \* seq = me.Seq1.Load
    /\ \/ At(t, "enq_pub_seq") \/ At(t, "deq_pub_seq")
    /\ SetL(t, [l[t] EXCEPT !.rqSeq = rec[t].seq1])
    /\ Goto(t, IF pc[t] = "enq_pub_seq" THEN "enq_pub_local" ELSE "deq_pub_local")
    /\ UNCHANGED sharedVars /\ Inside

PublishLocal(t) ==                  \* me.LocalTail / LocalHead.Store(position)
    /\ \/ At(t, "enq_pub_local") \/ At(t, "deq_pub_local")
    /\ rec' = [rec EXCEPT ![t] = IF pc[t] = "enq_pub_local" THEN [@ EXCEPT !.ltail = l[t].spos]
                                  ELSE [@ EXCEPT !.lhead = l[t].spos]]
    /\ Goto(t, IF pc[t] = "enq_pub_local" THEN "enq_pub_init" ELSE "deq_pub_init")
    /\ SetL(t, [l[t] EXCEPT !.slow = TRUE])
    /\ UNCHANGED <<entries, head, tail, threshold>> /\ Inside

PublishInit(t) ==                   \* me.InitTail / InitHead.Store(position)
    /\ \/ At(t, "enq_pub_init") \/ At(t, "deq_pub_init")
    /\ rec' = [rec EXCEPT ![t] = IF pc[t] = "enq_pub_init" THEN [@ EXCEPT !.itail = l[t].spos.pos]
                                  ELSE [@ EXCEPT !.ihead = l[t].spos.pos]]
    /\ Goto(t, IF pc[t] = "enq_pub_init" THEN "enq_pub_kind" ELSE "deq_pub_kind")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

PublishKind(t) ==                   \* me.Kind.Store(enqueue of index / dequeue)
    /\ \/ At(t, "enq_pub_kind") \/ At(t, "deq_pub_kind")
    /\ rec' = [rec EXCEPT ![t].kind = IF pc[t] = "enq_pub_kind" THEN KindEnqueueBase + l[t].idx ELSE KindDequeue]
    /\ Goto(t, IF pc[t] = "enq_pub_kind" THEN "enq_pub_seq2" ELSE "deq_pub_seq2")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

PublishSeq2(t) ==                   \* me.Seq2.Store(seq): published
    /\ \/ At(t, "enq_pub_seq2") \/ At(t, "deq_pub_seq2")
    /\ rec' = [rec EXCEPT ![t].seq2 = l[t].rqSeq]
    /\ Goto(t, "si_load")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

RetireSeq(t) ==                     \* me.Seq1.Store(seq + 1): retired
    /\ \/ At(t, "enq_retire") \/ At(t, "deq_retire")
    /\ rec' = [rec EXCEPT ![t].seq1 = l[t].rqSeq + 1]
    /\ Goto(t, IF pc[t] = "enq_retire" THEN "enq_retire_kind" ELSE "deq_retire_kind")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

RetireKind(t) ==                    \* me.Kind.Store(none); an enqueue is done
    /\ \/ At(t, "enq_retire_kind") \/ At(t, "deq_retire_kind")
    /\ rec' = [rec EXCEPT ![t].kind = KindNone]
    /\ IF pc[t] = "enq_retire_kind" THEN Done(t) ELSE Goto(t, "deq_final") /\ UNCHANGED <<l, opsDone>>
    /\ UNCHANGED <<entries, head, tail, threshold, held, nextCheck, helpCursor>>

-----------------------------------------------------------------------------
(* TryDequeue: the fast path (TryDequeueFast, EmptyAfterMiss, CatchUp,     *)
(* Consume, FinishRequestAt).                                              *)

DequeueLocals == [NoLocals EXCEPT !.op = "deq"]

DequeueCheckThreshold(t) ==         \* if (_threshold.Load < 0) return false
    /\ pc[t] = "idle" /\ opsDone[t] < OpsOf(t)
    /\ steps' = [steps EXCEPT ![t] = 1]
    /\ helpSteps' = [helpSteps EXCEPT ![t] = 0]
    /\ IF threshold < 0
         THEN Done(t) /\ KeepPrivate
         ELSE /\ EnterPrivate(t)
              /\ Goto(t, EntryLabel(t, "deq"))
              /\ SetL(t, DequeueLocals)
              /\ UNCHANGED opsDone
    /\ UNCHANGED <<sharedVars, held>>

NextDequeueAttempt(r) ==
    IF r.att < DeqPatience
      THEN <<"deq_faa", [r EXCEPT !.seen = NoEntry, !.fpos = NoPos]>>
      ELSE <<"deq_pub_seq", [r EXCEPT !.seen = NoEntry, !.rq = r.rq, !.spos = Local(r.fpos, FALSE, FALSE), !.fpos = NoPos]>>

(* Consume(entry, seen, p): a pending slow enqueue is finished first.       *)
ConsumeFrom(r, p) ==
    IF r.seen.final THEN <<"cons_or", [r EXCEPT !.cpos = p]>> ELSE <<"fra_load", [r EXCEPT !.cpos = p, !.fr = 0]>>

(* TryDequeueFast's loop on the entry seen.                                *)
DequeueFastNext(r) ==
    LET e == r.seen
        hc == Cycle(r.fpos)
    IN IF e.cycle = hc THEN ConsumeFrom(r, r.fpos)
       ELSE IF ~(e.cycle < hc) \/ Invalidated(e, hc) = e THEN <<"deq_read_tail", r>>
       ELSE <<"deq_cas", r>>

DequeueFaa(t) ==                    \* head = _head.FetchAdd(1)
    /\ At(t, "deq_faa")
    /\ SetL(t, [l[t] EXCEPT !.fpos = head.pos, !.att = @ + 1, !.rq = t])
    /\ head' = Word(head.pos + 1, head.owner)
    /\ Goto(t, "deq_load")
    /\ UNCHANGED <<entries, tail, threshold, rec>> /\ Inside

DequeueLoad(t) ==                   \* seen = entry.Load
    /\ At(t, "deq_load")
    /\ GoNext(t, DequeueFastNext([l[t] EXCEPT !.seen = entries[Slot(l[t].fpos)]]))
    /\ UNCHANGED sharedVars /\ Inside

DequeueInvalidate(t) ==             \* entry.CompareExchange(seen, invalidated)
    /\ At(t, "deq_cas")
    /\ LET r == l[t]
           s == Slot(r.fpos)
       IN IF entries[s] = r.seen
            THEN /\ entries' = [entries EXCEPT ![s] = Invalidated(r.seen, Cycle(r.fpos))]
                 /\ Goto(t, "deq_read_tail")
                 /\ UNCHANGED l
            ELSE /\ GoNext(t, DequeueFastNext([r EXCEPT !.seen = entries[s]]))
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, rec>> /\ Inside

DequeueReadTail(t) ==               \* EmptyAfterMiss: if (head + 1 >= _tail.Load) CatchUp(head + 1)
    /\ At(t, "deq_read_tail")
    /\ IF ~(l[t].fpos + 1 < tail.pos)
         THEN Goto(t, "cu_load") /\ SetL(t, [l[t] EXCEPT !.ch = l[t].fpos + 1, !.ret = "fast"])
         ELSE Goto(t, "deq_thr") /\ UNCHANGED l
    /\ UNCHANGED sharedVars /\ Inside

DequeueEmpty(t) ==                  \* _threshold.FetchAdd(-1); return false
    /\ At(t, "deq_thr_empty")
    /\ threshold' = threshold - 1
    /\ Done(t)
    /\ UNCHANGED <<entries, head, tail, rec, held, nextCheck, helpCursor>>

DequeueRetry(t) ==                  \* if (_threshold.FetchAdd(-1) <= 0) return false; else another attempt
    /\ At(t, "deq_thr")
    /\ threshold' = threshold - 1
    /\ IF threshold <= 0 THEN Done(t) ELSE GoNext(t, NextDequeueAttempt(l[t])) /\ UNCHANGED opsDone
    /\ UNCHANGED <<entries, head, tail, rec, held, nextCheck, helpCursor>>

CatchUpReturn(r) == IF r.ret = "fast" THEN "deq_thr_empty" ELSE "ds_thr"
ClearCatchUp(r) == [r EXCEPT !.ch = NoPos, !.craw = Word(NoPos, 0), !.ret = "none"]

CatchUpLoad(t) ==                   \* raw = _tail.Load; at or past the target: return
    /\ At(t, "cu_load")
    /\ IF ~(tail.pos < l[t].ch)
         THEN Goto(t, CatchUpReturn(l[t])) /\ SetL(t, ClearCatchUp(l[t]))
         ELSE Goto(t, "cu_cas") /\ SetL(t, [l[t] EXCEPT !.craw = tail])
    /\ UNCHANGED sharedVars /\ Inside

CatchUpCas(t) ==                    \* _tail.TryCompareExchange(raw, target | raw's owner)
    /\ At(t, "cu_cas")
    /\ IF tail = l[t].craw
         THEN /\ tail' = Word(l[t].ch, l[t].craw.owner)
              /\ Goto(t, CatchUpReturn(l[t])) /\ SetL(t, ClearCatchUp(l[t]))
         ELSE Goto(t, "cu_head") /\ UNCHANGED <<tail, l>>
    /\ UNCHANGED <<entries, head, threshold, rec>> /\ Inside

CatchUpReadHead(t) ==               \* target = _head.Load
    /\ At(t, "cu_head")
    /\ SetL(t, [l[t] EXCEPT !.ch = head.pos])
    /\ Goto(t, "cu_load")
    /\ UNCHANGED sharedVars /\ Inside

FinishRequestLoad(t) ==             \* record.LocalTail.Load: the request standing at this position?
    /\ At(t, "fra_load")
    /\ LET u == l[t].fr + 1
       IN IF rec[u].ltail.pos = l[t].cpos THEN Goto(t, "fra_cas") /\ UNCHANGED l
          ELSE IF u < T THEN Goto(t, "fra_load") /\ SetL(t, [l[t] EXCEPT !.fr = u])
          ELSE Goto(t, "cons_or") /\ UNCHANGED l
    /\ UNCHANGED sharedVars /\ Inside

FinishRequestCas(t) ==              \* record.LocalTail.CompareExchange(p, p | Fin)
    /\ At(t, "fra_cas")
    /\ LET u == l[t].fr + 1
       IN IF rec[u].ltail = Local(l[t].cpos, FALSE, FALSE)
            THEN rec' = [rec EXCEPT ![u].ltail = Local(l[t].cpos, TRUE, FALSE)]
            ELSE UNCHANGED rec
    /\ Goto(t, "cons_or")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

ConsumeOr(t) ==                     \* entry.FetchOr(⊥ | final): the index is the dequeue's
    /\ At(t, "cons_or")
    /\ LET s == Slot(l[t].cpos)
       IN entries' = [entries EXCEPT ![s] = [@ EXCEPT !.index = Bot, !.final = TRUE]]
    /\ held' = [held EXCEPT ![t] = @ \cup {l[t].seen.index}]
    /\ Done(t)
    /\ UNCHANGED <<head, tail, threshold, rec, nextCheck, helpCursor>>

-----------------------------------------------------------------------------
(* TryDequeue: publishing, retiring and ending the request (DequeueSlow).  *)

DequeueLast(t) ==                   \* patience 0: head = _head.Load - 1 (a drawn position)
    /\ At(t, "deq_last")
    /\ SetL(t, [l[t] EXCEPT !.rq = t, !.spos = Local(head.pos - 1, FALSE, FALSE)])
    /\ Goto(t, "deq_pub_seq")
    /\ UNCHANGED sharedVars /\ Inside

DequeueFinal(t) ==                  \* final = me.LocalHead.Load: the position the request ended at
    /\ At(t, "deq_final")
    /\ SetL(t, [l[t] EXCEPT !.cpos = rec[t].lhead.pos])
    /\ Goto(t, "deq_final_entry")
    /\ UNCHANGED sharedVars /\ Inside

DequeueFinalEntry(t) ==             \* seen = entry.Load: an index of final's cycle is ours, else empty
    /\ At(t, "deq_final_entry")
    /\ LET r == [l[t] EXCEPT !.seen = entries[Slot(l[t].cpos)]]
       IN IF r.seen.cycle = Cycle(r.cpos) /\ r.seen.index \in Indices
            THEN GoNext(t, ConsumeFrom(r, r.cpos)) /\ UNCHANGED opsDone
            ELSE Done(t)
    /\ UNCHANGED <<sharedVars, held, nextCheck, helpCursor>>

-----------------------------------------------------------------------------
(* SlowIncrement: the two-phase increment of the global head or tail on    *)
(* behalf of request rq, with FinishPhase2 and PublishPhase2.              *)

SlowLoad(t) ==                      \* observed = global.Load
    /\ At(t, "si_load")
    /\ SetL(t, [l[t] EXCEPT !.obs = GlobalOf(t), !.seen = NoEntry, !.fill = FALSE])
    /\ Goto(t, "si_local")
    /\ UNCHANGED sharedVars /\ Inside

(* FinishPhase2's loop on the global word observed (owner bits set: read   *)
(* the owner's phase-2 record; clear: the count).                          *)
Phase2Next(r, w) ==
    IF w.owner # 0 THEN <<"fp_seq2", [r EXCEPT !.obs = w, !.fpo = w.owner]>>
    ELSE <<"si_phase1", [r EXCEPT !.obs = w, !.cnt = w.pos, !.fpo = 0, !.fseq = 0, !.flocal = 0, !.fcount = NoPos]>>

SlowLocal(t) ==                     \* if ((local.Load & Fin) != 0) return false
    /\ At(t, "si_local")
    /\ IF LocalOf(t).fin THEN AfterSlowRun(t, l[t])
       ELSE GoNext(t, Phase2Next(l[t], l[t].obs)) /\ Inside
    /\ UNCHANGED sharedVars

Phase2Seq2(t) ==                    \* seq = owner.Phase2Seq2.Load
    /\ At(t, "fp_seq2")
    /\ SetL(t, [l[t] EXCEPT !.fseq = rec[l[t].fpo].p2seq2])
    /\ Goto(t, "fp_local")
    /\ UNCHANGED sharedVars /\ Inside

Phase2Local(t) ==                   \* localId = owner.Phase2Local.Load
    /\ At(t, "fp_local")
    /\ SetL(t, [l[t] EXCEPT !.flocal = rec[l[t].fpo].p2local])
    /\ Goto(t, "fp_count")
    /\ UNCHANGED sharedVars /\ Inside

Phase2Count(t) ==                   \* count = owner.Phase2Count.Load
    /\ At(t, "fp_count")
    /\ SetL(t, [l[t] EXCEPT !.fcount = rec[l[t].fpo].p2count])
    /\ Goto(t, "fp_seq1")
    /\ UNCHANGED sharedVars /\ Inside

(* The phase is about this counter and below the observed position.        *)
ThisPhase(r) == ((r.flocal % 2 = 1) = HeadRun(r)) /\ r.fcount < r.obs.pos

Phase2Seq1(t) ==                    \* owner.Phase2Seq1.Load == seq && this phase: settle it
    /\ At(t, "fp_seq1")
    /\ Goto(t, IF rec[l[t].fpo].p2seq1 = l[t].fseq /\ ThisPhase(l[t]) THEN "fp_settle" ELSE "fp_clear")
    /\ UNCHANGED <<sharedVars, l>> /\ Inside

Phase2Settle(t) ==                  \* local'.CompareExchange(count | Inc, count)
    /\ At(t, "fp_settle")
    /\ LET u == l[t].flocal \div 2 + 1
           c == l[t].fcount
       IN IF l[t].flocal % 2 = 1
            THEN IF rec[u].lhead = Local(c, FALSE, TRUE) THEN rec' = [rec EXCEPT ![u].lhead = Local(c, FALSE, FALSE)]
                 ELSE UNCHANGED rec
            ELSE IF rec[u].ltail = Local(c, FALSE, TRUE) THEN rec' = [rec EXCEPT ![u].ltail = Local(c, FALSE, FALSE)]
                 ELSE UNCHANGED rec
    /\ Goto(t, "fp_clear")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

Phase2Clear(t) ==                   \* global.CompareExchange(observed, observed without owner)
    /\ At(t, "fp_clear")
    /\ IF GlobalOf(t) = l[t].obs
         THEN /\ SetGlobal(t, Word(l[t].obs.pos, 0))
              /\ GoNext(t, Phase2Next(l[t], Word(l[t].obs.pos, 0)))
         ELSE /\ GoNext(t, Phase2Next(l[t], GlobalOf(t)))
              /\ UNCHANGED <<head, tail>>
    /\ UNCHANGED <<entries, threshold, rec>> /\ Inside

SlowPhase1(t) ==                    \* local.CompareExchange(prev, count | Inc)
    /\ At(t, "si_phase1")
    /\ LET r == l[t]
           v == LocalOf(t)
       IN IF v = r.spos
            THEN /\ SetLocal(t, Local(r.cnt, FALSE, TRUE))
                 /\ Goto(t, "pp_load") /\ SetL(t, [r EXCEPT !.spos = Local(r.cnt, FALSE, TRUE)])
                 /\ Inside
            ELSE /\ UNCHANGED rec
                 /\ IF v.fin THEN AfterSlowRun(t, [r EXCEPT !.spos = v])
                    ELSE IF ~v.inc THEN Goto(t, SlowAtLabel(r)) /\ SetL(t, [r EXCEPT !.spos = v]) /\ Inside
                    ELSE Goto(t, "pp_load") /\ SetL(t, [r EXCEPT !.spos = v, !.cnt = v.pos]) /\ Inside
    /\ UNCHANGED <<entries, head, tail, threshold>>

PublishPhase2Load(t) ==             \* seq = me.Phase2Seq1.Load + 1
    /\ At(t, "pp_load")
    /\ SetL(t, [l[t] EXCEPT !.pseq = rec[t].p2seq1 + 1])
    /\ Goto(t, "pp_seq1")
    /\ UNCHANGED sharedVars /\ Inside

PublishPhase2Seq1(t) ==             \* me.Phase2Seq1.Store(seq)
    /\ At(t, "pp_seq1")
    /\ rec' = [rec EXCEPT ![t].p2seq1 = l[t].pseq]
    /\ Goto(t, "pp_local")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

PublishPhase2Local(t) ==            \* me.Phase2Local.Store(2 * owner + head)
    /\ At(t, "pp_local")
    /\ rec' = [rec EXCEPT ![t].p2local = 2 * Me(l[t].rq) + (IF HeadRun(l[t]) THEN 1 ELSE 0)]
    /\ Goto(t, "pp_count")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

PublishPhase2Count(t) ==            \* me.Phase2Count.Store(count)
    /\ At(t, "pp_count")
    /\ rec' = [rec EXCEPT ![t].p2count = l[t].cnt]
    /\ Goto(t, "pp_seq2")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

PublishPhase2Seq2(t) ==             \* me.Phase2Seq2.Store(seq)
    /\ At(t, "pp_seq2")
    /\ rec' = [rec EXCEPT ![t].p2seq2 = l[t].pseq]
    /\ Goto(t, "si_global")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

SlowGlobal(t) ==                    \* global.TryCompareExchange(count, (count + 1) | me): position count is the request's
    /\ At(t, "si_global")
    /\ IF GlobalOf(t) = Word(l[t].cnt, 0)
         THEN /\ SetGlobal(t, Word(l[t].cnt + 1, t))
              /\ Goto(t, IF HeadRun(l[t]) THEN "si_thr" ELSE "si_phase2")
         ELSE Goto(t, "si_reload") /\ UNCHANGED <<head, tail>>
    /\ UNCHANGED <<entries, threshold, rec, l>> /\ Inside

SlowReload(t) ==                    \* observed = global.Load
    /\ At(t, "si_reload")
    /\ SetL(t, [l[t] EXCEPT !.obs = GlobalOf(t)])
    /\ Goto(t, "si_local")
    /\ UNCHANGED sharedVars /\ Inside

SlowThreshold(t) ==                 \* dequeue: _threshold.FetchAdd(-1)
    /\ At(t, "si_thr")
    /\ threshold' = threshold - 1
    /\ Goto(t, "si_phase2")
    /\ UNCHANGED <<entries, head, tail, rec, l>> /\ Inside

SlowPhase2(t) ==                    \* local.CompareExchange(count | Inc, count)
    /\ At(t, "si_phase2")
    /\ IF LocalOf(t) = Local(l[t].cnt, FALSE, TRUE) THEN SetLocal(t, Local(l[t].cnt, FALSE, FALSE)) ELSE UNCHANGED rec
    /\ Goto(t, "si_clear")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

SlowClear(t) ==                     \* global.CompareExchange((count + 1) | me, count + 1); prev = count
    /\ At(t, "si_clear")
    /\ IF GlobalOf(t) = Word(l[t].cnt + 1, t) THEN SetGlobal(t, Word(l[t].cnt + 1, 0)) ELSE UNCHANGED <<head, tail>>
    /\ Goto(t, SlowAtLabel(l[t]))
    /\ SetL(t, [l[t] EXCEPT !.spos = Local(l[t].cnt, FALSE, FALSE), !.obs = Word(NoPos, 0), !.pseq = 0])
    /\ UNCHANGED <<entries, threshold, rec>> /\ Inside

-----------------------------------------------------------------------------
(* DoEnqueueSlow: TryEnqueueSlowAt, FinishEnqueue.                         *)

EnqueueSlowSeq1(t) ==               \* owner.Seq1.Load != seq: retired, return (SeededBug "ignoreseq": go on)
    /\ At(t, "es_seq1")
    /\ IF rec[l[t].rq].seq1 # l[t].rqSeq /\ SeededBug # "ignoreseq"
         THEN AfterSlowRun(t, l[t])
         ELSE Goto(t, "es_load") /\ UNCHANGED l /\ Inside
    /\ UNCHANGED sharedVars

(* TryEnqueueSlowAt's loop on the entry seen: the index is there (finish   *)
(* the request), the position cannot take it (next position), or CAS.     *)
EnqueueSlowNext(r) ==
    LET e == r.seen
        tc == Cycle(r.spos.pos)
        older == e.cycle < tc /\ e.note < tc
    IN IF e.cycle = tc /\ e.index # BotC THEN <<"fe_fin", r>>
       ELSE IF ~older /\ SeededBug # "slownocycle" THEN <<"si_load", r>>
       ELSE IF EmptyAndFinal(e) /\ e.unsafe THEN <<"es_read_head", r>>
       ELSE <<"es_cas", [r EXCEPT !.fill = EmptyAndFinal(e)]>>

EnqueueSlowLoad(t) ==               \* seen = entry.Load
    /\ At(t, "es_load")
    /\ GoNext(t, EnqueueSlowNext([l[t] EXCEPT !.seen = entries[Slot(l[t].spos.pos)]]))
    /\ UNCHANGED sharedVars /\ Inside

EnqueueSlowReadHead(t) ==           \* SlowFillable: unsafe, fill only if tail >= _head.Load
    /\ At(t, "es_read_head")
    /\ SetL(t, [l[t] EXCEPT !.fill = ~(l[t].spos.pos < head.pos)])
    /\ Goto(t, "es_cas")
    /\ UNCHANGED sharedVars /\ Inside

EnqueueSlowCas(t) ==                \* entry.CompareExchange(seen, fill ? pending index : note = cycle)
    /\ At(t, "es_cas")
    /\ LET r == l[t]
           s == Slot(r.spos.pos)
           tc == Cycle(r.spos.pos)
       IN IF entries[s] = r.seen
            THEN /\ entries' = [entries EXCEPT ![s] = IF r.fill THEN Entry(tc, tc, FALSE, FALSE, r.rqIdx)
                                                      ELSE WithNote(r.seen, tc)]
                 /\ Goto(t, IF r.fill THEN "fe_fin" ELSE "si_load")
                 /\ UNCHANGED l
            ELSE /\ GoNext(t, EnqueueSlowNext([r EXCEPT !.seen = entries[s]]))
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, rec>> /\ Inside

FinishEnqueueFin(t) ==              \* owner.LocalTail.CompareExchange(tail, tail | Fin)
    /\ At(t, "fe_fin")
    /\ LET p == l[t].spos.pos
       IN IF rec[l[t].rq].ltail = Local(p, FALSE, FALSE)
            THEN rec' = [rec EXCEPT ![l[t].rq].ltail = Local(p, TRUE, FALSE)] /\ Goto(t, "fe_load")
            ELSE UNCHANGED rec /\ Goto(t, "thr_load")
    /\ SetL(t, [l[t] EXCEPT !.ret = "slow"])
    /\ UNCHANGED <<entries, head, tail, threshold>> /\ Inside

FinishEnqueueNext(r, e) ==
    IF e.cycle = Cycle(r.spos.pos) /\ ~e.final THEN <<"fe_cas", [r EXCEPT !.seen = e]>>
    ELSE <<"thr_load", [r EXCEPT !.seen = e]>>

FinishEnqueueLoad(t) ==             \* seen = entry.Load
    /\ At(t, "fe_load")
    /\ GoNext(t, FinishEnqueueNext(l[t], entries[Slot(l[t].spos.pos)]))
    /\ UNCHANGED sharedVars /\ Inside

FinishEnqueueCas(t) ==              \* entry.CompareExchange(seen, seen | final)
    /\ At(t, "fe_cas")
    /\ LET s == Slot(l[t].spos.pos)
       IN IF entries[s] = l[t].seen
            THEN entries' = [entries EXCEPT ![s] = [@ EXCEPT !.final = TRUE]] /\ Goto(t, "thr_load") /\ UNCHANGED l
            ELSE GoNext(t, FinishEnqueueNext(l[t], entries[s])) /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, rec>> /\ Inside

-----------------------------------------------------------------------------
(* DoDequeueSlow: TryDequeueSlowAt, the empty test, CatchUp.               *)

(* TryDequeueSlowAt's loop on the entry seen.                              *)
DequeueSlowDesired(e, hc) ==
    IF ~IsEmptyIndex(e) /\ e.note < hc THEN WithNote(e, hc) ELSE Invalidated(e, hc)
DequeueSlowNext(r) ==
    LET e == r.seen
        hc == Cycle(r.spos.pos)
    IN IF e.cycle = hc /\ e.index # BotC THEN <<"ds_fin", r>>
       ELSE IF ~(e.cycle < hc) \/ DequeueSlowDesired(e, hc) = e THEN <<"ds_tail", r>>
       ELSE <<"ds_cas", r>>

DequeueSlowLoad(t) ==               \* seen = entry.Load
    /\ At(t, "ds_load")
    /\ GoNext(t, DequeueSlowNext([l[t] EXCEPT !.seen = entries[Slot(l[t].spos.pos)]]))
    /\ UNCHANGED sharedVars /\ Inside

DequeueSlowCas(t) ==                \* entry.CompareExchange(seen, note raised / invalidated)
    /\ At(t, "ds_cas")
    /\ LET r == l[t]
           s == Slot(r.spos.pos)
           hc == Cycle(r.spos.pos)
           d == DequeueSlowDesired(r.seen, hc)
           raised == ~IsEmptyIndex(r.seen) /\ r.seen.note < hc
       IN IF entries[s] = r.seen
            THEN /\ entries' = [entries EXCEPT ![s] = d]
                 /\ IF raised THEN GoNext(t, DequeueSlowNext([r EXCEPT !.seen = d]))
                    ELSE Goto(t, "ds_tail") /\ UNCHANGED l
            ELSE /\ GoNext(t, DequeueSlowNext([r EXCEPT !.seen = entries[s]]))
                 /\ UNCHANGED entries
    /\ UNCHANGED <<head, tail, threshold, rec>> /\ Inside

DequeueSlowFin(t) ==                \* owner.LocalHead.CompareExchange(head, head | Fin): an index to take
    /\ At(t, "ds_fin")
    /\ LET p == l[t].spos.pos
       IN IF rec[l[t].rq].lhead = Local(p, FALSE, FALSE)
            THEN rec' = [rec EXCEPT ![l[t].rq].lhead = Local(p, TRUE, FALSE)]
            ELSE UNCHANGED rec
    /\ AfterSlowRun(t, [l[t] EXCEPT !.seen = NoEntry])
    /\ UNCHANGED <<entries, head, tail, threshold>>

DequeueSlowTail(t) ==               \* if (head + 1 >= _tail.Load) CatchUp(head + 1)
    /\ At(t, "ds_tail")
    /\ IF ~(l[t].spos.pos + 1 < tail.pos)
         THEN Goto(t, "cu_load") /\ SetL(t, [l[t] EXCEPT !.ch = l[t].spos.pos + 1, !.ret = "slow"])
         ELSE Goto(t, "ds_thr") /\ UNCHANGED l
    /\ UNCHANGED sharedVars /\ Inside

DequeueSlowThreshold(t) ==          \* if (_threshold.Load < 0) end the request empty here
    /\ At(t, "ds_thr")
    /\ Goto(t, IF threshold < 0 THEN "ds_empty_fin" ELSE "si_load")
    /\ UNCHANGED <<sharedVars, l>> /\ Inside

DequeueSlowEmptyFin(t) ==           \* owner.LocalHead.CompareExchange(head, head | Fin)
    /\ At(t, "ds_empty_fin")
    /\ LET p == l[t].spos.pos
       IN IF rec[l[t].rq].lhead = Local(p, FALSE, FALSE)
            THEN rec' = [rec EXCEPT ![l[t].rq].lhead = Local(p, TRUE, FALSE)]
            ELSE UNCHANGED rec
    /\ Goto(t, "si_load")
    /\ UNCHANGED <<entries, head, tail, threshold, l>> /\ Inside

-----------------------------------------------------------------------------

(* Every thread has done its operations: stutter (not a deadlock).         *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = OpsOf(t)
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ HelpKind(t) \/ HelpSeq2(t) \/ HelpKindAgain(t) \/ HelpInit(t) \/ HelpSeq1(t)
           \/ EnqueueFaa(t) \/ EnqueueLoad(t) \/ EnqueueReadHead(t) \/ EnqueueCas(t)
           \/ ThresholdLoad(t) \/ ThresholdStore(t)
           \/ EnqueueLast(t) \/ PublishSeq(t) \/ PublishLocal(t) \/ PublishInit(t) \/ PublishKind(t)
           \/ PublishSeq2(t) \/ RetireSeq(t) \/ RetireKind(t)
           \/ DequeueCheckThreshold(t) \/ DequeueFaa(t) \/ DequeueLoad(t) \/ DequeueInvalidate(t)
           \/ DequeueReadTail(t) \/ DequeueEmpty(t) \/ DequeueRetry(t)
           \/ CatchUpLoad(t) \/ CatchUpCas(t) \/ CatchUpReadHead(t)
           \/ FinishRequestLoad(t) \/ FinishRequestCas(t) \/ ConsumeOr(t)
           \/ DequeueLast(t) \/ DequeueFinal(t) \/ DequeueFinalEntry(t)
           \/ SlowLoad(t) \/ SlowLocal(t) \/ Phase2Seq2(t) \/ Phase2Local(t) \/ Phase2Count(t)
           \/ Phase2Seq1(t) \/ Phase2Settle(t) \/ Phase2Clear(t) \/ SlowPhase1(t)
           \/ PublishPhase2Load(t) \/ PublishPhase2Seq1(t) \/ PublishPhase2Local(t) \/ PublishPhase2Count(t)
           \/ PublishPhase2Seq2(t) \/ SlowGlobal(t) \/ SlowReload(t) \/ SlowThreshold(t) \/ SlowPhase2(t)
           \/ SlowClear(t)
           \/ EnqueueSlowSeq1(t) \/ EnqueueSlowLoad(t) \/ EnqueueSlowReadHead(t) \/ EnqueueSlowCas(t)
           \/ FinishEnqueueFin(t) \/ FinishEnqueueLoad(t) \/ FinishEnqueueCas(t)
           \/ DequeueSlowLoad(t) \/ DequeueSlowCas(t) \/ DequeueSlowFin(t) \/ DequeueSlowTail(t)
           \/ DequeueSlowThreshold(t) \/ DequeueSlowEmptyFin(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* Who will still take the index at position p: a fast dequeuer that drew  *)
(* p and has not left its entry, a consumer at p, or the owner of a slow   *)
(* dequeue request whose counter stands at p.                              *)
Holding(p) ==
    \E t \in Threads :
        \/ pc[t] \in {"deq_load", "deq_cas"} /\ l[t].fpos = p
        \/ pc[t] \in {"fra_load", "fra_cas", "cons_or"} /\ l[t].cpos = p
        \/ l[t].op = "deq" /\ l[t].slow /\ rec[t].lhead.pos = p

(* Every index in the ring will be dequeued: its entry's position is at or *)
(* past the head, or someone holding that position will take it.  An      *)
(* index stranded behind the head is a lost element.                       *)
NoStrandedIndex ==
    \A s \in Slots :
        entries[s].index \in Indices =>
            LET p == entries[s].cycle * R + s
            IN p >= head.pos \/ Holding(p)

(* RequestActive (WcqRequestActiveMonitor): a slow-path helper about to    *)
(* place an enqueue request's index (its CAS would win with fill) works    *)
(* for the owner's published request.                                      *)
RequestActive ==
    \A t \in Threads :
        (pc[t] = "es_cas" /\ l[t].fill /\ entries[Slot(l[t].spos.pos)] = l[t].seen)
            => rec[l[t].rq].seq1 = l[t].rqSeq

(* Wait-freedom (WcqStepBoundMonitor): every operation completes within    *)
(* its bound of its own steps (l[t].op: the kind of the current or last    *)
(* operation).                                                             *)
WaitFree ==
    \A t \in Threads : helpSteps[t] <= HelpBound /\ steps[t] - helpSteps[t] <= OwnBound(l[t].op)

(* An adversarial scheduler for MC_NoHelping.cfg and MC_Outrun.cfg (an    *)
(* ACTION_CONSTRAINT: TLC explores only the behaviors of Spec it allows):  *)
(* thread 1 takes a step only while every other thread is between          *)
(* operations; the others start an operation only while thread 1 is about  *)
(* to load its fast position's entry or to CAS the global counter of a     *)
(* slow increment (or has finished), and then an enqueue whenever they     *)
(* hold an index: they run whole operations in the windows where they make *)
(* thread 1 fail.                                                          *)
OthersRunWholeOperations ==
    /\ \A t \in Threads \ {1} : pc[t] # "idle" => UNCHANGED <<pc[1], l[1], steps[1]>>
    /\ \A t \in Threads \ {1} :
          (pc[t] = "idle" /\ steps'[t] # steps[t]) =>
              /\ pc[1] \in {"enq_load", "si_global"} \/ opsDone[1] = FirstOps
              /\ held[t] # {} => held'[t] # held[t]

THEOREM Spec => [](TypeOK /\ NoStrandedIndex /\ RequestActive /\ WaitFree)
=============================================================================
