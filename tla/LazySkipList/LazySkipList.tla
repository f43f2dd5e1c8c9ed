---------------------------- MODULE LazySkipList ----------------------------
(***************************************************************************)
(* The lazy (locked) skiplist of Weft.Collections.LockedSkipList           *)
(* (impl/src/Collections/LockedSkipList.cs) as a set of keys, over a       *)
(* NodePool with no reclamation (LeakReclaimer):                           *)
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
(* modeled.  No reclamation: a retired node stays allocated, so            *)
(* NoUseAfterFree is not stated (skiplist-locked/use-after-free-immediate  *)
(* and tla/IBR, tla/DEBRA cover reclamation).                              *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..N
    Nodes,        \* the pool's slots, 1..K (node 1 is the head)
    MaxLevel,     \* the tallest tower
    Workload,     \* the name of the threads' programs (Programs below; the C# model has the same table)
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug): "skip_validation"
                  \* (LockedSkipListSkipsValidation), "contains_ignores_flags" (LockedSkipListContainsIgnoresFlags),
                  \* "locks_top_down" (LockedSkipListLocksTopDown)

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
ASSUME SeededBugAssumption == SeededBug \in {"none", "skip_validation", "contains_ignores_flags", "locks_top_down"}

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
    (* history (ghost) variables *)
    abs,          \* the abstract set
    wrong,        \* set if a Contains ever answered against the abstract set at its step
    held          \* held[t]: the node locks t holds, in the order it acquired them

sharedVars == <<link, key, height, marked, fullyLinked, lock, freeList, nodeState>>
localVars == <<pc, opsDone, ht, nd, preds, succs, lvl, ok>>
ghostVars == <<abs, wrong, held>>
vars == <<sharedVars, localVars, ghostVars>>

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
    /\ UNCHANGED <<sharedVars, opsDone, nd, preds, succs, lvl, ok, ghostVars>>

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
    /\ UNCHANGED <<opsDone, ht, ok, ghostVars>>

(* while (!IsFullyLinked(existing)) Yield(): enabled once it is; return    *)
(* false, freeing the unpublished node, if any.                            *)
LazyAddWaitLinked(t) ==
    /\ pc[t] = "add_wait_linked"
    /\ fullyLinked[succs[t][lvl[t]]]
    /\ IF nd[t] # Null
         THEN /\ freeList' = <<nd[t]>> \o freeList
              /\ nodeState' = [nodeState EXCEPT ![nd[t]] = "free"]
         ELSE UNCHANGED <<freeList, nodeState>>
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
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, abs, wrong>>

