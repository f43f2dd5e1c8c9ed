------------------------------ MODULE SkipList ------------------------------
(***************************************************************************)
(* The lock-free skiplist of Weft.Collections.LockFreeSkipList             *)
(* (impl/src/Collections/LockFreeSkipList.cs) as a set of keys, over a     *)
(* NodePool, its removed nodes reclaimed after a grace period:            *)
(*                                                                         *)
(*   K. Fraser, "Practical lock-freedom", PhD thesis, Cambridge 2004;      *)
(*   M. Herlihy and N. Shavit, "The Art of Multiprocessor Programming",    *)
(*   ch. 14.4 (LockFreeSkipList).                                          *)
(*                                                                         *)
(* A node has MaxLevel links (levels 0 .. MaxLevel - 1), each a pair       *)
(* <<successor, marked>> (0 is the null handle, the tail), a key, a tower  *)
(* height and the handoff word of the retirement protocol.  Node HeadNode *)
(* is the sentinel.                                                        *)
(* the sentinel.  Thread t runs the operations Program[t] in order, each   *)
(* (the workload's programs, named by the constant Workload)               *)
(* <<"add", k>>, <<"remove", k>> or <<"contains", k>>; an Add's tower      *)
(* height is chosen when it starts (the harness's choice in Weft).         *)
(*                                                                         *)
(* Step granularity.  One action per labeled step of the implementation    *)
(* (StepLabel.At), named after it, the thread as parameter, pc[t] the      *)
(* label of the next step.  Every CAS and load of a link that the          *)
(* algorithm's correctness rests on is its own step: the level-0 link CAS  *)
(* of an Add (its linearization point), each upper-level link and each     *)
(* own-link CAS, each mark CAS and the level-0 mark (a Remove's            *)
(* linearization point), the handoff CAS.  A search (Find, with the snips  *)
(* of marked nodes it makes) and a Contains are one step each: the         *)
(* implementation runs them without a label inside, so a trace replay runs *)
(* each as one unit; their inner interleavings are explored by the C#      *)
(* scheduler tests (skiplist/* scenarios), not here.  The value word and   *)
(* the remover's tombstone are not modeled (this is the set; the replayed  *)
(* workload never updates a value).                                        *)
(*                                                                         *)
(* Reclamation.  The second of a node's two finishers (its inserter, done *)
(* linking, and its remover, done marking) to CAS the handoff word snips   *)
(* the node everywhere and retires it (SkipListFinishSnip): once, after it *)
(* is unlinked at every level.  The free rule is the grace period of the   *)
(* reclaimers the tests use (DEBRA's epochs; IBR's reservations protect at *)
(* least as much): a retired node is freed only after every other thread   *)
(* that was inside an operation when it was retired has ended that         *)
(* operation; the retiring thread frees it at the end of one of its own    *)
(* operations (EndOperation), in retire order.  SeededBug "free_at_retire" *)
(* frees it at retire (the immediate reclaimer).  NoUseAfterFree: no step  *)
(* reads or writes a freed node (the ghost uaf is set by a step that       *)
(* touches one).                                                           *)
(*                                                                         *)
(* Linearizability is checked against a ghost abstract set `abs` updated   *)
(* at the linearization points.                                            *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..N
    Nodes,        \* the pool's slots, 1..K (node 1 is the head)
    MaxLevel,     \* the tallest tower
    Workload,     \* the name of the threads' programs (Programs below; the C# model has the same table)
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug): "unlink_early" (SkipListUnlinkBeforeMark),
                  \* "upper_first" (SkipListUpperLevelFirst), "contains_ignores_mark" (SkipListContainsIgnoresMark),
                  \* "relink_marked" (SkipListRelinkMarked), "free_at_retire" (the immediate reclaimer)

(* The workloads: Program[t] for each thread (a TLC configuration cannot   *)
(* give tuples as constants).  "mixed": thread 1 adds 1 and removes 2,     *)
(* thread 2 adds 2, removes 1 and looks 1 up.  "add_remove": thread 1 adds *)
(* 1 and adds 2; thread 2 removes 1 and looks 1 up.                        *)
Programs == [w \in {"mixed", "add_remove"} |->
    IF w = "mixed"
    THEN << << <<"add", 1>>, <<"remove", 2>> >>, << <<"add", 2>>, <<"remove", 1>>, <<"contains", 1>> >> >>
    ELSE << << <<"add", 1>>, <<"add", 2>> >>, << <<"remove", 1>>, <<"contains", 1>> >> >>]

ASSUME WorkloadAssumption == Workload \in DOMAIN Programs
Program == Programs[Workload]

ASSUME ThreadsAssumption == Threads = 1..Len(Program)
ASSUME NodesAssumption == Nodes = 1..Cardinality(Nodes) /\ Cardinality(Nodes) >= 2
ASSUME MaxLevelAssumption == MaxLevel \in 1..3
ASSUME ProgramAssumption ==
    \A t \in Threads : \A i \in 1..Len(Program[t]) :
        Program[t][i][1] \in {"add", "remove", "contains"} /\ Program[t][i][2] \in Nat \ {0}
ASSUME SeededBugAssumption == SeededBug \in {"none", "unlink_early", "upper_first", "contains_ignores_mark", "relink_marked", "free_at_retire"}

K == Cardinality(Nodes)
HeadNode == 1
Null == 0
Levels == 0..(MaxLevel - 1)
NullLink == <<Null, FALSE>>
Keys == UNION {{Program[t][i][2] : i \in 1..Len(Program[t])} : t \in Threads}
Fuel == 2 * K + 2                     \* bounds every walk (a level has at most K nodes)

Labels == {"idle", "add_find", "add_upper_first", "add_cas0", "add_link_read", "add_link_own", "add_link_cas",
           "add_link_find", "remove_mark_read", "remove_mark_cas", "remove_read0", "remove_unlink_early",
           "remove_mark0", "remove_reread0", "finish_handoff", "finish_snip"}

VARIABLES
    (* shared state *)
    link,         \* link[n][l] = <<successor, marked>>: NodePool link l of node n
    key,          \* key[n]: payload word 0
    height,       \* height[n]: payload word 1
    handoff,      \* handoff[n]: link MaxLevel, the retirement handoff word (0 or 1)
    freeList,     \* the pool's shared free list, first element = next slot Allocate returns
    nodeState,    \* "free" | "live"
    (* per-thread state *)
    pc,           \* label of the thread's next step
    opsDone,      \* operations the thread has completed
    ht,           \* Add: the tower height chosen
    nd,           \* Add: the new node; Remove: the victim (0: none)
    preds,        \* the last search's predecessors, per level
    succs,        \* the last search's successors, per level
    lvl,          \* the level an upper-level loop is at
    lnk,          \* the link last read
    (* reclaimer state *)
    limbo,        \* limbo[t]: the nodes t retired and has not freed, in retire order
    waitFor,      \* waitFor[n]: the threads whose operation, under way when n was retired, has not ended
    (* history (ghost) variables *)
    abs,          \* the abstract set
    wrong,        \* set if a Contains ever answered against the abstract set at its step
    uaf           \* set once a step touched a freed node

sharedVars == <<link, key, height, handoff, freeList, nodeState>>
localVars == <<pc, opsDone, ht, nd, preds, succs, lvl, lnk>>
ghostVars == <<abs, wrong>>
reclaimVars == <<limbo, waitFor, uaf>>
vars == <<sharedVars, localVars, ghostVars, reclaimVars>>

Link == (Nodes \cup {Null}) \X BOOLEAN
NodeOrNull == Nodes \cup {Null}

TypeOK ==
    /\ link \in [Nodes -> [Levels -> Link]]
    /\ key \in [Nodes -> Nat]
    /\ height \in [Nodes -> 0..MaxLevel]
    /\ handoff \in [Nodes -> {0, 1}]
    /\ freeList \in Seq(Nodes)
    /\ nodeState \in [Nodes -> {"free", "live"}]
    /\ pc \in [Threads -> Labels]
    /\ opsDone \in [Threads -> Nat]
    /\ ht \in [Threads -> 0..MaxLevel]
    /\ nd \in [Threads -> NodeOrNull]
    /\ preds \in [Threads -> [Levels -> NodeOrNull]]
    /\ succs \in [Threads -> [Levels -> NodeOrNull]]
    /\ lvl \in [Threads -> 0..MaxLevel]
    /\ lnk \in [Threads -> Link]
    /\ abs \subseteq Keys
    /\ wrong \in BOOLEAN
    /\ limbo \in [Threads -> Seq(Nodes)]
    /\ waitFor \in [Nodes -> SUBSET Threads]
    /\ uaf \in BOOLEAN

Init ==
    /\ link = [n \in Nodes |-> [l \in Levels |-> NullLink]]
    /\ key = [n \in Nodes |-> 0]
    /\ height = [n \in Nodes |-> 0]
    /\ handoff = [n \in Nodes |-> 0]
    /\ freeList = [i \in 1..(K - 1) |-> i + 1]
    /\ nodeState = [n \in Nodes |-> IF n = HeadNode THEN "live" ELSE "free"]
    /\ pc = [t \in Threads |-> "idle"]
    /\ opsDone = [t \in Threads |-> 0]
    /\ ht = [t \in Threads |-> 0]
    /\ nd = [t \in Threads |-> Null]
    /\ preds = [t \in Threads |-> [l \in Levels |-> Null]]
    /\ succs = [t \in Threads |-> [l \in Levels |-> Null]]
    /\ lvl = [t \in Threads |-> 0]
    /\ lnk = [t \in Threads |-> NullLink]
    /\ abs = {}
    /\ wrong = FALSE
    /\ limbo = [t \in Threads |-> <<>>]
    /\ waitFor = [n \in Nodes |-> {}]
    /\ uaf = FALSE

-----------------------------------------------------------------------------
(* Searches (one step each: see the header).                               *)

(* One level of Find from pred p in the link function lk: unlinks ("snips")*)
(* every marked node it passes (the snip CAS on p's link wins: p's link is *)
(* the node, unmarked), stops at the first unmarked node whose key is at   *)
(* least k (past k when thr: Find's throughKey).  <<lk', pred, succ>>.     *)
RECURSIVE FindLevel(_, _, _, _, _, _)
FindLevel(lk, l, p, k, thr, fuel) ==
    LET c == lk[p][l][1]
    IN IF c = Null \/ fuel = 0 THEN <<lk, p, c>>
       ELSE IF lk[c][l][2]
            THEN FindLevel([lk EXCEPT ![p][l] = <<lk[c][l][1], FALSE>>], l, p, k, thr, fuel - 1)
            ELSE IF key[c] > k \/ (key[c] = k /\ ~thr) THEN <<lk, p, c>>
            ELSE FindLevel(lk, l, c, k, thr, fuel - 1)

(* Find from level l down: <<lk', preds, succs>>.                          *)
RECURSIVE FindFrom(_, _, _, _, _, _, _)
FindFrom(lk, l, p, k, thr, ps, ss) ==
    IF l < 0 THEN <<lk, ps, ss>>
    ELSE LET r == FindLevel(lk, l, p, k, thr, Fuel)
         IN FindFrom(r[1], l - 1, r[2], k, thr, [ps EXCEPT ![l] = r[2]], [ss EXCEPT ![l] = r[3]])

Find(k, thr) == FindFrom(link, MaxLevel - 1, HeadNode, k, thr, [l \in Levels |-> Null], [l \in Levels |-> Null])

(* The nodes a Find touches: each predecessor whose link it reads or CASes *)
(* and each node whose link (and key) it reads.                            *)
RECURSIVE VisitLevel(_, _, _, _, _, _)
VisitLevel(lk, l, p, k, thr, fuel) ==
    LET c == lk[p][l][1]
    IN {p} \cup
       IF c = Null \/ fuel = 0 THEN {}
       ELSE {c} \cup IF lk[c][l][2]
                     THEN VisitLevel([lk EXCEPT ![p][l] = <<lk[c][l][1], FALSE>>], l, p, k, thr, fuel - 1)
                     ELSE IF key[c] > k \/ (key[c] = k /\ ~thr) THEN {}
                     ELSE VisitLevel(lk, l, c, k, thr, fuel - 1)

RECURSIVE VisitFrom(_, _, _, _, _)
VisitFrom(lk, l, p, k, thr) ==
    IF l < 0 THEN {}
    ELSE LET r == FindLevel(lk, l, p, k, thr, Fuel)
         IN VisitLevel(lk, l, p, k, thr, Fuel) \cup VisitFrom(r[1], l - 1, r[2], k, thr)

FindVisited(k, thr) == VisitFrom(link, MaxLevel - 1, HeadNode, k, thr)

(* Whether a search's level-0 successor holds the key.                     *)
Found(r, k) == r[3][0] # Null /\ key[r[3][0]] = k

(* Contains: the first node of level 0 whose key is at least k, stepping   *)
(* over nodes marked at level 0 (SeededBug "contains_ignores_mark": not).  *)
RECURSIVE Locate(_, _, _)
Locate(c, k, fuel) ==
    IF c = Null \/ fuel = 0 THEN Null
    ELSE IF link[c][0][2] /\ SeededBug # "contains_ignores_mark" THEN Locate(link[c][0][1], k, fuel - 1)
    ELSE IF key[c] >= k THEN c
    ELSE Locate(link[c][0][1], k, fuel - 1)

ContainsResult(k) == LET c == Locate(link[HeadNode][0][1], k, Fuel) IN c # Null /\ key[c] = k

(* The nodes a Contains touches, as modeled (a walk of level 0; the        *)
(* implementation descends the levels, through nodes that are linked, and  *)
(* a retired node is unlinked everywhere: no freed node is on its way).    *)
RECURSIVE LocateVisited(_, _, _)
LocateVisited(c, k, fuel) ==
    IF c = Null \/ fuel = 0 THEN {}
    ELSE IF link[c][0][2] /\ SeededBug # "contains_ignores_mark" THEN {c} \cup LocateVisited(link[c][0][1], k, fuel - 1)
    ELSE IF key[c] >= k THEN {c}
    ELSE {c} \cup LocateVisited(link[c][0][1], k, fuel - 1)

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

(* A new operation may start: the thread's next one is `op`.               *)
Starts(t, op) == pc[t] = "idle" /\ opsDone[t] < Len(Program[t]) /\ Op(t)[1] = op

(* The operation is over: its locals die.                                  *)
Done(t) ==
    /\ Goto(t, "idle")
    /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
    /\ ht' = [ht EXCEPT ![t] = 0]
    /\ nd' = [nd EXCEPT ![t] = Null]
    /\ preds' = [preds EXCEPT ![t] = [l \in Levels |-> Null]]
    /\ succs' = [succs EXCEPT ![t] = [l \in Levels |-> Null]]
    /\ lvl' = [lvl EXCEPT ![t] = 0]
    /\ lnk' = [lnk EXCEPT ![t] = NullLink]

(* CAS of link l of node n from `old` to `new`, as a new link function.    *)
Cas(lk, n, l, old, new) == IF lk[n][l] = old THEN [lk EXCEPT ![n][l] = new] ELSE lk

-----------------------------------------------------------------------------
(* Add(key): the height is chosen at the start (one action per height).    *)

AddStarts(t, h) ==
    /\ Starts(t, "add")
    /\ h \in 1..MaxLevel
    /\ ht' = [ht EXCEPT ![t] = h]
    /\ Goto(t, "add_find")
    /\ UNCHANGED <<sharedVars, opsDone, nd, preds, succs, lvl, lnk, ghostVars, reclaimVars>>

SkipListAddHeight1(t) ==            \* height = _heights.Next(): 1
    /\ AddStarts(t, 1)

SkipListAddHeight2(t) ==            \* height = _heights.Next(): 2
    /\ AddStarts(t, 2)

SkipListAddHeight3(t) ==            \* height = _heights.Next(): 3
    /\ AddStarts(t, 3)

(* Find(key); found: free the unpublished node, if any, and return false;  *)
(* else allocate the node (once) and point its links at the successors.    *)
SkipListAddFind(t) ==
    /\ pc[t] = "add_find"
    /\ LET k == Key(t)
           r == Find(k, FALSE)
       IN /\ Use(FindVisited(k, FALSE))
          /\ IF Found(r, k)
             THEN /\ link' = r[1]
                  /\ IF nd[t] # Null
                       THEN EndOp(t, limbo, waitFor, <<nd[t]>> \o freeList, [nodeState EXCEPT ![nd[t]] = "free"])
                       ELSE EndOpNoFree(t)
                  /\ Done(t)
                  /\ UNCHANGED <<key, height, handoff, ghostVars>>
             ELSE /\ nd[t] # Null \/ freeList # <<>>
                  /\ LET n == IF nd[t] # Null THEN nd[t] ELSE Head(freeList)
                     IN /\ link' = [r[1] EXCEPT ![n] = [l \in Levels |-> IF l < ht[t] THEN <<r[3][l], FALSE>> ELSE r[1][n][l]]]
                        /\ key' = [key EXCEPT ![n] = k]
                        /\ height' = [height EXCEPT ![n] = ht[t]]
                        /\ handoff' = [handoff EXCEPT ![n] = 0]
                        /\ freeList' = IF nd[t] # Null THEN freeList ELSE Tail(freeList)
                        /\ nodeState' = [nodeState EXCEPT ![n] = "live"]
                        /\ nd' = [nd EXCEPT ![t] = n]
                  /\ preds' = [preds EXCEPT ![t] = r[2]]
                  /\ succs' = [succs EXCEPT ![t] = r[3]]
                  /\ Goto(t, IF SeededBug = "upper_first" THEN "add_upper_first" ELSE "add_cas0")
                  /\ UNCHANGED <<opsDone, ht, lvl, lnk, ghostVars, limbo, waitFor>>

(* SeededBug "upper_first": link the upper levels before level 0.          *)
RECURSIVE LinkUpper(_, _, _)
LinkUpper(lk, t, l) ==
    IF l >= ht[t] THEN lk
    ELSE LinkUpper(Cas(lk, preds[t][l], l, <<succs[t][l], FALSE>>, <<nd[t], FALSE>>), t, l + 1)

SkipListAddUpperFirst(t) ==
    /\ pc[t] = "add_upper_first"
    /\ link' = LinkUpper(link, t, 1)
    /\ Use({preds[t][l] : l \in 1..(ht[t] - 1)})
    /\ Goto(t, "add_cas0")
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, lnk, ghostVars, limbo, waitFor>>

(* CAS preds[0].next[0] from succs[0] to the node: the linearization point.*)
SkipListAddCas0(t) ==
    /\ pc[t] = "add_cas0"
    /\ Use({preds[t][0]})
    /\ IF link[preds[t][0]][0] = <<succs[t][0], FALSE>>
         THEN /\ link' = [link EXCEPT ![preds[t][0]][0] = <<nd[t], FALSE>>]
              /\ abs' = abs \cup {Key(t)}
              /\ lvl' = [lvl EXCEPT ![t] = 1]
              /\ Goto(t, IF ht[t] > 1 THEN "add_link_read" ELSE "finish_handoff")
         ELSE /\ Goto(t, "add_find")
              /\ UNCHANGED <<link, abs, lvl>>
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lnk, wrong, limbo, waitFor>>

(* LinkUpperLevels: read the node's own link at this level; marked: stop   *)
(* (SeededBug "relink_marked": go on).                                     *)
SkipListAddLinkRead(t) ==
    /\ pc[t] = "add_link_read"
    /\ lnk' = [lnk EXCEPT ![t] = link[nd[t]][lvl[t]]]
    /\ Use({nd[t]})
    /\ Goto(t, IF link[nd[t]][lvl[t]][2] /\ SeededBug # "relink_marked" THEN "finish_handoff" ELSE "add_link_own")
    /\ UNCHANGED <<sharedVars, opsDone, ht, nd, preds, succs, lvl, ghostVars, limbo, waitFor>>

(* Point the own link at the latest successor (CAS; lost: a remover marked *)
(* it, stop).                                                              *)
SkipListAddLinkOwn(t) ==
    /\ pc[t] = "add_link_own"
    /\ LET want == <<succs[t][lvl[t]], FALSE>>
       IN /\ Use(IF lnk[t] = want THEN {} ELSE {nd[t]})
          /\ IF lnk[t] = want
            THEN /\ Goto(t, "add_link_cas")
                 /\ UNCHANGED link
            ELSE IF link[nd[t]][lvl[t]] = lnk[t]
                 THEN /\ link' = [link EXCEPT ![nd[t]][lvl[t]] = want]
                      /\ Goto(t, "add_link_cas")
                 ELSE /\ Goto(t, "finish_handoff")
                      /\ UNCHANGED link
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, lnk, ghostVars, limbo, waitFor>>

(* CAS preds[l].next[l] from succs[l] to the node; lost: search again.     *)
SkipListAddLinkCas(t) ==
    /\ pc[t] = "add_link_cas"
    /\ Use({preds[t][lvl[t]]})
    /\ LET l == lvl[t]
       IN IF link[preds[t][l]][l] = <<succs[t][l], FALSE>>
            THEN /\ link' = [link EXCEPT ![preds[t][l]][l] = <<nd[t], FALSE>>]
                 /\ lvl' = [lvl EXCEPT ![t] = l + 1]
                 /\ Goto(t, IF l + 1 < ht[t] THEN "add_link_read" ELSE "finish_handoff")
            ELSE /\ Goto(t, "add_link_find")
                 /\ UNCHANGED <<link, lvl>>
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lnk, ghostVars, limbo, waitFor>>

(* Search again; stop unless the node is still the key's node.             *)
SkipListAddLinkFind(t) ==
    /\ pc[t] = "add_link_find"
    /\ LET k == Key(t)
           r == Find(k, FALSE)
       IN /\ link' = r[1]
          /\ preds' = [preds EXCEPT ![t] = r[2]]
          /\ succs' = [succs EXCEPT ![t] = r[3]]
          /\ Goto(t, IF Found(r, k) /\ r[3][0] = nd[t] THEN "add_link_read" ELSE "finish_handoff")
          /\ Use(FindVisited(k, FALSE))
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, lvl, lnk, ghostVars, limbo, waitFor>>

-----------------------------------------------------------------------------
(* Remove(key)                                                             *)

(* Find(key); absent: return false; else mark the victim top-down.         *)
SkipListRemoveFind(t) ==
    /\ Starts(t, "remove")
    /\ LET k == Key(t)
           r == Find(k, FALSE)
           v == r[3][0]
       IN /\ link' = r[1]
          /\ Use(FindVisited(k, FALSE))
          /\ IF Found(r, k)
               THEN /\ nd' = [nd EXCEPT ![t] = v]
                    /\ preds' = [preds EXCEPT ![t] = r[2]]
                    /\ succs' = [succs EXCEPT ![t] = r[3]]
                    /\ lvl' = [lvl EXCEPT ![t] = height[v] - 1]
                    /\ Goto(t, IF height[v] > 1 THEN "remove_mark_read" ELSE "remove_read0")
                    /\ UNCHANGED <<opsDone, ht, lnk, freeList, nodeState, limbo, waitFor>>
               ELSE Done(t) /\ EndOpNoFree(t)
    /\ UNCHANGED <<key, height, handoff, ghostVars>>

(* Read the victim's link at this level (an upper one); marked: go down.   *)
SkipListRemoveMarkRead(t) ==
    /\ pc[t] = "remove_mark_read"
    /\ Use({nd[t]})
    /\ LET l == lvl[t]
       IN /\ lnk' = [lnk EXCEPT ![t] = link[nd[t]][l]]
          /\ IF link[nd[t]][l][2]
               THEN /\ lvl' = [lvl EXCEPT ![t] = l - 1]
                    /\ Goto(t, IF l - 1 >= 1 THEN "remove_mark_read" ELSE "remove_read0")
               ELSE /\ Goto(t, "remove_mark_cas")
                    /\ UNCHANGED lvl
    /\ UNCHANGED <<sharedVars, opsDone, ht, nd, preds, succs, ghostVars, limbo, waitFor>>

(* CAS the link from what was read to the same successor marked; read it  *)
(* again either way.                                                       *)
SkipListRemoveMarkCas(t) ==
    /\ pc[t] = "remove_mark_cas"
    /\ link' = Cas(link, nd[t], lvl[t], lnk[t], <<lnk[t][1], TRUE>>)
    /\ Use({nd[t]})
    /\ Goto(t, "remove_mark_read")
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, lnk, ghostVars, limbo, waitFor>>

(* Read the victim's level-0 link.                                         *)
SkipListRemoveRead0(t) ==
    /\ pc[t] = "remove_read0"
    /\ Use({nd[t]})
    /\ IF link[nd[t]][0][2]
         THEN Done(t) /\ EndOpNoFree(t)
         ELSE /\ lnk' = [lnk EXCEPT ![t] = link[nd[t]][0]]
              /\ Goto(t, IF SeededBug = "unlink_early" THEN "remove_unlink_early" ELSE "remove_mark0")
              /\ UNCHANGED <<opsDone, ht, nd, preds, succs, lvl, freeList, nodeState, limbo, waitFor>>
    /\ UNCHANGED <<link, key, height, handoff, ghostVars>>

(* SeededBug "unlink_early": unlink the victim at level 0 before marking.  *)
SkipListRemoveUnlinkEarly(t) ==
    /\ pc[t] = "remove_unlink_early"
    /\ link' = Cas(link, preds[t][0], 0, <<nd[t], FALSE>>, <<lnk[t][1], FALSE>>)
    /\ Use({preds[t][0]})
    /\ Goto(t, "remove_mark0")
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, lnk, ghostVars, limbo, waitFor>>

(* CAS the level-0 link to marked: the linearization point; the winner is  *)
(* the node's remover.  Lost: read the link again.                         *)
SkipListRemoveMark0(t) ==
    /\ pc[t] = "remove_mark0"
    /\ Use({nd[t]})
    /\ IF link[nd[t]][0] = lnk[t]
         THEN /\ link' = [link EXCEPT ![nd[t]][0] = <<lnk[t][1], TRUE>>]
              /\ abs' = abs \ {Key(t)}
              /\ Goto(t, "finish_handoff")
         ELSE /\ Goto(t, "remove_reread0")
              /\ UNCHANGED <<link, abs>>
    /\ UNCHANGED <<key, height, handoff, freeList, nodeState, opsDone, ht, nd, preds, succs, lvl, lnk, wrong, limbo, waitFor>>

SkipListRemoveReread0(t) ==
    /\ pc[t] = "remove_reread0"
    /\ Use({nd[t]})
    /\ IF link[nd[t]][0][2]
         THEN /\ Done(t) /\ EndOpNoFree(t)
         ELSE /\ lnk' = [lnk EXCEPT ![t] = link[nd[t]][0]]
              /\ Goto(t, "remove_mark0")
              /\ UNCHANGED <<opsDone, ht, nd, preds, succs, lvl, freeList, nodeState, limbo, waitFor>>
    /\ UNCHANGED <<link, key, height, handoff, ghostVars>>

-----------------------------------------------------------------------------
(* FinishWithNode: the inserter (done linking) or the remover (done        *)
(* marking).  The first to CAS the handoff word 0 -> 1 walks away; the     *)
(* second unlinks the node wherever it is still linked and retires it.     *)

SkipListFinishHandoff(t) ==
    /\ pc[t] = "finish_handoff"
    /\ Use({nd[t]})
    /\ IF handoff[nd[t]] = 0
         THEN /\ handoff' = [handoff EXCEPT ![nd[t]] = 1]
              /\ Done(t)
              /\ EndOpNoFree(t)
         ELSE /\ Goto(t, "finish_snip")
              /\ UNCHANGED <<handoff, opsDone, ht, nd, preds, succs, lvl, lnk, freeList, nodeState, limbo, waitFor>>
    /\ UNCHANGED <<link, key, height, ghostVars>>

(* Find(key, throughKey) snips every marked node of the key; Retire the    *)
(* node, delayed by every other thread inside an operation now (SeededBug  *)
(* "free_at_retire": freed at once); then EndOperation.                    *)
SkipListFinishSnip(t) ==
    /\ pc[t] = "finish_snip"
    /\ link' = Find(Key(t), TRUE)[1]
    /\ Use(FindVisited(Key(t), TRUE))
    /\ LET v == nd[t]
       IN IF SeededBug = "free_at_retire"
          THEN EndOp(t, limbo, waitFor, <<v>> \o freeList, [nodeState EXCEPT ![v] = "free"])
          ELSE EndOp(t, [limbo EXCEPT ![t] = Append(@, v)],
                     [waitFor EXCEPT ![v] = {u \in Threads \ {t} : pc[u] # "idle"}], freeList, nodeState)
    /\ Done(t)
    /\ UNCHANGED <<key, height, handoff, ghostVars>>

-----------------------------------------------------------------------------
(* Contains(key): one step (see the header); its answer is checked against *)
(* the abstract set at that step.                                          *)

SkipListContains(t) ==
    /\ Starts(t, "contains")
    /\ wrong' = (wrong \/ ContainsResult(Key(t)) # (Key(t) \in abs))
    /\ Use({HeadNode} \cup LocateVisited(link[HeadNode][0][1], Key(t), Fuel))
    /\ Done(t)
    /\ EndOpNoFree(t)
    /\ UNCHANGED <<link, key, height, handoff, abs>>

-----------------------------------------------------------------------------

(* Every thread has run its program: stutter (not a deadlock).             *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Len(Program[t])
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ SkipListAddHeight1(t)
           \/ SkipListAddHeight2(t)
           \/ SkipListAddHeight3(t)
           \/ SkipListAddFind(t)
           \/ SkipListAddUpperFirst(t)
           \/ SkipListAddCas0(t)
           \/ SkipListAddLinkRead(t)
           \/ SkipListAddLinkOwn(t)
           \/ SkipListAddLinkCas(t)
           \/ SkipListAddLinkFind(t)
           \/ SkipListRemoveFind(t)
           \/ SkipListRemoveMarkRead(t)
           \/ SkipListRemoveMarkCas(t)
           \/ SkipListRemoveRead0(t)
           \/ SkipListRemoveUnlinkEarly(t)
           \/ SkipListRemoveMark0(t)
           \/ SkipListRemoveReread0(t)
           \/ SkipListFinishHandoff(t)
           \/ SkipListFinishSnip(t)
           \/ SkipListContains(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* The nodes met following level l's links from the head, in order.       *)
RECURSIVE WalkLevel(_, _, _)
WalkLevel(n, l, fuel) == IF n = Null \/ fuel = 0 THEN <<>> ELSE <<n>> \o WalkLevel(link[n][l][1], l, fuel - 1)
OnLevel(l) == WalkLevel(link[HeadNode][l][1], l, K + 1)

(* The nodes of level l whose link at l is unmarked, in order.             *)
UnmarkedOn(l) == SelectSeq(OnLevel(l), LAMBDA n : ~link[n][l][2])

(* Every level is acyclic and, among its unmarked nodes, strictly sorted.  *)
LevelsSorted ==
    \A l \in Levels :
        /\ Len(OnLevel(l)) <= K - 1
        /\ LET u == UnmarkedOn(l) IN \A i \in 1..(Len(u) - 1) : key[u[i]] < key[u[i + 1]]

(* A node of level l + 1 whose link there is unmarked is on level l.       *)
Sublist ==
    \A l \in 1..(MaxLevel - 1) :
        \A i \in 1..Len(UnmarkedOn(l)) :
            \E j \in 1..Len(OnLevel(l - 1)) : OnLevel(l - 1)[j] = UnmarkedOn(l)[i]

(* Level 0's unmarked nodes hold exactly the abstract set, in order.       *)
AbstractSetMatches ==
    LET u == UnmarkedOn(0)
    IN /\ {key[u[i]] : i \in 1..Len(u)} = abs
       /\ Len(u) = Cardinality(abs)

(* Every Contains answered as the abstract set at its step.                *)
ContainsCorrect == wrong = FALSE

(* No step touches a freed node.                                          *)
NoUseAfterFree == uaf = FALSE

(* A marked link of a live node is never unmarked (nor changed again).     *)
MarkedNeverUnmarked ==
    [][\A n \in Nodes : \A l \in Levels :
          nodeState[n] = "live" /\ link[n][l][2] => link'[n][l] = link[n][l]]_vars

THEOREM Spec => [](TypeOK /\ LevelsSorted /\ Sublist /\ AbstractSetMatches /\ ContainsCorrect /\ NoUseAfterFree)
THEOREM Spec => MarkedNeverUnmarked
=============================================================================
