------------------------------ MODULE EFRBTree ------------------------------
(***************************************************************************)
(* The lock-free binary search tree of Weft.Collections.EfrbTree          *)
(* (impl/src/Collections/EfrbTree.cs) as a set of keys, over a strict,     *)
(* generation-tagged NodePool with no thread caches:                       *)
(*                                                                         *)
(*   F. Ellen, P. Fatourou, E. Ruppert and F. van Breugel, "Non-blocking   *)
(*   Binary Search Trees", PODC 2010.                                      *)
(*                                                                         *)
(* The tree is leaf-oriented.  A pool slot is a leaf, an internal node     *)
(* (left, right, and the update field <<state, info>>) or an info record:  *)
(* an IInfo <<p, l, newInternal>> or a DInfo <<p, l, gp, pupdate>>.  Node  *)
(* 1 is the root (key Inf2), nodes 2 and 3 its leaves Inf1 and Inf2; the   *)
(* infinities are the keys Inf1 < Inf2, above every finite key.  Thread t  *)
(* runs the operations Programs[Workload][t] in order, each <<"add", k>>   *)
(* or <<"remove", k>>.                                                     *)
(*                                                                         *)
(* Step granularity.  One action per labeled step of the implementation    *)
(* (StepLabel.At in EfrbTree.cs), named after it, the thread as parameter, *)
(* pc[t] the label of the next step.  A search is one step per node it     *)
(* reads: the update field (EfrbSearchUpdate) and the child pointer with   *)
(* its validation re-reads (EfrbSearchChild).  Each update-field CAS and   *)
(* child CAS is its own step: iflag, ichild, iunflag, dflag, mark, dchild, *)
(* dunflag, backtrack.  The re-read before a flag CAS (StillCurrent, an    *)
(* IBR reservation) is folded into the CAS, as is the re-read of p's       *)
(* update field after the mark CAS (it cannot change between the two: a   *)
(* Mark is final and update words are unique).  Reads of an info record's  *)
(* words are part of the step that starts helping it.  Allocation and the  *)
(* initialization of unpublished nodes are part of the step that ends the  *)
(* search.  Values are not modeled.                                        *)
(*                                                                         *)
(* Reclamation.  The spec retires exactly what the implementation retires  *)
(* (the winner of ichild: the replaced leaf; of iunflag: the IInfo; of     *)
(* dunflag: p, l and the DInfo; of backtrack: the DInfo) and checks        *)
(* NoUseAfterFree against one of two rules (constant Reclaim):             *)
(*  - "epoch": a retired node stays allocated, and no thread may access a  *)
(*    node retired before its current operation began (the grace period   *)
(*    every epoch scheme, DEBRA among them, waits for; the C# replay runs  *)
(*    with no reclamation, which frees nothing);                           *)
(*  - "immediate": a retired node is freed at once (ImmediateReclaimer):   *)
(*    no thread may access a free slot.                                    *)
(*                                                                         *)
(* Linearizability is checked against a ghost abstract set `abs` updated   *)
(* at the linearization points, the winning child CASes.                   *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..N
    Nodes,        \* the pool's slots, 1..K (nodes 1..3 are the root and its two leaves)
    Workload,     \* the name of the threads' programs (Programs below; the C# model has the same table)
    Reclaim,      \* "epoch" or "immediate" (see the header)
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug): "no_mark" (EfrbNoMarkStep),
                  \* "help_reexecutes" (EfrbHelpReexecutesFinished), "keys_by_minimum" (EfrbInsertKeysByMinimum),
                  \* "unmark_removed" (EfrbUnmarkRemovedParent)

(* The workloads: Program[t] for each thread.  "mixed": thread 1 adds 1    *)
(* and removes it, thread 2 adds 2 (its insert lands below the node the    *)
(* removal unlinks, or helps the first insert).  "deletes": thread 1 adds  *)
(* 1 and removes 2, thread 2 adds 2 and removes 1 (two deletes on one      *)
(* subtree).  "three_keys": thread 1 adds 2, removes 1 and adds 3, thread  *)
(* 2 adds 1 and removes 2.                                                 *)
Programs == [w \in {"mixed", "deletes", "three_keys"} |->
    CASE w = "mixed" -> << << <<"add", 1>>, <<"remove", 1>> >>, << <<"add", 2>> >> >>
      [] w = "deletes" -> << << <<"add", 1>>, <<"remove", 2>> >>, << <<"add", 2>>, <<"remove", 1>> >> >>
      [] OTHER -> << << <<"add", 2>>, <<"remove", 1>>, <<"add", 3>> >>, << <<"add", 1>>, <<"remove", 2>> >> >>]

ASSUME WorkloadAssumption == Workload \in DOMAIN Programs
Program == Programs[Workload]

ASSUME ThreadsAssumption == Threads = 1..Len(Program)
ASSUME NodesAssumption == Nodes = 1..Cardinality(Nodes) /\ Cardinality(Nodes) >= 3
ASSUME ReclaimAssumption == Reclaim \in {"epoch", "immediate"}
ASSUME SeededBugAssumption == SeededBug \in {"none", "no_mark", "help_reexecutes", "keys_by_minimum", "unmark_removed"}

K == Cardinality(Nodes)
Null == 0
Root == 1
Inf1 == 98                      \* the key of rank ∞1
Inf2 == 99                      \* the key of rank ∞2
Keys == UNION {{Program[t][i][2] : i \in 1..Len(Program[t])} : t \in Threads}
ASSUME KeysAssumption == Keys \subseteq 1..(Inf1 - 1)
Fuel == K + 1                   \* bounds every walk

Clean0 == <<"clean", Null>>     \* the update word 0: Clean, no record
States == {"clean", "iflag", "dflag", "mark"}
Kinds == {"leaf", "internal", "iinfo", "dinfo"}
NoParts == [leaf |-> Null, sib |-> Null, int |-> Null, info |-> Null]

Labels == {"idle", "search_update", "search_child", "iflag", "ichild", "iunflag",
           "dflag", "mark", "dchild", "dunflag", "backtrack"}

VARIABLES
    (* shared state: the pool's slots *)
    kind,         \* kind[n]: payload word 0 ("leaf" for a slot never used: its word is 0)
    key,          \* key[n]: a leaf's or internal node's key (rank ∞1, ∞2: Inf1, Inf2); 0 for a record
    left,         \* left[n]: link 0
    right,        \* right[n]: link 1
    update,       \* update[n]: link 2, <<state, info record>>
    rec,          \* rec[n]: a record's words, <<p, l, newInternal>> (IInfo) or <<p, l, gp, pupdate>> (DInfo); <<>> for a node
    freeList,     \* the pool's shared free list, first element = next slot Allocate returns
    nodeState,    \* "free" | "live"
    (* per-thread state *)
    pc,           \* label of the thread's next step
    opsDone,      \* operations the thread has completed
    cur,          \* the node the search is at
    gp, p, l,     \* the search's grandparent, parent and leaf
    gpu, pu,      \* the update words the search read of gp and p
    parts,        \* the insert's unpublished nodes and record, or the delete's unpublished record
    hi,           \* the info record the thread is executing or helping
    own,          \* whether hi is the thread's own operation's record
    hx,           \* the node the next unflag or backtrack CAS is on
    hp, hl,       \* the record's p and l, as read when its help started
    (* history (ghost) variables *)
    abs,          \* the abstract set
    retired,      \* the nodes retired so far
    barred,       \* barred[t]: the nodes retired before t's current operation began (Reclaim = "epoch")
    uaf,          \* set if a step accessed a node it may not (NoUseAfterFree)
    stale         \* set if a child CAS won for a record no longer in its node's update field (InfoCurrent)

sharedVars == <<kind, key, left, right, update, rec, freeList, nodeState>>
localVars == <<pc, opsDone, cur, gp, p, l, gpu, pu, parts, hi, own, hx, hp, hl>>
ghostVars == <<abs, retired, barred, uaf, stale>>
ghostVarsNoUaf == <<abs, retired, barred, stale>>
vars == <<sharedVars, localVars, ghostVars>>

NodeOrNull == Nodes \cup {Null}
Word == States \X NodeOrNull

TypeOK ==
    /\ kind \in [Nodes -> Kinds]
    /\ key \in [Nodes -> Nat]
    /\ left \in [Nodes -> NodeOrNull]
    /\ right \in [Nodes -> NodeOrNull]
    /\ update \in [Nodes -> Word]
    /\ \A n \in Nodes : rec[n] \in {<<>>} \cup (NodeOrNull \X NodeOrNull \X NodeOrNull)
                                    \cup (NodeOrNull \X NodeOrNull \X NodeOrNull \X Word)
    /\ freeList \in Seq(Nodes)
    /\ nodeState \in [Nodes -> {"free", "live"}]
    /\ pc \in [Threads -> Labels]
    /\ opsDone \in [Threads -> Nat]
    /\ cur \in [Threads -> NodeOrNull]
    /\ gp \in [Threads -> NodeOrNull] /\ p \in [Threads -> NodeOrNull] /\ l \in [Threads -> NodeOrNull]
    /\ gpu \in [Threads -> Word] /\ pu \in [Threads -> Word]
    /\ parts \in [Threads -> [leaf : NodeOrNull, sib : NodeOrNull, int : NodeOrNull, info : NodeOrNull]]
    /\ hi \in [Threads -> NodeOrNull] /\ own \in [Threads -> BOOLEAN]
    /\ hx \in [Threads -> NodeOrNull] /\ hp \in [Threads -> NodeOrNull] /\ hl \in [Threads -> NodeOrNull]
    /\ abs \subseteq Keys
    /\ retired \subseteq Nodes
    /\ barred \in [Threads -> SUBSET Nodes]
    /\ uaf \in BOOLEAN
    /\ stale \in BOOLEAN

Init ==
    /\ kind = [n \in Nodes |-> IF n = Root THEN "internal" ELSE "leaf"]
    /\ key = [n \in Nodes |-> CASE n = Root -> Inf2 [] n = 2 -> Inf1 [] n = 3 -> Inf2 [] OTHER -> 0]
    /\ left = [n \in Nodes |-> IF n = Root THEN 2 ELSE Null]
    /\ right = [n \in Nodes |-> IF n = Root THEN 3 ELSE Null]
    /\ update = [n \in Nodes |-> Clean0]
    /\ rec = [n \in Nodes |-> <<>>]
    /\ freeList = [i \in 1..(K - 3) |-> i + 3]
    /\ nodeState = [n \in Nodes |-> IF n <= 3 THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "idle"]
    /\ opsDone = [t \in Threads |-> 0]
    /\ cur = [t \in Threads |-> Null]
    /\ gp = [t \in Threads |-> Null] /\ p = [t \in Threads |-> Null] /\ l = [t \in Threads |-> Null]
    /\ gpu = [t \in Threads |-> Clean0] /\ pu = [t \in Threads |-> Clean0]
    /\ parts = [t \in Threads |-> NoParts]
    /\ hi = [t \in Threads |-> Null] /\ own = [t \in Threads |-> FALSE]
    /\ hx = [t \in Threads |-> Null] /\ hp = [t \in Threads |-> Null] /\ hl = [t \in Threads |-> Null]
    /\ abs = {}
    /\ retired = {}
    /\ barred = [t \in Threads |-> {}]
    /\ uaf = FALSE
    /\ stale = FALSE

-----------------------------------------------------------------------------
(* Helpers *)

Goto(t, lbl) == pc' = [pc EXCEPT ![t] = lbl]
Op(t) == Program[t][opsDone[t] + 1]
Key(t) == Op(t)[2]

(* The nodes thread t may not access now (see the header).                 *)
Bad(t) == IF Reclaim = "epoch" THEN barred[t] ELSE {n \in Nodes : nodeState[n] = "free"}

(* The step accesses the nodes S (reads or CASes a word or link of each).  *)
Access(t, S) == uaf' = (uaf \/ (S \ {Null}) \cap Bad(t) # {})

(* The child of n on the side of a key.                                    *)
Below(k, n) == k < key[n]
ChildFor(k, n) == IF Below(k, n) THEN left[n] ELSE right[n]

(* Frees the nodes of the sequence s, in order, to the shared free list.   *)
RECURSIVE Pushed(_, _)
Pushed(s, fl) == IF s = <<>> THEN fl ELSE Pushed(Tail(s), <<Head(s)>> \o fl)
NonNull(s) == SelectSeq(s, LAMBDA n : n # Null)
FreeSeq(s) ==
    /\ freeList' = Pushed(NonNull(s), freeList)
    /\ nodeState' = [n \in Nodes |-> IF \E i \in 1..Len(s) : s[i] = n /\ n # Null THEN "free" ELSE nodeState[n]]

(* Retires the nodes of the sequence s, in order: freed at once under       *)
(* Reclaim = "immediate", else kept (never freed within a run).            *)
RetireSeq(s) ==
    /\ retired' = retired \cup {s[i] : i \in 1..Len(s)}
    /\ IF Reclaim = "immediate" THEN FreeSeq(s) ELSE UNCHANGED <<freeList, nodeState>>

(* The search's locals, reset.                                             *)
SearchReset(t) ==
    /\ cur' = [cur EXCEPT ![t] = Root]
    /\ gp' = [gp EXCEPT ![t] = Null] /\ p' = [p EXCEPT ![t] = Null] /\ l' = [l EXCEPT ![t] = Null]
    /\ gpu' = [gpu EXCEPT ![t] = Clean0] /\ pu' = [pu EXCEPT ![t] = Clean0]

HelpReset(t) ==
    /\ hi' = [hi EXCEPT ![t] = Null] /\ own' = [own EXCEPT ![t] = FALSE]
    /\ hx' = [hx EXCEPT ![t] = Null] /\ hp' = [hp EXCEPT ![t] = Null] /\ hl' = [hl EXCEPT ![t] = Null]

(* Search again from the root (the loop of InsertInOperation or            *)
(* DeleteInOperation after a lost CAS or a help).                          *)
Restart(t) ==
    /\ SearchReset(t)
    /\ HelpReset(t)
    /\ Goto(t, "search_update")

(* The operation is over: its locals die.                                  *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ cur' = [cur EXCEPT ![t] = Null]
    /\ gp' = [gp EXCEPT ![t] = Null] /\ p' = [p EXCEPT ![t] = Null] /\ l' = [l EXCEPT ![t] = Null]
    /\ gpu' = [gpu EXCEPT ![t] = Clean0] /\ pu' = [pu EXCEPT ![t] = Clean0]
    /\ parts' = [parts EXCEPT ![t] = NoParts]
    /\ HelpReset(t)

(* Start helping the operation whose record the update word w names: the   *)
(* next step is that record's first CAS (Help).                            *)
StartHelp(t, w) ==
    /\ Goto(t, CASE w[1] = "iflag" -> "ichild" [] w[1] = "dflag" -> "mark" [] OTHER -> "dchild")
    /\ hi' = [hi EXCEPT ![t] = w[2]]
    /\ own' = [own EXCEPT ![t] = FALSE]
    /\ UNCHANGED <<hx, hp, hl>>

-----------------------------------------------------------------------------
(* An operation starts: BeginOperation, then the search from the root.     *)

EfrbStart(t) ==
    /\ pc[t] = "idle"
    /\ opsDone[t] < Len(Program[t])
    /\ barred' = [barred EXCEPT ![t] = IF Reclaim = "epoch" THEN retired ELSE {}]
    /\ SearchReset(t)
    /\ Goto(t, "search_update")
    /\ UNCHANGED <<sharedVars, opsDone, parts, hi, own, hx, hp, hl, abs, retired, uaf, stale>>

(* Search: read the update field of the node (it becomes the parent, the   *)
(* parent the grandparent).                                                *)
EfrbSearchUpdate(t) ==
    /\ pc[t] = "search_update"
    /\ LET n == cur[t]
       IN /\ gp' = [gp EXCEPT ![t] = p[t]]
          /\ gpu' = [gpu EXCEPT ![t] = pu[t]]
          /\ p' = [p EXCEPT ![t] = n]
          /\ pu' = [pu EXCEPT ![t] = update[n]]
          /\ Access(t, {n})
    /\ Goto(t, "search_child")
    /\ UNCHANGED <<sharedVars, opsDone, cur, l, parts, hi, own, hx, hp, hl, abs, retired, barred, stale>>

(* The search ended at leaf c.                                              *)
LeafReached(t, c) == l' = [l EXCEPT ![t] = c] /\ cur' = [cur EXCEPT ![t] = Null]

(* Insert after its search reached leaf c: the key is there (free the      *)
(* unpublished parts, return false), p is flagged (help), or build the new *)
(* leaf, the copy of c, the internal node over both and the IInfo          *)
(* (allocated once per operation) and go on to the iflag CAS.              *)
InsertArrives(t, c) ==
    LET k == Key(t)
        pt == parts[t]
    IN IF key[c] = k
       THEN /\ FreeSeq(<<pt.leaf, pt.sib, pt.int, pt.info>>)
            /\ Done(t)
            /\ UNCHANGED <<kind, key, left, right, update, rec>>
       ELSE IF pu[t][1] # "clean"
       THEN /\ StartHelp(t, pu[t])
            /\ LeafReached(t, c)
            /\ UNCHANGED <<kind, key, left, right, update, rec, freeList, nodeState, opsDone, gp, p, gpu, pu, parts>>
       ELSE /\ pt.info # Null \/ Len(freeList) >= 4
            /\ LET fresh == pt.info = Null
                   np == IF fresh THEN [leaf |-> freeList[1], sib |-> freeList[2], int |-> freeList[3], info |-> freeList[4]] ELSE pt
                   newSmaller == k < key[c]
                   routing == IF newSmaller # (SeededBug = "keys_by_minimum") THEN key[c] ELSE k
                   lo == IF newSmaller THEN np.leaf ELSE np.sib
                   hiLeaf == IF newSmaller THEN np.sib ELSE np.leaf
               IN /\ parts' = [parts EXCEPT ![t] = np]
                  /\ freeList' = IF fresh THEN SubSeq(freeList, 5, Len(freeList)) ELSE freeList
                  /\ nodeState' = [n \in Nodes |-> IF n \in {np.leaf, np.sib, np.int, np.info} THEN "live" ELSE nodeState[n]]
                  /\ kind' = [kind EXCEPT ![np.leaf] = "leaf", ![np.sib] = "leaf", ![np.int] = "internal", ![np.info] = "iinfo"]
                  /\ key' = [key EXCEPT ![np.leaf] = k, ![np.sib] = key[c], ![np.int] = routing, ![np.info] = 0]
                  /\ left' = [left EXCEPT ![np.int] = lo]
                  /\ right' = [right EXCEPT ![np.int] = hiLeaf]
                  /\ update' = [update EXCEPT ![np.int] = Clean0]
                  /\ rec' = [rec EXCEPT ![np.leaf] = <<>>, ![np.sib] = <<>>, ![np.int] = <<>>, ![np.info] = <<p[t], c, np.int>>]
            /\ Goto(t, "iflag")
            /\ LeafReached(t, c)
            /\ UNCHANGED <<opsDone, gp, p, gpu, pu, hi, own, hx, hp, hl>>

(* Delete after its search reached leaf c: the key is absent (free the     *)
(* unpublished record, return false), gp or p is flagged (help), or build  *)
(* the DInfo (allocated once per attempt) and go on to the dflag CAS.      *)
DeleteArrives(t, c) ==
    LET k == Key(t)
        pt == parts[t]
    IN IF key[c] # k
       THEN /\ FreeSeq(<<pt.info>>)
            /\ Done(t)
            /\ UNCHANGED <<kind, key, left, right, update, rec>>
       ELSE IF gpu[t][1] # "clean" \/ pu[t][1] # "clean"
       THEN /\ StartHelp(t, IF gpu[t][1] # "clean" THEN gpu[t] ELSE pu[t])
            /\ LeafReached(t, c)
            /\ UNCHANGED <<kind, key, left, right, update, rec, freeList, nodeState, opsDone, gp, p, gpu, pu, parts>>
       ELSE /\ pt.info # Null \/ freeList # <<>>
            /\ LET fresh == pt.info = Null
                   i == IF fresh THEN Head(freeList) ELSE pt.info
               IN /\ parts' = [parts EXCEPT ![t] = [NoParts EXCEPT !.info = i]]
                  /\ freeList' = IF fresh THEN Tail(freeList) ELSE freeList
                  /\ nodeState' = [nodeState EXCEPT ![i] = "live"]
                  /\ kind' = [kind EXCEPT ![i] = "dinfo"]
                  /\ key' = [key EXCEPT ![i] = 0]
                  /\ rec' = [rec EXCEPT ![i] = <<p[t], c, gp[t], pu[t]>>]
            /\ Goto(t, "dflag")
            /\ LeafReached(t, c)
            /\ UNCHANGED <<left, right, update, opsDone, gp, p, gpu, pu, hi, own, hx, hp, hl>>

(* Search: read the child pointer on the key's side and validate it (the   *)
(* node's update field unchanged and, if it is a Mark, the parent's too;   *)
(* else restart from the root).  A leaf ends the search.                   *)
EfrbSearchChild(t) ==
    /\ pc[t] = "search_child"
    /\ LET n == p[t]
           c == ChildFor(Key(t), n)
           viaParent == pu[t][1] = "mark" /\ gp[t] # Null /\ gpu[t][1] # "mark"
           valid == update[n] = pu[t] /\ (pu[t][1] # "mark" \/ (viaParent /\ update[gp[t]] = gpu[t]))
           read == {n} \cup (IF update[n] = pu[t] /\ viaParent THEN {gp[t]} ELSE {})
       IN IF ~valid
          THEN /\ Access(t, read)
               /\ Restart(t)
               /\ UNCHANGED <<sharedVars, opsDone, parts>>
          ELSE IF kind[c] = "internal"
          THEN /\ Access(t, read \cup {c})
               /\ cur' = [cur EXCEPT ![t] = c]
               /\ Goto(t, "search_update")
               /\ UNCHANGED <<sharedVars, opsDone, gp, p, l, gpu, pu, parts, hi, own, hx, hp, hl>>
          ELSE /\ Access(t, read \cup {c})
               /\ IF Op(t)[1] = "add" THEN InsertArrives(t, c) ELSE DeleteArrives(t, c)
    /\ UNCHANGED <<abs, retired, barred, stale>>

-----------------------------------------------------------------------------
(* Insert                                                                  *)

(* iflag: CAS p's update field from the word the search read to IFlag with *)
(* the IInfo; won: help it (ichild); lost: search again.                   *)
EfrbIFlag(t) ==
    /\ pc[t] = "iflag"
    /\ Access(t, {p[t]})
    /\ IF update[p[t]] = pu[t]
         THEN /\ update' = [update EXCEPT ![p[t]] = <<"iflag", parts[t].info>>]
              /\ hi' = [hi EXCEPT ![t] = parts[t].info]
              /\ own' = [own EXCEPT ![t] = TRUE]
              /\ parts' = [parts EXCEPT ![t] = NoParts]
              /\ Goto(t, "ichild")
              /\ UNCHANGED <<cur, gp, p, l, gpu, pu, hx, hp, hl>>
         ELSE /\ Restart(t)
              /\ UNCHANGED <<update, parts>>
    /\ UNCHANGED <<kind, key, left, right, rec, freeList, nodeState, opsDone, abs, retired, barred, stale>>

(* HelpInsert, ichild: read the IInfo and CAS p's child from l to the new  *)
(* internal node (the linearization point); the winner retires l.         *)
(* SeededBug "help_reexecutes": expect the child as it is now.             *)
EfrbIChild(t) ==
    /\ pc[t] = "ichild"
    /\ LET i == hi[t]
           par == rec[i][1]
           lf == rec[i][2]
           x == rec[i][3]
           onLeft == key[x] < key[par]
           now == IF onLeft THEN left[par] ELSE right[par]
           exp == IF SeededBug = "help_reexecutes" THEN now ELSE lf
           wins == now = exp /\ exp # x
       IN /\ Access(t, {i, par, x})
          /\ IF wins
               THEN /\ left' = IF onLeft THEN [left EXCEPT ![par] = x] ELSE left
                    /\ right' = IF onLeft THEN right ELSE [right EXCEPT ![par] = x]
                    /\ abs' = abs \cup ({key[left[x]], key[right[x]]} \cap Keys)
                    /\ stale' = (stale \/ update[par] # <<"iflag", i>>)
                    /\ IF exp = lf THEN RetireSeq(<<lf>>) ELSE UNCHANGED <<retired, freeList, nodeState>>
               ELSE UNCHANGED <<left, right, abs, stale, retired, freeList, nodeState>>
          /\ hp' = [hp EXCEPT ![t] = par]
    /\ Goto(t, "iunflag")
    /\ UNCHANGED <<kind, key, update, rec, opsDone, cur, gp, p, l, gpu, pu, parts, hi, own, hx, hl, barred>>

(* iunflag: CAS p's update field from IFlag to Clean (same record); the    *)
(* winner retires the IInfo.  Then the insert returns true, or the helper  *)
(* searches again.                                                         *)
EfrbIUnflag(t) ==
    /\ pc[t] = "iunflag"
    /\ LET i == hi[t]
           par == hp[t]
       IN /\ Access(t, {par})
          /\ IF update[par] = <<"iflag", i>>
               THEN /\ update' = [update EXCEPT ![par] = <<"clean", i>>]
                    /\ RetireSeq(<<i>>)
               ELSE UNCHANGED <<update, retired, freeList, nodeState>>
          /\ IF own[t] THEN Done(t) ELSE (Restart(t) /\ UNCHANGED <<opsDone, parts>>)
    /\ UNCHANGED <<kind, key, left, right, rec, abs, barred, stale>>

-----------------------------------------------------------------------------
(* Delete                                                                  *)

(* dflag: CAS gp's update field from the word the search read to DFlag     *)
(* with the DInfo; won: help it (mark); lost: search again.                *)
EfrbDFlag(t) ==
    /\ pc[t] = "dflag"
    /\ Access(t, {gp[t]})
    /\ IF update[gp[t]] = gpu[t]
         THEN /\ update' = [update EXCEPT ![gp[t]] = <<"dflag", parts[t].info>>]
              /\ hi' = [hi EXCEPT ![t] = parts[t].info]
              /\ own' = [own EXCEPT ![t] = TRUE]
              /\ parts' = [parts EXCEPT ![t] = NoParts]
              /\ Goto(t, "mark")
              /\ UNCHANGED <<cur, gp, p, l, gpu, pu, hx, hp, hl>>
         ELSE /\ Restart(t)
              /\ UNCHANGED <<update, parts>>
    /\ UNCHANGED <<kind, key, left, right, rec, freeList, nodeState, opsDone, abs, retired, barred, stale>>

(* HelpDelete, mark: read the DInfo and CAS p's update field from the word *)
(* the delete read to Mark; p marked with this record: go on to dchild;    *)
(* else backtrack.  SeededBug "no_mark": go to dchild without marking.     *)
EfrbMark(t) ==
    /\ pc[t] = "mark"
    /\ LET i == hi[t]
           par == rec[i][1]
           marked == <<"mark", i>>
       IN IF SeededBug = "no_mark"
          THEN /\ Access(t, {i})
               /\ Goto(t, "dchild")
               /\ UNCHANGED <<update, hx>>
          ELSE /\ Access(t, {i, par})
               /\ update' = IF update[par] = rec[i][4] THEN [update EXCEPT ![par] = marked] ELSE update
               /\ IF update'[par] = marked
                    THEN /\ Goto(t, "dchild")
                         /\ UNCHANGED hx
                    ELSE /\ hx' = [hx EXCEPT ![t] = rec[i][3]]
                         /\ Goto(t, "backtrack")
    /\ UNCHANGED <<kind, key, left, right, rec, freeList, nodeState, opsDone, cur, gp, p, l, gpu, pu, parts, hi, own, hp, hl, ghostVarsNoUaf>>

(* HelpMarked, dchild: read the DInfo and p's children (l's sibling), and  *)
(* CAS gp's child from p to the sibling (the linearization point).         *)
(* SeededBug "help_reexecutes": expect gp's child as it is now.            *)
EfrbDChild(t) ==
    /\ pc[t] = "dchild"
    /\ LET i == hi[t]
           par == rec[i][1]
           lf == rec[i][2]
           g == rec[i][3]
           other == IF right[par] = lf THEN left[par] ELSE right[par]
           onLeft == key[other] < key[g]
           now == IF onLeft THEN left[g] ELSE right[g]
           exp == IF SeededBug = "help_reexecutes" THEN now ELSE par
           wins == now = exp /\ exp # other
       IN /\ Access(t, {i, par, other, g})
          /\ IF wins
               THEN /\ left' = IF onLeft THEN [left EXCEPT ![g] = other] ELSE left
                    /\ right' = IF onLeft THEN right ELSE [right EXCEPT ![g] = other]
                    /\ abs' = abs \ {key[lf]}
                    /\ stale' = (stale \/ update[g] # <<"dflag", i>>)
               ELSE UNCHANGED <<left, right, abs, stale>>
          /\ hx' = [hx EXCEPT ![t] = g]
          /\ hp' = [hp EXCEPT ![t] = par]
          /\ hl' = [hl EXCEPT ![t] = lf]
    /\ Goto(t, "dunflag")
    /\ UNCHANGED <<kind, key, update, rec, freeList, nodeState, opsDone, cur, gp, p, l, gpu, pu, parts, hi, own, retired, barred>>

(* After a delete's help: the owner returns (true when it took effect, else *)
(* searches again with a new record); a helper searches again.             *)
AfterDeleteHelp(t, tookEffect) ==
    IF own[t] /\ tookEffect THEN Done(t) ELSE (Restart(t) /\ UNCHANGED opsDone /\ parts' = parts)

(* dunflag: CAS gp's update field from DFlag to Clean (same record); the   *)
(* winner retires p, l and the DInfo.  SeededBug "unmark_removed": it also *)
(* sets p's Mark back to Clean.  SeededBug "no_mark": nothing is retired.  *)
EfrbDUnflag(t) ==
    /\ pc[t] = "dunflag"
    /\ LET i == hi[t]
           g == hx[t]
           par == hp[t]
           wins == update[g] = <<"dflag", i>>
           unmark == wins /\ SeededBug = "unmark_removed" /\ update[par] = <<"mark", i>>
       IN /\ Access(t, {g} \cup (IF wins /\ SeededBug = "unmark_removed" THEN {par} ELSE {}))
          /\ update' = IF ~wins THEN update
                       ELSE IF unmark THEN [update EXCEPT ![g] = <<"clean", i>>, ![par] = <<"clean", i>>]
                       ELSE [update EXCEPT ![g] = <<"clean", i>>]
          /\ IF wins /\ SeededBug # "no_mark"
               THEN RetireSeq(<<par, hl[t], i>>)
               ELSE UNCHANGED <<retired, freeList, nodeState>>
          /\ AfterDeleteHelp(t, TRUE)
    /\ UNCHANGED <<kind, key, left, right, rec, abs, barred, stale>>

(* backtrack: the mark failed; CAS gp's update field from DFlag to Clean;  *)
(* the winner retires the DInfo (never in p's field).                      *)
EfrbBacktrack(t) ==
    /\ pc[t] = "backtrack"
    /\ LET i == hi[t]
           g == hx[t]
       IN /\ Access(t, {g})
          /\ IF update[g] = <<"dflag", i>>
               THEN /\ update' = [update EXCEPT ![g] = <<"clean", i>>]
                    /\ RetireSeq(<<i>>)
               ELSE UNCHANGED <<update, retired, freeList, nodeState>>
          /\ AfterDeleteHelp(t, FALSE)
    /\ UNCHANGED <<kind, key, left, right, rec, abs, barred, stale>>

-----------------------------------------------------------------------------

(* Every thread has run its program: stutter (not a deadlock).             *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Len(Program[t])
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ EfrbStart(t)
           \/ EfrbSearchUpdate(t)
           \/ EfrbSearchChild(t)
           \/ EfrbIFlag(t)
           \/ EfrbIChild(t)
           \/ EfrbIUnflag(t)
           \/ EfrbDFlag(t)
           \/ EfrbMark(t)
           \/ EfrbDChild(t)
           \/ EfrbDUnflag(t)
           \/ EfrbBacktrack(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* The finite keys of the leaves reachable from n, in order.               *)
RECURSIVE LeafKeys(_, _)
LeafKeys(n, fuel) ==
    IF fuel = 0 \/ n = Null THEN <<>>
    ELSE IF kind[n] # "internal" THEN (IF key[n] \in Keys THEN <<key[n]>> ELSE <<>>)
    ELSE LeafKeys(left[n], fuel - 1) \o LeafKeys(right[n], fuel - 1)

(* Every leaf below n lies in [low, high): left subtrees below the node's     *)
(* key, right subtrees at or above it.                                     *)
RECURSIVE Ordered(_, _, _, _)
Ordered(n, low, high, fuel) ==
    IF fuel = 0 \/ n = Null THEN FALSE
    ELSE IF kind[n] # "internal" THEN low <= key[n] /\ key[n] < high
    ELSE Ordered(left[n], low, key[n], fuel - 1) /\ Ordered(right[n], key[n], high, fuel - 1)

(* Every leaf lies on its key's search path (and the tree is acyclic).     *)
SearchTreeOrder == Ordered(Root, 0, Inf2 + 1, Fuel)

(* The reachable leaves hold exactly the abstract set, each once.          *)
MatchesAbstract ==
    LET s == LeafKeys(Root, Fuel)
    IN /\ {s[i] : i \in 1..Len(s)} = abs
       /\ Len(s) = Cardinality(abs)

(* A child CAS changes the tree only for a record still flagged in its     *)
(* node's update field.                                                    *)
InfoCurrent == stale = FALSE

(* No step accesses a node it may not (the reclamation rule).              *)
NoUseAfterFree == uaf = FALSE

(* A Mark on a live node is final.                                         *)
MarkFinal ==
    [][\A n \in Nodes : nodeState[n] = "live" /\ update[n][1] = "mark" => update'[n] = update[n]]_vars

THEOREM Spec => [](TypeOK /\ SearchTreeOrder /\ MatchesAbstract /\ InfoCurrent /\ NoUseAfterFree)
THEOREM Spec => MarkFinal
=============================================================================