(* Validation under the locks; valid: point the node's links at the       *)
(* successors and link it bottom-up.  Invalid: release and search again.   *)
LazyAddValidate(t) ==
    /\ pc[t] = "add_validate"
    /\ LET valid == SeededBug = "skip_validation" \/
                    \A l \in 0..(ht[t] - 1) : ~marked[preds[t][l]] /\ (succs[t][l] = Null \/ ~marked[succs[t][l]])
                                               /\ link[preds[t][l]][l] = succs[t][l]
       IN IF valid
          THEN /\ link' = [link EXCEPT ![nd[t]] = [l \in Levels |-> IF l < ht[t] THEN succs[t][l] ELSE link[nd[t]][l]]]
               /\ lvl' = [lvl EXCEPT ![t] = 0]
               /\ Goto(t, "add_link")
          ELSE /\ Goto(t, "add_unlock")
               /\ UNCHANGED <<link, lvl>>
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, ghostVars>>

LazyAddLink(t) ==
    /\ pc[t] = "add_link"
    /\ link' = [link EXCEPT ![preds[t][lvl[t]]][lvl[t]] = nd[t]]
    /\ lvl' = [lvl EXCEPT ![t] = @ + 1]
    /\ Goto(t, IF lvl[t] + 1 < ht[t] THEN "add_link" ELSE "add_fully_linked")
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, ghostVars>>

(* fullyLinked := 1: the linearization point.                              *)
LazyAddFullyLinked(t) ==
    /\ pc[t] = "add_fully_linked"
    /\ fullyLinked' = [fullyLinked EXCEPT ![nd[t]] = TRUE]
    /\ abs' = abs \cup {Key(t)}
    /\ ok' = [ok EXCEPT ![t] = TRUE]
    /\ Goto(t, "add_unlock")
    /\ UNCHANGED <<link, key, height, marked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, wrong, held>>

(* UnlockPredecessors; linked: return true; else search again.             *)
LazyAddUnlock(t) ==
    /\ pc[t] = "add_unlock"
    /\ lock' = Released(t, ht[t])
    /\ held' = HeldWithout(t, ReleasedNodes(t, ht[t]))
    /\ IF ok[t]
         THEN Done(t)
         ELSE /\ Goto(t, "add_find")
              /\ UNCHANGED <<opsDone, ht, nd, preds, succs, lvl, ok>>
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, abs, wrong>>

-----------------------------------------------------------------------------
(* Remove(key)                                                             *)

(* Find(key); only a fully linked node found at its top level, unmarked,   *)
(* can be deleted: then lock it.                                           *)
LazyRemoveFind(t) ==
    /\ Starts(t, "remove")
    /\ LET r == Find(Key(t))
           v == r[2][r[3]]
       IN IF r[3] >= 0 /\ fullyLinked[v] /\ height[v] - 1 = r[3] /\ ~marked[v]
          THEN /\ nd' = [nd EXCEPT ![t] = v]
               /\ ht' = [ht EXCEPT ![t] = height[v]]
               /\ preds' = [preds EXCEPT ![t] = r[1]]
               /\ succs' = [succs EXCEPT ![t] = r[2]]
               /\ Goto(t, "remove_lock_victim")
               /\ UNCHANGED <<opsDone, lvl, ok>>
          ELSE Done(t)
    /\ UNCHANGED <<sharedVars, ghostVars>>

(* Lock the victim; marked meanwhile: release it and return false.         *)
LazyRemoveLockVictim(t) ==
    /\ pc[t] = "remove_lock_victim"
    /\ lock[nd[t]] = 0
    /\ lock' = [lock EXCEPT ![nd[t]] = t]
    /\ held' = [held EXCEPT ![t] = Append(@, nd[t])]
    /\ Goto(t, IF marked[nd[t]] THEN "remove_unlock_victim" ELSE "remove_mark")
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, ok, abs, wrong>>

(* marked := 1: the linearization point; this thread is the remover.       *)
LazyRemoveMark(t) ==
    /\ pc[t] = "remove_mark"
    /\ marked' = [marked EXCEPT ![nd[t]] = TRUE]
    /\ abs' = abs \ {Key(t)}
    /\ lvl' = [lvl EXCEPT ![t] = FirstLockLevel(t)]
    /\ Goto(t, "lock_pred")
    /\ UNCHANGED <<link, key, height, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ok, wrong, held>>

(* Validation under the locks (predecessor unmarked, still linking to the  *)
(* victim); valid: unlink top-down; invalid: release and search again.     *)
LazyRemoveValidate(t) ==
    /\ pc[t] = "remove_validate"
    /\ LET valid == SeededBug = "skip_validation" \/
                    \A l \in 0..(ht[t] - 1) : ~marked[preds[t][l]] /\ link[preds[t][l]][l] = nd[t]
       IN IF valid
          THEN /\ lvl' = [lvl EXCEPT ![t] = ht[t] - 1]
               /\ Goto(t, "remove_unlink")
          ELSE /\ Goto(t, "remove_unlock")
               /\ UNCHANGED lvl
    /\ UNCHANGED <<sharedVars, opsDone, ht, nd, preds, succs, ok, ghostVars>>

LazyRemoveUnlink(t) ==
    /\ pc[t] = "remove_unlink"
    /\ link' = [link EXCEPT ![preds[t][lvl[t]]][lvl[t]] = link[nd[t]][lvl[t]]]
    /\ lvl' = [lvl EXCEPT ![t] = @ - 1]
    /\ ok' = [ok EXCEPT ![t] = lvl[t] = 0]
    /\ Goto(t, IF lvl[t] > 0 THEN "remove_unlink" ELSE "remove_unlock")
    /\ UNCHANGED <<key, height, marked, fullyLinked, lock, freeList, nodeState, opsDone, ht, nd, preds, succs, ghostVars>>

(* UnlockPredecessors; unlinked: release the victim; else search again and *)
(* lock the predecessors again.                                            *)
LazyRemoveUnlock(t) ==
    /\ pc[t] = "remove_unlock"
    /\ lock' = Released(t, ht[t])
    /\ held' = HeldWithout(t, ReleasedNodes(t, ht[t]))
    /\ IF ok[t]
         THEN /\ Goto(t, "remove_unlock_victim")
              /\ UNCHANGED <<preds, succs, lvl>>
         ELSE LET r == Find(Key(t))
              IN /\ preds' = [preds EXCEPT ![t] = r[1]]
                 /\ succs' = [succs EXCEPT ![t] = r[2]]
                 /\ lvl' = [lvl EXCEPT ![t] = FirstLockLevel(t)]
                 /\ Goto(t, "lock_pred")
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, opsDone, ht, nd, ok, abs, wrong>>

(* Release the victim's lock; Retire (no reclamation).                     *)
LazyRemoveUnlockVictim(t) ==
    /\ pc[t] = "remove_unlock_victim"
    /\ lock' = [lock EXCEPT ![nd[t]] = 0]
    /\ held' = HeldWithout(t, {nd[t]})
    /\ Done(t)
    /\ UNCHANGED <<link, key, height, marked, fullyLinked, freeList, nodeState, abs, wrong>>

-----------------------------------------------------------------------------
(* Contains(key): one step; found fully linked and unmarked (SeededBug     *)
(* "contains_ignores_flags": found at all).                                *)

ContainsResult(k) ==
    LET r == Find(k)
    IN r[3] >= 0 /\ (SeededBug = "contains_ignores_flags" \/ (fullyLinked[r[2][r[3]]] /\ ~marked[r[2][r[3]]]))

LazyContains(t) ==
    /\ Starts(t, "contains")
    /\ wrong' = (wrong \/ ContainsResult(Key(t)) # (Key(t) \in abs))
    /\ Done(t)
    /\ UNCHANGED <<sharedVars, abs, held>>

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

(* A marked node stays marked until its slot is freed (a reused slot       *)
(* starts unmarked).                                                       *)
MarkedNeverUnmarked ==
    [][\A n \in Nodes : marked[n] /\ nodeState[n] # "free" => marked'[n]]_vars

THEOREM Spec => [](TypeOK /\ LevelsSorted /\ Sublist /\ AbstractSetMatches /\ ContainsCorrect /\ LockDiscipline)
THEOREM Spec => MarkedNeverUnmarked
=============================================================================
