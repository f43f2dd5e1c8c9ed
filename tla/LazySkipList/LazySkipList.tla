---------------------------- MODULE LazySkipList ----------------------------
(***************************************************************************)
(* The lazy (locked) skiplist of Weft.Collections.LockedSkipList           *)
(* (impl/src/Collections/LockedSkipList.cs) as a set of keys, over a       *)
(* NodePool, its removed nodes reclaimed after a grace period:            *)
(*                                                                         *)
(*   M. Herlihy, Y. Lev, V. Luchangco and N. Shavit, "A Simple Optimistic  *)
(*   Skiplist Algorithm", SIROCCO 2007; Herlihy and Shavit, "The Art of    *)
(*   Multiprocessor Programming", ch. 14.3 (LazySkipList).                 *)
(*                                                                         *)
(* A node has MaxLevel plain links (0 is the null handle), a marked and a  *)
(* fullyLinked flag, a key, a tower height and a lock (0: free, else the   *)
(* holding thread).  Node HeadNode is the sentinel.  Thread t runs the     *)
(* operations Program[t] in order (the workload's programs, named by the   *)
(* constant Workload); an Add's tower height is chosen when it starts.     *)
(*                                                                         *)
(* Step granularity.  One action per labeled step of the implementation    *)
(* (StepLabel.At): each lock acquisition (a thread whose lock is held is   *)
(* not enabled), the validation under the locks, each link store, the      *)
(* fullyLinked store (an Add's linearization point) and the marked store   *)
(* (a Remove's), the release of the predecessors' locks, the release of    *)
(* the victim's.  A search (Find, which never writes) and a Contains are   *)
(* one step each: the implementation has no label inside them, so a trace  *)
(* replay runs each as one unit; their inner interleavings are explored by *)
(* the C# scheduler tests (skiplist-locked/* scenarios).  Values are not   *)
(* modeled.                                                                *)
(*                                                                         *)
(* Reclamation.  The remover retires its victim once, after unlinking it   *)
(* at every level and releasing the locks (LazyRemoveUnlockVictim).  The   *)
(* free rule is the grace period of the reclaimers the tests use (DEBRA's  *)
(* epochs; IBR's reservations protect at least as much): a retired node is *)
(* freed only after every other thread that was inside an operation when   *)
(* it was retired has ended that operation.  The retiring thread frees it, *)
(* at the end of one of its operations (EndOperation), in retire order.    *)
(* SeededBug "free_at_retire" frees it at retire (the immediate reclaimer).*)
(* NoUseAfterFree: no step reads or writes a freed node (the ghost uaf is  *)
(* set by a step that touches one: the nodes a search visits, the nodes a  *)
(* validation reads up to its first failing check, the nodes a link or     *)
(* flag store writes).                                                     *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..N
    Nodes,        \* the pool's slots, 1..K (node 1 is the head)
    MaxLevel,     \* the tallest tower
    Workload,     \* the name of the threads' programs (Programs below; the C# model has the same table)
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug): "skip_validation"
                  \* (LockedSkipListSkipsValidation), "contains_ignores_flags" (LockedSkipListContainsIgnoresFlags),
                  \* "locks_top_down" (LockedSkipListLocksTopDown), "free_at_retire" (the immediate reclaimer)

(* The workloads.  "mixed": thread 1 adds 1 and removes 2, thread 2 adds 2,*)
(* removes 1 and looks 1 up.  "add_remove": thread 1 adds 1 and adds 2;    *)
(* thread 2 removes 1 and looks 1 up.                                      *)
Programs == [w \in {"mixed", "add_remove"} |->
    IF w = "mixed"
    THEN << << <<"add", 1>>, <<"remove", 2>> >>, << <<"add", 2>>, <<"remove", 1>>, <<"contains", 1>> >> >>
    ELSE << << <<"add", 1>>, <<"add", 2>> >>, << <<"remove", 1>>, <<"contains", 1>> >> >>]

ASSUME WorkloadAssumption == Workload \in DOMAIN Programs
Program == Programs[Workload]

ASSUME ThreadsAssumption == Threads = 1..Len(Program)
ASSUME NodesAssumption == Nodes = 1..Cardinality(Nodes) /\ Cardinality(Nodes) >= 2
ASSUME MaxLevelAssumption == MaxLevel \in 1..3
ASSUME SeededBugAssumption == SeededBug \in {"none", "skip_validation", "contains_ignores_flags", "locks_top_down", "free_at_retire"}

K == Cardinality(Nodes)
HeadNode == 1
Null == 0
Levels == 0..(MaxLevel - 1)
Keys == UNION {{Program[t][i][2] : i \in 1..Len(Program[t])} : t \in Threads}
Fuel == K + 1

Labels == {"idle", "add_find", "add_wait_linked", "lock_pred", "add_validate", "add_link", "add_fully_linked",
           "add_unlock", "remove_lock_victim", "remove_mark", "remove_validate", "remove_unlink", "remove_unlock",
           "remove_unlock_victim"}

VARIABLES
    (* shared state *)
    link,         \* link[n][l]: NodePool link l of node n (a node, 0 for null)
    key,          \* key[n]: payload word 0
    height,       \* height[n]: payload word 1
    marked,       \* marked[n]: link MaxLevel (1 once logically deleted)
    fullyLinked,  \* fullyLinked[n]: link MaxLevel + 1
    lock,         \* lock[n]: the thread holding node n's WeftLock, 0 when free
    freeList,     \* the pool's shared free list, first element = next slot Allocate returns
    nodeState,    \* "free" | "live"
    (* per-thread state *)
    pc,           \* label of the thread's next step
    opsDone,      \* operations the thread has completed
    ht,           \* Add: the tower height chosen; Remove: the victim's height
    nd,           \* Add: the new node; Remove: the victim; add_wait_linked: the existing node (0: none)
    preds,        \* the last search's predecessors, per level
    succs,        \* the last search's successors, per level
    lvl,          \* the level a loop is at
    ok,           \* the validation passed (the operation linked or unlinked its node)
    (* reclaimer state *)
    limbo,        \* limbo[t]: the nodes t retired and has not freed, in retire order
    waitFor,      \* waitFor[n]: the threads whose operation, under way when n was retired, has not ended
    (* history (ghost) variables *)
    abs,          \* the abstract set
    wrong,        \* set if a Contains ever answered against the abstract set at its step
    held,         \* held[t]: the node locks t holds, in the order it acquired them
    uaf           \* set once a step touched a freed node

sharedVars == <<link, key, height, marked, fullyLinked, lock, freeList, nodeState>>
localVars == <<pc, opsDone, ht, nd, preds, succs, lvl, ok>>
ghostVars == <<abs, wrong, held>>
reclaimVars == <<limbo, waitFor, uaf>>
vars == <<sharedVars, localVars, ghostVars, reclaimVars>>

NodeOrNull == Nodes \cup {Null}

TypeOK ==
    /\ link \in [Nodes -> [Levels -> NodeOrNull]]
    /\ key \in [Nodes -> Nat]
    /\ height \in [Nodes -> 0..MaxLevel]
    /\ marked \in [Nodes -> BOOLEAN]
    /\ fullyLinked \in [Nodes -> BOOLEAN]
    /\ lock \in [Nodes -> {0} \cup Threads]
    /\ freeList \in Seq(Nodes)
    /\ nodeState \in [Nodes -> {"free", "live"}]
    /\ pc \in [Threads -> Labels]
    /\ opsDone \in [Threads -> Nat]
    /\ ht \in [Threads -> 0..MaxLevel]
    /\ nd \in [Threads -> NodeOrNull]
    /\ preds \in [Threads -> [Levels -> NodeOrNull]]
    /\ succs \in [Threads -> [Levels -> NodeOrNull]]
    /\ lvl \in [Threads -> -1..MaxLevel]
    /\ ok \in [Threads -> BOOLEAN]
    /\ abs \subseteq Keys
    /\ wrong \in BOOLEAN
    /\ held \in [Threads -> Seq(Nodes)]
    /\ limbo \in [Threads -> Seq(Nodes)]
    /\ waitFor \in [Nodes -> SUBSET Threads]
    /\ uaf \in BOOLEAN

Init ==
    /\ link = [n \in Nodes |-> [l \in Levels |-> Null]]
    /\ key = [n \in Nodes |-> 0]
    /\ height = [n \in Nodes |-> 0]
    /\ marked = [n \in Nodes |-> FALSE]
    /\ fullyLinked = [n \in Nodes |-> n = HeadNode]
    /\ lock = [n \in Nodes |-> 0]
    /\ freeList = [i \in 1..(K - 1) |-> i + 1]
    /\ nodeState = [n \in Nodes |-> IF n = HeadNode THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "idle"]
    /\ opsDone = [t \in Threads |-> 0]
    /\ ht = [t \in Threads |-> 0]
    /\ nd = [t \in Threads |-> Null]
    /\ preds = [t \in Threads |-> [l \in Levels |-> Null]]
    /\ succs = [t \in Threads |-> [l \in Levels |-> Null]]
    /\ lvl = [t \in Threads |-> 0]
    /\ ok = [t \in Threads |-> FALSE]
    /\ abs = {}
    /\ wrong = FALSE
    /\ held = [t \in Threads |-> <<>>]
    /\ limbo = [t \in Threads |-> <<>>]
    /\ waitFor = [n \in Nodes |-> {}]
    /\ uaf = FALSE

-----------------------------------------------------------------------------
(* The paper's Find (one step, no writes): per level the last node below k *)
(* and the first at or above it; and the highest level whose successor     *)
(* holds k, or -1.  <<preds, succs, found>>.                               *)

RECURSIVE FindLevel(_, _, _, _)
FindLevel(l, p, k, fuel) ==
    LET c == link[p][l]
    IN IF c = Null \/ fuel = 0 \/ key[c] >= k THEN <<p, c>> ELSE FindLevel(l, c, k, fuel - 1)

RECURSIVE FindFrom(_, _, _, _, _, _)
FindFrom(l, p, k, ps, ss, found) ==
    IF l < 0 THEN <<ps, ss, found>>
    ELSE LET r == FindLevel(l, p, k, Fuel)
             f == IF found < 0 /\ r[2] # Null /\ key[r[2]] = k THEN l ELSE found
         IN FindFrom(l - 1, r[1], k, [ps EXCEPT ![l] = r[1]], [ss EXCEPT ![l] = r[2]], f)

Find(k) == FindFrom(MaxLevel - 1, HeadNode, k, [l \in Levels |-> Null], [l \in Levels |-> Null], -1)

(* The nodes Find(k) touches: each predecessor whose link it reads and     *)
(* each node whose key it compares.                                        *)
RECURSIVE VisitLevel(_, _, _, _)
VisitLevel(l, p, k, fuel) ==
    LET c == link[p][l]
    IN {p} \cup (IF c = Null \/ fuel = 0 THEN {} ELSE IF key[c] >= k THEN {c} ELSE VisitLevel(l, c, k, fuel - 1))

RECURSIVE VisitFrom(_, _, _)
VisitFrom(l, p, k) == IF l < 0 THEN {} ELSE VisitLevel(l, p, k, Fuel) \cup VisitFrom(l - 1, FindLevel(l, p, k, Fuel)[1], k)

FindVisited(k) == VisitFrom(MaxLevel - 1, HeadNode, k)

(* A step touching the nodes S: uaf is set if one of them is free.         *)
Use(S) == uaf' = (uaf \/ \E n \in S : nodeState[n] = "free")

RECURSIVE Reverse(_)
Reverse(s) == IF s = <<>> THEN <<>> ELSE Reverse(Tail(s)) \o <<Head(s)>>

(* The reclaimer's EndOperation(t), after the step's retire (lim, wf) and  *)
(* its other frees (fl, ns): t no longer delays any retired node; t frees, *)
(* in retire order, the nodes of its limbo no thread delays any more.      *)
EndOp(t, lim, wf, fl, ns) ==
    LET wf2 == [m \in Nodes |-> wf[m] \ {t}]
        freed == SelectSeq(lim[t], LAMBDA m : wf2[m] = {})
    IN /\ waitFor' = wf2
       /\ limbo' = [lim EXCEPT ![t] = SelectSeq(@, LAMBDA m : wf2[m] # {})]
       /\ freeList' = Reverse(freed) \o fl
       /\ nodeState' = [m \in Nodes |-> IF \E i \in 1..Len(freed) : freed[i] = m THEN "free" ELSE ns[m]]

EndOpNoFree(t) == EndOp(t, limbo, waitFor, freeList, nodeState)

-----------------------------------------------------------------------------

Goto(t, l) == pc' = [pc EXCEPT ![t] = l]
Op(t) == Program[t][opsDone[t] + 1]
Key(t) == Op(t)[2]
Starts(t, op) == pc[t] = "idle" /\ opsDone[t] < Len(Program[t]) /\ Op(t)[1] = op

Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ ht' = [ht EXCEPT ![t] = 0]
    /\ nd' = [nd EXCEPT ![t] = Null]
    /\ preds' = [preds EXCEPT ![t] = [l \in Levels |-> Null]]
    /\ succs' = [succs EXCEPT ![t] = [l \in Levels |-> Null]]
    /\ lvl' = [lvl EXCEPT ![t] = 0]
    /\ ok' = [ok EXCEPT ![t] = FALSE]

(* The levels whose predecessor LockPredecessors locks: the first, and each*)
(* whose predecessor differs from the level below's.                       *)
Distinct(t, l) == l = 0 \/ preds[t][l] # preds[t][l - 1]

(* The next level at or above l whose predecessor is locked, or n.         *)
RECURSIVE NextDistinct(_, _, _)
NextDistinct(t, l, n) == IF l >= n \/ Distinct(t, l) THEN l ELSE NextDistinct(t, l + 1, n)

(* Seeded defect "locks_top_down": the levels whose predecessor is locked  *)
(* going down from the top: the top one, and each whose predecessor        *)
(* differs from the level above's.                                         *)
DistinctDown(t, l) == l = ht[t] - 1 \/ preds[t][l] # preds[t][l + 1]

RECURSIVE NextDistinctDown(_, _)
NextDistinctDown(t, l) == IF l < 0 \/ DistinctDown(t, l) THEN l ELSE NextDistinctDown(t, l - 1)

(* The level LockPredecessors starts at.                                   *)
FirstLockLevel(t) == IF SeededBug = "locks_top_down" THEN ht[t] - 1 ELSE 0

(* lock with the predecessors of levels 0 .. n - 1 released.               *)
ReleasedNodes(t, n) == {m \in Nodes : lock[m] = t /\ \E l \in 0..(n - 1) : preds[t][l] = m}
Released(t, n) == [m \in Nodes |-> IF m \in ReleasedNodes(t, n) THEN 0 ELSE lock[m]]

(* Ghost: held[t] without the nodes of S.                                  *)
HeldWithout(t, S) == [held EXCEPT ![t] = SelectSeq(@, LAMBDA m : m \notin S)]

-----------------------------------------------------------------------------
(* Add(key)                                                                *)

AddStarts(t, h) ==
    /\ Starts(t, "add")
    /\ ht' = [ht EXCEPT ![t] = h]
    /\ Goto(t, "add_find")
    /\ UNCHANGED <<sharedVars, opsDone, nd, preds, succs, lvl, ok, ghostVars, reclaimVars>>

LazyAddHeight1(t) ==                \* height = _heights.Next(): 1
    /\ AddStarts(t, 1)

LazyAddHeight2(t) ==                \* height = _heights.Next(): 2
    /\ MaxLevel >= 2
    /\ AddStarts(t, 2)

LazyAddHeight3(t) ==                \* height = _heights.Next(): 3
    /\ MaxLevel >= 3
    /\ AddStarts(t, 3)

(* Find(key).  Found unmarked: wait until it is fully linked (then return  *)
(* false); found marked: search again; absent: allocate the node (once),   *)
(* then lock the predecessors.  The existing node is kept in `succs`.      *)
LazyAddFind(t) ==
    /\ pc[t] = "add_find"
    /\ LET k == Key(t)
           r == Find(k)
       IN /\ preds' = [preds EXCEPT ![t] = r[1]]
          /\ succs' = [succs EXCEPT ![t] = r[2]]
          /\ IF r[3] >= 0
             THEN /\ lvl' = [lvl EXCEPT ![t] = r[3]]
                  /\ Goto(t, IF marked[r[2][r[3]]] THEN "add_find" ELSE "add_wait_linked")
                  /\ UNCHANGED <<sharedVars, nd>>
             ELSE /\ nd[t] # Null \/ freeList # <<>>
                  /\ LET n == IF nd[t] # Null THEN nd[t] ELSE Head(freeList)
                     IN /\ key' = [key EXCEPT ![n] = k]
                        /\ height' = [height EXCEPT ![n] = ht[t]]
                        /\ marked' = [marked EXCEPT ![n] = FALSE]
                        /\ fullyLinked' = [fullyLinked EXCEPT ![n] = FALSE]
                        /\ freeList' = IF nd[t] # Null THEN freeList ELSE Tail(freeList)
                        /\ nodeState' = [nodeState EXCEPT ![n] = "live"]
                        /\ nd' = [nd EXCEPT ![t] = n]
                  /\ lvl' = [lvl EXCEPT ![t] = FirstLockLevel(t)]
                  /\ Goto(t, "lock_pred")
                  /\ UNCHANGED <<link, lock>>
    /\ Use(FindVisited(Key(t)))
    /\ UNCHANGED <<opsDone, ht, ok, ghostVars, limbo, waitFor>>

(* while (!IsFullyLinked(existing)) Yield(): enabled once it is; return    *)
(* false, freeing the unpublished node, if any.                            *)
LazyAddWaitLinked(t) ==
    /\ pc[t] = "add_wait_linked"
    /\ fullyLinked[succs[t][lvl[t]]]
    /\ Use({succs[t][lvl[t]]})
    /\ IF nd[t] # Null
         THEN EndOp(t, limbo, waitFor, <<nd[t]>> \o freeList, [nodeState EXCEPT ![nd[t]] = "free"])
         ELSE EndOpNoFree(t)
    /\ Done(t)
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, lock, ghostVars>>

(* LockPredecessors (Add and Remove): lock the predecessor of this level   *)
(* (not enabled while another thread holds it), bottom-up (the seeded      *)
(* defect "locks_top_down": top-down).                                     *)
LazyLockPred(t) ==
    /\ pc[t] = "lock_pred"
    /\ LET p == preds[t][lvl[t]]
           down == SeededBug = "locks_top_down"
           l == IF down THEN NextDistinctDown(t, lvl[t] - 1) ELSE NextDistinct(t, lvl[t] + 1, ht[t])
           more == IF down THEN l >= 0 ELSE l < ht[t]
       IN /\ lock[p] = 0
          /\ lock' = [lock EXCEPT ![p] = t]
          /\ held' = [held EXCEPT ![t] = Append(@, p)]
          /\ lvl' = [lvl EXCEPT ![t] = l]
          /\ Goto(t, IF more THEN "lock_pred" ELSE IF Op(t)[1] = "add" THEN "add_validate" ELSE "remove_validate")
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, abs, wrong, reclaimVars>>

(* The nodes StillValid reads from level l up, stopping at the first      *)
(* failing check (C#'s && short-circuits): the predecessor's marked flag,  *)
(* an Add's successor's, the predecessor's link.                           *)
NonNull(n) == IF n = Null THEN {} ELSE {n}

RECURSIVE AddValidateTouches(_, _)
AddValidateTouches(t, l) ==
    IF l >= ht[t] \/ SeededBug = "skip_validation" THEN {}
    ELSE LET p == preds[t][l]
             c == succs[t][l]
         IN IF marked[p] THEN {p}
            ELSE IF c # Null /\ marked[c] THEN {p, c}
            ELSE IF link[p][l] # c THEN {p} \cup NonNull(c)
            ELSE {p} \cup NonNull(c) \cup AddValidateTouches(t, l + 1)

RECURSIVE RemoveValidateTouches(_, _)
RemoveValidateTouches(t, l) ==
    IF l >= ht[t] \/ SeededBug = "skip_validation" THEN {}
    ELSE LET p == preds[t][l]
         IN IF marked[p] \/ link[p][l] # nd[t] THEN {p} ELSE {p} \cup RemoveValidateTouches(t, l + 1)

(* Validation under the locks; valid: point the node's links at the       *)
(* successors and link it bottom-up.  Invalid: release and search again.   *)
LazyAddValidate(t) ==
    /\ pc[t] = "add_validate"
    /\ Use(AddValidateTouches(t, 0) \cup {nd[t]})
    /\ LET valid == SeededBug = "skip_validation" \/
                    \A l \in 0..(ht[t] - 1) : ~marked[preds[t][l]] /\ (succs[t][l] = Null \/ ~marked[succs[t][l]])
                                               /\ link[preds[t][l]][l] = succs[t][l]
       IN IF valid
          THEN /\ link' = [link EXCEPT ![nd[t]] = [l \in Levels |-> IF l < ht[t] THEN succs[t][l] ELSE link[nd[t]][l]]]
               /\ lvl' = [lvl EXCEPT ![t] = 0]
               /\ Goto(t, "add_link")
          ELSE /\ Goto(t, "add_unlock")
               /\ UNCHANGED <<link, lvl>>
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, ghostVars, limbo, waitFor>>

LazyAddLink(t) ==
    /\ pc[t] = "add_link"
    /\ link' = [link EXCEPT ![preds[t][lvl[t]]][lvl[t]] = nd[t]]
    /\ Use({preds[t][lvl[t]]})
    /\ lvl' = [lvl EXCEPT ![t] = @ + 1]
    /\ Goto(t, IF lvl[t] + 1 < ht[t] THEN "add_link" ELSE "add_fully_linked")
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, ghostVars, limbo, waitFor>>

(* fullyLinked := 1: the linearization point.                              *)
LazyAddFullyLinked(t) ==
    /\ pc[t] = "add_fully_linked"
    /\ fullyLinked' = [fullyLinked EXCEPT ![nd[t]] = TRUE]
    /\ abs' = abs \cup {Key(t)}
    /\ ok' = [ok EXCEPT ![t] = TRUE]
    /\ Goto(t, "add_unlock")
    /\ Use({nd[t]})
    /\ UNCHANGED <<link, key, height, marked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, wrong, held, limbo, waitFor>>

(* UnlockPredecessors; linked: return true; else search again.             *)
LazyAddUnlock(t) ==
    /\ pc[t] = "add_unlock"
    /\ lock' = Released(t, ht[t])
    /\ held' = HeldWithout(t, ReleasedNodes(t, ht[t]))
    /\ IF ok[t]
         THEN Done(t) /\ EndOpNoFree(t)
         ELSE /\ Goto(t, "add_find")
              /\ UNCHANGED <<opsDone, ht, nd, preds, succs, lvl, ok, freeList, nodeState, limbo, waitFor>>
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, abs, wrong, uaf>>

-----------------------------------------------------------------------------
(* Remove(key)                                                             *)

(* Find(key); only a fully linked node found at its top level, unmarked,   *)
(* can be deleted: then lock it.                                           *)
LazyRemoveFind(t) ==
    /\ Starts(t, "remove")
    /\ LET r == Find(Key(t))
           v == r[2][r[3]]
       IN /\ Use(FindVisited(Key(t)))
          /\ IF r[3] >= 0 /\ fullyLinked[v] /\ height[v] - 1 = r[3] /\ ~marked[v]
             THEN /\ nd' = [nd EXCEPT ![t] = v]
                  /\ ht' = [ht EXCEPT ![t] = height[v]]
                  /\ preds' = [preds EXCEPT ![t] = r[1]]
                  /\ succs' = [succs EXCEPT ![t] = r[2]]
                  /\ Goto(t, "remove_lock_victim")
                  /\ UNCHANGED <<opsDone, lvl, ok, freeList, nodeState, limbo, waitFor>>
             ELSE Done(t) /\ EndOpNoFree(t)
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, lock, ghostVars>>

(* Lock the victim; marked meanwhile: release it and return false.         *)
LazyRemoveLockVictim(t) ==
    /\ pc[t] = "remove_lock_victim"
    /\ lock[nd[t]] = 0
    /\ lock' = [lock EXCEPT ![nd[t]] = t]
    /\ held' = [held EXCEPT ![t] = Append(@, nd[t])]
    /\ Use({nd[t]})
    /\ Goto(t, IF marked[nd[t]] THEN "remove_unlock_victim" ELSE "remove_mark")
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, ok, abs, wrong, limbo, waitFor>>

(* marked := 1: the linearization point; this thread is the remover.       *)
LazyRemoveMark(t) ==
    /\ pc[t] = "remove_mark"
    /\ marked' = [marked EXCEPT ![nd[t]] = TRUE]
    /\ abs' = abs \ {Key(t)}
    /\ lvl' = [lvl EXCEPT ![t] = FirstLockLevel(t)]
    /\ Use({nd[t]})
    /\ Goto(t, "lock_pred")
    /\ UNCHANGED <<link, key, height, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, wrong, held, limbo, waitFor>>

(* Validation under the locks (predecessor unmarked, still linking to the  *)
(* victim); valid: unlink top-down; invalid: release and search again.     *)
LazyRemoveValidate(t) ==
    /\ pc[t] = "remove_validate"
    /\ Use(RemoveValidateTouches(t, 0))
    /\ LET valid == SeededBug = "skip_validation" \/
                    \A l \in 0..(ht[t] - 1) : ~marked[preds[t][l]] /\ link[preds[t][l]][l] = nd[t]
       IN IF valid
          THEN /\ lvl' = [lvl EXCEPT ![t] = ht[t] - 1]
               /\ Goto(t, "remove_unlink")
          ELSE /\ Goto(t, "remove_unlock")
               /\ UNCHANGED lvl
    /\ UNCHANGED <<sharedVars, opsDone, ht, nd, preds, succs, ok, ghostVars, limbo, waitFor>>

LazyRemoveUnlink(t) ==
    /\ pc[t] = "remove_unlink"
    /\ link' = [link EXCEPT ![preds[t][lvl[t]]][lvl[t]] = link[nd[t]][lvl[t]]]
    /\ Use({nd[t], preds[t][lvl[t]]})
    /\ lvl' = [lvl EXCEPT ![t] = @ - 1]
    /\ ok' = [ok EXCEPT ![t] = lvl[t] = 0]
    /\ Goto(t, IF lvl[t] > 0 THEN "remove_unlink" ELSE "remove_unlock")
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ghostVars, limbo, waitFor>>

(* UnlockPredecessors; unlinked: release the victim; else search again and *)
(* lock the predecessors again.                                            *)
LazyRemoveUnlock(t) ==
    /\ pc[t] = "remove_unlock"
    /\ lock' = Released(t, ht[t])
    /\ held' = HeldWithout(t, ReleasedNodes(t, ht[t]))
    /\ IF ok[t]
         THEN /\ Goto(t, "remove_unlock_victim")
              /\ UNCHANGED <<preds, succs, lvl, uaf>>
         ELSE LET r == Find(Key(t))
              IN /\ preds' = [preds EXCEPT ![t] = r[1]]
                 /\ succs' = [succs EXCEPT ![t] = r[2]]
                 /\ lvl' = [lvl EXCEPT ![t] = FirstLockLevel(t)]
                 /\ Use(FindVisited(Key(t)))
                 /\ Goto(t, "lock_pred")
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, ok, abs, wrong, limbo, waitFor>>

(* Release the victim's lock; unlinked (this thread is the remover):      *)
(* Retire it, delayed by every other thread inside an operation now        *)
(* (SeededBug "free_at_retire": freed at once); then EndOperation.         *)
LazyRemoveUnlockVictim(t) ==
    /\ pc[t] = "remove_unlock_victim"
    /\ lock' = [lock EXCEPT ![nd[t]] = 0]
    /\ held' = HeldWithout(t, {nd[t]})
    /\ LET v == nd[t]
       IN IF ~ok[t] THEN EndOpNoFree(t)
          ELSE IF SeededBug = "free_at_retire"
          THEN EndOp(t, limbo, waitFor, <<v>> \o freeList, [nodeState EXCEPT ![v] = "free"])
          ELSE EndOp(t, [limbo EXCEPT ![t] = Append(@, v)],
                     [waitFor EXCEPT ![v] = {u \in Threads \ {t} : pc[u] # "idle"}], freeList, nodeState)
    /\ Done(t)
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, abs, wrong, uaf>>

-----------------------------------------------------------------------------
(* Contains(key): one step; found fully linked and unmarked (SeededBug     *)
(* "contains_ignores_flags": found at all).                                *)

ContainsResult(k) ==
    LET r == Find(k)
    IN r[3] >= 0 /\ (SeededBug = "contains_ignores_flags" \/ (fullyLinked[r[2][r[3]]] /\ ~marked[r[2][r[3]]]))

LazyContains(t) ==
    /\ Starts(t, "contains")
    /\ wrong' = (wrong \/ ContainsResult(Key(t)) # (Key(t) \in abs))
    /\ Use(FindVisited(Key(t)))
    /\ Done(t)
    /\ EndOpNoFree(t)
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, lock, abs, held>>

-----------------------------------------------------------------------------

Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Len(Program[t])
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ LazyAddHeight1(t)
           \/ LazyAddHeight2(t)
           \/ LazyAddHeight3(t)
           \/ LazyAddFind(t)
           \/ LazyAddWaitLinked(t)
           \/ LazyLockPred(t)
           \/ LazyAddValidate(t)
           \/ LazyAddLink(t)
           \/ LazyAddFullyLinked(t)
           \/ LazyAddUnlock(t)
           \/ LazyRemoveFind(t)
           \/ LazyRemoveLockVictim(t)
           \/ LazyRemoveMark(t)
           \/ LazyRemoveValidate(t)
           \/ LazyRemoveUnlink(t)
           \/ LazyRemoveUnlock(t)
           \/ LazyRemoveUnlockVictim(t)
           \/ LazyContains(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

RECURSIVE WalkLevel(_, _, _)
WalkLevel(n, l, fuel) == IF n = Null \/ fuel = 0 THEN <<>> ELSE <<n>> \o WalkLevel(link[n][l], l, fuel - 1)
OnLevel(l) == WalkLevel(link[HeadNode][l], l, K + 1)

(* Every level is acyclic and strictly sorted.                             *)
LevelsSorted ==
    \A l \in Levels :
        /\ Len(OnLevel(l)) <= K - 1
        /\ \A i \in 1..(Len(OnLevel(l)) - 1) : key[OnLevel(l)[i]] < key[OnLevel(l)[i + 1]]

(* An unmarked node of level l + 1 is on level l.                          *)
Sublist ==
    \A l \in 1..(MaxLevel - 1) :
        \A i \in 1..Len(OnLevel(l)) :
            ~marked[OnLevel(l)[i]] => \E j \in 1..Len(OnLevel(l - 1)) : OnLevel(l - 1)[j] = OnLevel(l)[i]

(* Level 0's fully linked, unmarked nodes hold exactly the abstract set.   *)
AbstractSetMatches ==
    LET u == SelectSeq(OnLevel(0), LAMBDA n : fullyLinked[n] /\ ~marked[n])
    IN /\ {key[u[i]] : i \in 1..Len(u)} = abs
       /\ Len(u) = Cardinality(abs)

ContainsCorrect == wrong = FALSE

(* Lock discipline: every thread takes node locks in strictly decreasing   *)
(* key order (the head, key 0, below every key, last), so no cycle of      *)
(* waiting threads can form; and a thread between operations holds no      *)
(* lock (every path releases what it took).                                *)
LockDiscipline ==
    \A t \in Threads :
        /\ \A i, j \in 1..Len(held[t]) : i < j => key[held[t][i]] > key[held[t][j]]
        /\ pc[t] = "idle" => \A n \in Nodes : lock[n] # t

(* No step touches a freed node.                                          *)
NoUseAfterFree == uaf = FALSE

(* A marked node stays marked until its slot is freed (a reused slot       *)
(* starts unmarked).                                                       *)
MarkedNeverUnmarked ==
    [][\A n \in Nodes : marked[n] /\ nodeState[n] # "free" => marked'[n]]_vars

THEOREM Spec => [](TypeOK /\ LevelsSorted /\ Sublist /\ AbstractSetMatches /\ ContainsCorrect /\ LockDiscipline /\ NoUseAfterFree)
THEOREM Spec => MarkedNeverUnmarked
=============================================================================
