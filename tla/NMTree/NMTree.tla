------------------------------ MODULE NMTree ------------------------------
(***************************************************************************)
(* The lock-free external binary search tree of Natarajan and Mittal as    *)
(* implemented by Weft.Collections.NatarajanMittalTree                     *)
(* (impl/src/Collections/NatarajanMittalTree.cs), as a set of keys:        *)
(*                                                                         *)
(*   A. Natarajan and N. Mittal, "Fast Concurrent Lock-Free Binary Search  *)
(*   Trees", PPoPP 2014.                                                   *)
(*                                                                         *)
(* A node has a key (a leaf's key, an internal node's routing key) and two *)
(* edges child[n][0] (left) and child[n][1] (right), each a triple         *)
(* <<target, flag, tag>> (target 0: the null edge of a leaf).  Keys below  *)
(* a routing key go left, the others right.  The sentinel keys Inf0 <      *)
(* Inf1 < Inf2 lie above every real key; the constructor allocates leaf    *)
(* Inf0, leaf Inf1, leaf Inf2, S(Inf1) -> [leaf Inf0, leaf Inf1] and       *)
(* R(Inf2) -> [S, leaf Inf2] in that order (nodes 1 to 5).  With           *)
(* Prefilled the setup then adds 1 and 2 (nodes 6 to 9).  Thread t runs    *)
(* the operations Programs[Workload][t] in order.                          *)
(*                                                                         *)
(* Step granularity.  One action per labeled step of the implementation    *)
(* (StepLabel.At in the tree, Checker.Label("idle") in the workload),      *)
(* named after it, the thread as parameter, pc[t] the label of the next    *)
(* step.  Each edge load of the seek is a step (seek_root reads S's left   *)
(* edge, seek_read the next edge down, seek_validate the ancestor's edge   *)
(* of the IBR validation), and so is each CAS: the insert CAS, the flag    *)
(* CAS (injection), the tag CAS and the splice CAS, each with the re-read  *)
(* that follows a failure; the allocation of an insert's two nodes is one  *)
(* step (the pool call runs as a unit).  Whatever an operation does after  *)
(* its last shared access (the end of its reclaimer operation, which frees *)
(* nodes) belongs to that access's step.                                   *)
(*                                                                         *)
(* Reclamation.  Reclamation = "grace": the splicing thread retires what   *)
(* its splice cut off (the chain from the successor to the parent and      *)
(* their flagged leaves, in the implementation's order); a retired node    *)
(* waits for every thread that was inside an operation when it was        *)
(* retired, and is freed (pushed on the pool's free list) by the end of    *)
(* the operation of the last of them: the grace period of epoch-based      *)
(* reclamation (DEBRA's rule, without its epochs).  Reclamation =          *)
(* "immediate": a retired node is freed at once (the negative control).    *)
(* The ghost loc[t].stale names the thread's node locals whose node was    *)
(* freed since the thread read it (a generation-tagged handle would no     *)
(* longer match), so NoUseAfterFree also catches a reused slot.            *)
(*                                                                         *)
(* Linearizability is checked against a ghost abstract set `abs` updated   *)
(* at the linearization points: an insert's winning CAS adds its key, a    *)
(* winning splice removes the keys of the flagged leaves it cuts off.      *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Threads,      \* the threads, 1..N
    Nodes,        \* the pool's slots, 1..K (nodes 1 to 5 are the sentinels)
    Prefilled,    \* TRUE: the setup adds 1 and 2 before the threads start
    Workload,     \* the name of the threads' programs (Programs below; the C# model has the same table)
    Reclamation,  \* "grace" (retired nodes freed after a grace period) or "immediate" (freed at retire)
    SeededBug     \* "none", or a seeded defect (WeftConfig.SeededBug): "no_tag" (NmTreeRemoveWithoutTag):
                  \* the cleanup splices without tagging the sibling edge; "drops_flag" (NmTreeSpliceDropsFlag):
                  \* the splice lifts the sibling without its flag; "routing_min" (NmTreeRoutingKeyMin): an insert
                  \* routes its new internal node by the smaller of the two keys

(* The workloads: Programs[w][t] for each thread.  "remove_add": thread 1  *)
(* removes 1, thread 2 adds 3 (under 1's sibling) and looks it up.         *)
(* "remove_remove": thread 1 removes 1, thread 2 removes 2 (siblings).     *)
(* "mixed": thread 1 removes 1 and adds it back, thread 2 adds 3 and       *)
(* removes 2.  "three": thread 1 removes 1, thread 2 adds 3, thread 3      *)
(* removes 2.                                                              *)
Programs == [w \in {"remove_add", "remove_remove", "mixed", "three"} |->
    CASE w = "remove_add" -> << << <<"remove", 1>> >>, << <<"add", 3>>, <<"contains", 3>> >> >>
      [] w = "remove_remove" -> << << <<"remove", 1>> >>, << <<"remove", 2>> >> >>
      [] w = "mixed" -> << << <<"remove", 1>>, <<"add", 1>> >>, << <<"add", 3>>, <<"remove", 2>> >> >>
      [] OTHER -> << << <<"remove", 1>> >>, << <<"add", 3>> >>, << <<"remove", 2>> >> >>]

ASSUME WorkloadAssumption == Workload \in DOMAIN Programs
Program == Programs[Workload]

ASSUME ThreadsAssumption == Threads = 1..Len(Program)
ASSUME NodesAssumption == Nodes = 1..Cardinality(Nodes) /\ Cardinality(Nodes) >= 9
ASSUME PrefilledAssumption == Prefilled \in BOOLEAN
ASSUME ReclamationAssumption == Reclamation \in {"grace", "immediate"}
ASSUME SeededBugAssumption == SeededBug \in {"none", "no_tag", "drops_flag", "routing_min"}
ASSUME ProgramAssumption ==
    \A t \in Threads : \A i \in 1..Len(Program[t]) :
        Program[t][i][1] \in {"add", "remove", "contains"} /\ Program[t][i][2] \in 1..9

K == Cardinality(Nodes)
Null == 0
Left == 0
Right == 1
Inf0 == 10                             \* sentinel keys: the C# rank r > 0 maps to key 9 + r
Inf1 == 11
Inf2 == 12
Leaf0 == 1                             \* the sentinels, in the constructor's allocation order
Leaf1 == 2
Leaf2 == 3
S == 4
R == 5
NullEdge == <<Null, FALSE, FALSE>>
Clean(n) == <<n, FALSE, FALSE>>
Keys == UNION {{Program[t][i][2] : i \in 1..Len(Program[t])} : t \in Threads} \cup (IF Prefilled THEN {1, 2} ELSE {})
Fuel == K + 1                          \* bounds every walk (a path has at most K nodes)
NodeLocals == {"anc", "succ", "par", "lf"}

Labels == {"idle", "seek_root", "seek_read", "seek_validate", "add_alloc", "add_cas", "add_reread",
           "remove_flag", "remove_reread", "cleanup_read", "tag_read", "tag_cas", "splice_read", "splice_cas"}

VARIABLES
    (* shared state *)
    child,        \* child[n][side] = <<target, flag, tag>>: NodePool link side of node n
    key,          \* key[n]: the key array (a sentinel's rank r as 9 + r); 0 for a slot never used
    freeList,     \* the pool's shared free list, first element = next slot Allocate returns
    nodeState,    \* "free" | "live" (retired nodes are live until freed)
    inOp,         \* inOp[t]: thread t is inside a reclaimer operation
    retired,      \* Reclamation "grace": the retired nodes not yet freed, in retire order, each
                  \* <<node, threads still to leave their operation>>
    (* per-thread state *)
    pc,           \* label of the thread's next step
    opsDone,      \* operations the thread has completed
    loc,          \* the operation's locals (see EmptyLocals)
    (* history (ghost) variables *)
    abs           \* the abstract set

sharedVars == <<child, key, freeList, nodeState, inOp, retired>>
vars == <<sharedVars, pc, opsDone, loc, abs>>

Edge == (Nodes \cup {Null}) \X BOOLEAN \X BOOLEAN
NodeOrNull == Nodes \cup {Null}

(* The locals of an operation: the seek record (anc, succ, par, lf), the   *)
(* edges last read from the parent (pEdge) and from the leaf (cEdge), the  *)
(* cleanup's sibling side (sd), the edge the tag CAS expects (te), the     *)
(* edge the splice installs (lifted), an insert's new nodes, a removal's   *)
(* victim (its flagged leaf once its injection won), and the ghost stale.  *)
EmptyLocals == [anc |-> Null, succ |-> Null, par |-> Null, lf |-> Null, pEdge |-> NullEdge,
                cEdge |-> NullEdge, sd |-> Left, te |-> NullEdge, lifted |-> NullEdge,
                newLeaf |-> Null, newInt |-> Null, victim |-> Null, stale |-> {}]

Locals == [anc : NodeOrNull, succ : NodeOrNull, par : NodeOrNull, lf : NodeOrNull, pEdge : Edge, cEdge : Edge,
           sd : {Left, Right}, te : Edge, lifted : Edge, newLeaf : NodeOrNull, newInt : NodeOrNull,
           victim : NodeOrNull, stale : SUBSET NodeLocals]

TypeOK ==
    /\ child \in [Nodes -> [{Left, Right} -> Edge]]
    /\ key \in [Nodes -> 0..Inf2]
    /\ freeList \in Seq(Nodes)
    /\ nodeState \in [Nodes -> {"free", "live"}]
    /\ inOp \in [Threads -> BOOLEAN]
    /\ retired \in Seq(Nodes \X SUBSET Threads)
    /\ pc \in [Threads -> Labels]
    /\ opsDone \in [Threads -> Nat]
    /\ loc \in [Threads -> Locals]
    /\ abs \subseteq Keys

(* The tree the constructor builds, then (Prefilled) the setup's adds of   *)
(* 1 (leaf 6 under internal 7, routed by Inf0) and 2 (leaf 8 under         *)
(* internal 9, routed by 2, replacing leaf 1's edge).                      *)
InitChild(n) ==
    CASE n = S -> [s \in {Left, Right} |-> IF s = Left THEN Clean(IF Prefilled THEN 7 ELSE Leaf0) ELSE Clean(Leaf1)]
      [] n = R -> [s \in {Left, Right} |-> IF s = Left THEN Clean(S) ELSE Clean(Leaf2)]
      [] n = 7 /\ Prefilled -> [s \in {Left, Right} |-> IF s = Left THEN Clean(9) ELSE Clean(Leaf0)]
      [] n = 9 /\ Prefilled -> [s \in {Left, Right} |-> IF s = Left THEN Clean(6) ELSE Clean(8)]
      [] OTHER -> [s \in {Left, Right} |-> NullEdge]

InitKey(n) ==
    CASE n = Leaf0 -> Inf0 [] n = Leaf1 -> Inf1 [] n = Leaf2 -> Inf2 [] n = S -> Inf1 [] n = R -> Inf2
      [] n = 6 /\ Prefilled -> 1 [] n = 7 /\ Prefilled -> Inf0 [] n = 8 /\ Prefilled -> 2 [] n = 9 /\ Prefilled -> 2
      [] OTHER -> 0

Used == IF Prefilled THEN 9 ELSE 5

Init ==
    /\ child = [n \in Nodes |-> InitChild(n)]
    /\ key = [n \in Nodes |-> InitKey(n)]
    /\ freeList = [i \in 1..(K - Used) |-> Used + i]
    /\ nodeState = [n \in Nodes |-> IF n <= Used THEN "live" ELSE "free"]
    /\ inOp = [t \in Threads |-> FALSE]
    /\ retired = <<>>
    /\ pc = [t \in Threads |-> "idle"]
    /\ opsDone = [t \in Threads |-> 0]
    /\ loc = [t \in Threads |-> EmptyLocals]
    /\ abs = IF Prefilled THEN {1, 2} ELSE {}

-----------------------------------------------------------------------------
(* The tree.                                                               *)

IsLeaf(n) == child[n][Left][1] = Null
SideOf(k, n) == IF k < key[n] THEN Left ELSE Right
Frozen(e) == e[2] \/ e[3]

RECURSIVE ReachableFrom(_, _)
ReachableFrom(n, fuel) ==
    IF n = Null \/ fuel = 0 THEN {}
    ELSE {n} \cup ReachableFrom(child[n][Left][1], fuel - 1) \cup ReachableFrom(child[n][Right][1], fuel - 1)

Reachable == ReachableFrom(R, Fuel)
ReachableLeaves == {n \in Reachable : IsLeaf(n)}

(* The leaf a search for k ends at, from node n.                           *)
RECURSIVE SearchFrom(_, _, _)
SearchFrom(k, n, fuel) == IF IsLeaf(n) \/ fuel = 0 THEN n ELSE SearchFrom(k, child[n][SideOf(k, n)][1], fuel - 1)

(* The nodes a winning splice cuts off, in the order the splicing thread   *)
(* retires them (RetireSplicedOut): from the successor down k's path to    *)
(* the parent, each node's child off the path (a flagged leaf) and the     *)
(* node; then the parent's child on the removed side and the parent.       *)
RECURSIVE ChainFrom(_, _, _, _, _)
ChainFrom(k, n, p, removedSide, fuel) ==
    IF n = p \/ fuel = 0 THEN <<child[p][removedSide][1], p>>
    ELSE <<child[n][1 - SideOf(k, n)][1], n>> \o ChainFrom(k, child[n][SideOf(k, n)][1], p, removedSide, fuel - 1)

(* The flagged leaves among them (every other element, from the first).   *)
CutLeaves(chain) == {chain[i] : i \in {j \in 1..Len(chain) : j % 2 = 1}}

-----------------------------------------------------------------------------
(* Reclamation.                                                            *)

Range(s) == {s[i] : i \in 1..Len(s)}
RECURSIVE Reverse(_)
Reverse(s) == IF s = <<>> THEN <<>> ELSE Reverse(Tail(s)) \o <<Head(s)>>

(* The locals of every thread after the nodes in `freed` are freed: each   *)
(* node local naming one of them becomes stale.                            *)
StaleAfter(l, freed) == [t \in Threads |-> [l[t] EXCEPT !.stale = @ \cup {v \in NodeLocals : l[t][v] \in freed}]]

(* Frees the sequence fs in order (each pushed on the free list's head).   *)
FreeAll(fs, l) ==
    /\ nodeState' = [n \in Nodes |-> IF n \in Range(fs) THEN "free" ELSE nodeState[n]]
    /\ freeList' = Reverse(fs) \o freeList
    /\ loc' = StaleAfter(l, Range(fs))

(* The end of thread t's reclaimer operation (EndOperation): t leaves the  *)
(* waiting set of every retired node, and the nodes nobody waits for any   *)
(* more are freed in retire order.  Then the operation is over.            *)
EndOperation(t, l) ==
    LET waiting == [i \in 1..Len(retired) |-> <<retired[i][1], retired[i][2] \ {t}>>]
        done == SelectSeq(waiting, LAMBDA e : e[2] = {})
    IN /\ retired' = SelectSeq(waiting, LAMBDA e : e[2] # {})
       /\ FreeAll([i \in 1..Len(done) |-> done[i][1]], [l EXCEPT ![t] = EmptyLocals])
       /\ inOp' = [inOp EXCEPT ![t] = FALSE]
       /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
       /\ pc' = [pc EXCEPT ![t] = "idle"]

(* Thread t retires the sequence rs (Retire): grace: each waits for the    *)
(* threads inside an operation; immediate: freed at once.                  *)
Retire(rs, l) ==
    IF Reclamation = "grace"
    THEN /\ retired' = retired \o [i \in 1..Len(rs) |-> <<rs[i], {u \in Threads : inOp[u]}>>]
         /\ loc' = l
         /\ UNCHANGED <<nodeState, freeList>>
    ELSE /\ FreeAll(rs, l)
         /\ UNCHANGED retired

-----------------------------------------------------------------------------

Op(t) == Program[t][opsDone[t] + 1]
Key(t) == Op(t)[2]
Goto(t, l) == pc' = [pc EXCEPT ![t] = l]
Set(t, r) == loc' = [loc EXCEPT ![t] = r]

(* A new operation starts: BeginOperation.                                 *)
NMTreeBegin(t) ==
    /\ pc[t] = "idle" /\ opsDone[t] < Len(Program[t])
    /\ inOp' = [inOp EXCEPT ![t] = TRUE]
    /\ Goto(t, "seek_root")
    /\ UNCHANGED <<child, key, freeList, nodeState, retired, opsDone, loc, abs>>

(* Seek: the first load, S's left edge (S is never removed).               *)
NMTreeSeekRoot(t) ==
    /\ pc[t] = "seek_root"
    /\ LET e == child[S][Left]
       IN Set(t, [loc[t] EXCEPT !.anc = R, !.succ = S, !.par = S, !.pEdge = e, !.lf = e[1], !.stale = {}])
    /\ Goto(t, "seek_read")
    /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* One step down: the seek record moves to the child just read.  Keeps the *)
(* ancestor and successor unless the parent edge was read untagged.        *)
Descend(l) ==
    LET moved == IF ~l.pEdge[3] THEN [l EXCEPT !.anc = l.par, !.succ = l.lf,
                     !.stale = (@ \ {"anc", "succ"}) \cup (IF "par" \in @ THEN {"anc"} ELSE {}) \cup (IF "lf" \in @ THEN {"succ"} ELSE {})]
                 ELSE l
    IN moved

Advance(l) == [l EXCEPT !.par = l.lf, !.lf = l.cEdge[1], !.pEdge = l.cEdge,
                        !.stale = (@ \ {"par", "lf"}) \cup (IF "lf" \in @ THEN {"par"} ELSE {})]

(* Whether Route takes the routing key from the old leaf (whose rank word *)
(* it then reads): when the new key is below it, as the larger key         *)
(* (SeededBug "routing_min": the smaller).                                 *)
RouteByOldLeaf(t, lf) == (Key(t) < key[lf]) # (SeededBug = "routing_min")

(* Route: the unpublished internal node over the old leaf and the new one, *)
(* the smaller key on the left, routed by the larger key.                  *)
Route(t, l) ==
    LET k == Key(t)
        below == k < key[l.lf]
    IN /\ key' = [key EXCEPT ![l.newInt] = IF RouteByOldLeaf(t, l.lf) THEN key[l.lf] ELSE k]
       /\ child' = [child EXCEPT ![l.newInt] = [s \in {Left, Right} |->
                       IF (s = Left) = below THEN Clean(l.newLeaf) ELSE Clean(l.lf)]]

(* After the seek, in the same step: the operation's decision.             *)
SeekDone(t, l) ==
    LET k == Key(t)
        found == key[l.lf] = k
    IN CASE Op(t)[1] = "contains" ->
              EndOperation(t, loc) /\ UNCHANGED <<child, key, abs>>
         [] Op(t)[1] = "add" /\ found ->
              \* the key is present: free the unpublished nodes, if any, and return false
              LET fs == IF l.newLeaf = Null THEN <<>> ELSE <<l.newLeaf, l.newInt>>
                  waiting == [i \in 1..Len(retired) |-> <<retired[i][1], retired[i][2] \ {t}>>]
                  done == SelectSeq(waiting, LAMBDA e : e[2] = {})
                  all == fs \o [i \in 1..Len(done) |-> done[i][1]]
              IN /\ retired' = SelectSeq(waiting, LAMBDA e : e[2] # {})
                 /\ FreeAll(all, [loc EXCEPT ![t] = EmptyLocals])
                 /\ inOp' = [inOp EXCEPT ![t] = FALSE]
                 /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
                 /\ Goto(t, "idle")
                 /\ UNCHANGED <<child, key, abs>>
         [] Op(t)[1] = "add" /\ l.newLeaf = Null ->
              Set(t, l) /\ Goto(t, "add_alloc") /\ UNCHANGED <<sharedVars, opsDone, abs>>
         [] Op(t)[1] = "add" ->
              /\ Route(t, l)
              /\ Set(t, l) /\ Goto(t, "add_cas")
              /\ UNCHANGED <<freeList, nodeState, inOp, retired, opsDone, abs>>
         [] Op(t)[1] = "remove" /\ l.victim # Null /\ l.lf # l.victim ->
              \* a helper's splice removed the victim
              EndOperation(t, loc) /\ UNCHANGED <<child, key, abs>>
         [] Op(t)[1] = "remove" /\ l.victim # Null ->
              Set(t, l) /\ Goto(t, "cleanup_read") /\ UNCHANGED <<sharedVars, opsDone, abs>>
         [] Op(t)[1] = "remove" /\ ~found ->
              EndOperation(t, loc) /\ UNCHANGED <<child, key, abs>>
         [] OTHER ->
              Set(t, l) /\ Goto(t, "remove_flag") /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Seek: the edge from the leaf (so far) on the key's side.  A null edge   *)
(* ends the seek at a leaf (SeekDone).  A clean edge is followed; a        *)
(* flagged or tagged one only after the validation.                        *)
NMTreeSeekRead(t) ==
    /\ pc[t] = "seek_read"
    /\ LET l == loc[t]
           e == child[l.lf][SideOf(Key(t), l.lf)]
       IN IF e[1] = Null
          THEN SeekDone(t, [l EXCEPT !.cEdge = e])
          ELSE LET m == Descend([l EXCEPT !.cEdge = e])
               IN IF Frozen(e)
                  THEN /\ Set(t, m) /\ Goto(t, "seek_validate")
                       /\ UNCHANGED <<sharedVars, opsDone, abs>>
                  ELSE /\ Set(t, Advance(m)) /\ Goto(t, "seek_read")
                       /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Seek validation (StillReachable): the ancestor's edge on the key's side *)
(* still holds the clean edge to the successor; otherwise restart.         *)
NMTreeSeekValidate(t) ==
    /\ pc[t] = "seek_validate"
    /\ LET l == loc[t]
       IN IF child[l.anc][SideOf(Key(t), l.anc)] = Clean(l.succ)
          THEN Set(t, Advance(l)) /\ Goto(t, "seek_read")
          ELSE Goto(t, "seek_root") /\ UNCHANGED loc
    /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Insert: allocate the new leaf and internal node, then Route.            *)
NMTreeAddAlloc(t) ==
    /\ pc[t] = "add_alloc"
    /\ Len(freeList) >= 2
    /\ LET nl == freeList[1]
           ni == freeList[2]
           l == [loc[t] EXCEPT !.newLeaf = nl, !.newInt = ni]
           k == Key(t)
           below == k < key[l.lf]
       IN /\ freeList' = Tail(Tail(freeList))
          /\ nodeState' = [nodeState EXCEPT ![nl] = "live", ![ni] = "live"]
          /\ key' = [key EXCEPT ![nl] = k, ![ni] = IF RouteByOldLeaf(t, l.lf) THEN key[l.lf] ELSE k]
          /\ child' = [child EXCEPT ![nl] = [s \in {Left, Right} |-> NullEdge],
                                    ![ni] = [s \in {Left, Right} |-> IF (s = Left) = below THEN Clean(nl) ELSE Clean(l.lf)]]
          /\ Set(t, l)
    /\ Goto(t, "add_cas")
    /\ UNCHANGED <<inOp, retired, opsDone, abs>>

(* Insert CAS: the parent's edge from the clean leaf to the new internal   *)
(* node.  Winning it is the linearization point of a successful insert.    *)
NMTreeAddCas(t) ==
    /\ pc[t] = "add_cas"
    /\ LET l == loc[t]
           side == SideOf(Key(t), l.par)
       IN IF child[l.par][side] = Clean(l.lf)
          THEN /\ child' = [child EXCEPT ![l.par][side] = Clean(l.newInt)]
               /\ abs' = abs \cup {Key(t)}
               /\ EndOperation(t, loc)
               /\ UNCHANGED key
          ELSE Goto(t, "add_reread") /\ UNCHANGED <<sharedVars, opsDone, loc, abs>>

(* After a failed CAS: re-read the parent's edge; help a removal that froze *)
(* it (cleanup), or seek again.                                             *)
Reread(t) ==
    LET l == loc[t]
        e == child[l.par][SideOf(Key(t), l.par)]
    IN /\ Goto(t, IF e[1] = l.lf /\ Frozen(e) THEN "cleanup_read" ELSE "seek_root")
       /\ UNCHANGED <<sharedVars, opsDone, loc, abs>>

NMTreeAddReread(t) == pc[t] = "add_reread" /\ Reread(t)

(* Flag CAS (injection): the parent's edge from the clean leaf to the      *)
(* flagged leaf.  Winning it makes this call the key's remover.            *)
NMTreeRemoveFlag(t) ==
    /\ pc[t] = "remove_flag"
    /\ LET l == loc[t]
           side == SideOf(Key(t), l.par)
       IN IF child[l.par][side] = Clean(l.lf)
          THEN /\ child' = [child EXCEPT ![l.par][side] = <<l.lf, TRUE, FALSE>>]
               /\ Set(t, [l EXCEPT !.victim = l.lf])
               /\ Goto(t, "cleanup_read")
          ELSE Goto(t, "remove_reread") /\ UNCHANGED <<child, loc>>
    /\ UNCHANGED <<key, freeList, nodeState, inOp, retired, opsDone, abs>>

NMTreeRemoveReread(t) == pc[t] = "remove_reread" /\ Reread(t)

(* Cleanup: read the parent's edge on the key's side: the sibling is the   *)
(* other side if it is flagged, else this side.                            *)
NMTreeCleanupRead(t) ==
    /\ pc[t] = "cleanup_read"
    /\ LET l == loc[t]
           cs == SideOf(Key(t), l.par)
       IN Set(t, [l EXCEPT !.sd = IF child[l.par][cs][2] THEN 1 - cs ELSE cs])
    /\ Goto(t, IF SeededBug = "no_tag" THEN "splice_read" ELSE "tag_read")
    /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Tag: read the sibling edge; done if it is tagged.                       *)
NMTreeTagRead(t) ==
    /\ pc[t] = "tag_read"
    /\ LET l == loc[t]
           e == child[l.par][l.sd]
       IN IF e[3] THEN Goto(t, "splice_read") /\ UNCHANGED loc
          ELSE Goto(t, "tag_cas") /\ Set(t, [l EXCEPT !.te = e])
    /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Tag CAS: the sibling edge from the value read to it tagged.             *)
NMTreeTagCas(t) ==
    /\ pc[t] = "tag_cas"
    /\ LET l == loc[t]
       IN IF child[l.par][l.sd] = l.te
          THEN /\ child' = [child EXCEPT ![l.par][l.sd] = <<l.te[1], l.te[2], TRUE>>]
               /\ Goto(t, "splice_read")
          ELSE Goto(t, "tag_read") /\ UNCHANGED child
    /\ UNCHANGED <<key, freeList, nodeState, inOp, retired, opsDone, loc, abs>>

(* Splice: read the sibling edge; the splice lifts its target with its     *)
(* flag (SeededBug "drops_flag": without).                                 *)
NMTreeSpliceRead(t) ==
    /\ pc[t] = "splice_read"
    /\ LET l == loc[t]
           e == child[l.par][l.sd]
       IN Set(t, [l EXCEPT !.lifted = <<e[1], e[2] /\ SeededBug # "drops_flag", FALSE>>])
    /\ Goto(t, "splice_cas")
    /\ UNCHANGED <<sharedVars, opsDone, abs>>

(* Splice CAS: the ancestor's edge from the clean successor to the lifted  *)
(* sibling.  Winning it cuts off the chain from the successor to the       *)
(* parent (the removals of its flagged leaves take effect) and retires     *)
(* it; a remover whose victim this was returns, everyone else seeks again. *)
NMTreeSpliceCas(t) ==
    /\ pc[t] = "splice_cas"
    /\ LET l == loc[t]
           k == Key(t)
           side == SideOf(k, l.anc)
           chain == ChainFrom(k, l.succ, l.par, 1 - l.sd, Fuel)
           finished == Op(t)[1] = "remove" /\ l.victim # Null
       IN IF child[l.anc][side] = Clean(l.succ)
          THEN /\ child' = [child EXCEPT ![l.anc][side] = l.lifted]
               /\ abs' = abs \ {key[n] : n \in CutLeaves(chain)}
               /\ IF finished
                  THEN \* Retire, then EndOperation, in one step
                       IF Reclamation = "grace"
                       THEN LET rs == retired \o [i \in 1..Len(chain) |-> <<chain[i], {u \in Threads : inOp[u]}>>]
                                waiting == [i \in 1..Len(rs) |-> <<rs[i][1], rs[i][2] \ {t}>>]
                                done == SelectSeq(waiting, LAMBDA e : e[2] = {})
                            IN /\ retired' = SelectSeq(waiting, LAMBDA e : e[2] # {})
                               /\ FreeAll([i \in 1..Len(done) |-> done[i][1]], [loc EXCEPT ![t] = EmptyLocals])
                               /\ inOp' = [inOp EXCEPT ![t] = FALSE]
                               /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
                               /\ Goto(t, "idle")
                       ELSE /\ FreeAll(chain, [loc EXCEPT ![t] = EmptyLocals])
                            /\ inOp' = [inOp EXCEPT ![t] = FALSE]
                            /\ opsDone' = [opsDone EXCEPT ![t] = @ + 1]
                            /\ Goto(t, "idle")
                            /\ UNCHANGED retired
                  ELSE /\ Retire(chain, loc)
                       /\ Goto(t, "seek_root")
                       /\ UNCHANGED <<inOp, opsDone>>
          ELSE Goto(t, "seek_root") /\ UNCHANGED <<child, freeList, nodeState, inOp, retired, opsDone, loc, abs>>
    /\ UNCHANGED key

-----------------------------------------------------------------------------

(* Every thread has done its operations: stutter (not a deadlock).         *)
Terminating ==
    /\ \A t \in Threads : pc[t] = "idle" /\ opsDone[t] = Len(Program[t])
    /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads :
           \/ NMTreeBegin(t)
           \/ NMTreeSeekRoot(t)
           \/ NMTreeSeekRead(t)
           \/ NMTreeSeekValidate(t)
           \/ NMTreeAddAlloc(t)
           \/ NMTreeAddCas(t)
           \/ NMTreeAddReread(t)
           \/ NMTreeRemoveFlag(t)
           \/ NMTreeRemoveReread(t)
           \/ NMTreeCleanupRead(t)
           \/ NMTreeTagRead(t)
           \/ NMTreeTagCas(t)
           \/ NMTreeSpliceRead(t)
           \/ NMTreeSpliceCas(t)
    \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

(* Search-tree order: every reachable leaf lies on its key's search path   *)
(* (a search for its key from R ends at it).                               *)
Order == \A n \in ReachableLeaves : SearchFrom(key[n], R, Fuel) = n

(* The keys of the reachable real leaves are the abstract set.             *)
MatchesAbstract == {key[n] : n \in {m \in ReachableLeaves : key[m] < Inf0}} = abs

(* The nodes thread t's next step reads or writes, by local name.          *)
Accessed(t) ==
    CASE pc[t] = "seek_read" -> {"lf"}
      [] pc[t] = "add_alloc" -> IF RouteByOldLeaf(t, loc[t].lf) THEN {"lf"} ELSE {}  \* Route reads the old leaf's rank
      [] pc[t] \in {"seek_validate", "splice_cas"} -> {"anc"}
      [] pc[t] = "cleanup_read" -> {"anc", "par"}
      [] pc[t] \in {"add_cas", "add_reread", "remove_flag", "remove_reread", "tag_read", "tag_cas", "splice_read"} -> {"par"}
      [] OTHER -> {}

(* No thread accesses a node that is free, or that was freed (and maybe    *)
(* reused) since the thread read its handle.                               *)
NoUseAfterFree ==
    \A t \in Threads : \A v \in Accessed(t) : nodeState[loc[t][v]] = "live" /\ v \notin loc[t].stale

(* The leaves reached through a flagged edge of a reachable node.         *)
FlaggedLeaves(r) == {child[e[1]][e[2]][1] : e \in {f \in r \X {Left, Right} : child[f[1]][f[2]][2] /\ IsLeaf(child[f[1]][f[2]][1])}}

(* A flagged or tagged edge is never cleared while its operation is        *)
(* pending: an edge tagged stays tagged, to the same child, while the node *)
(* it leaves stays reachable; a leaf reached through a flagged edge is     *)
(* reached only through flagged edges while it stays reachable.           *)
EdgesFrozen ==
    [][ LET before == Reachable
            after == Reachable'
            flagged == FlaggedLeaves(before)
        IN /\ \A n \in before \cap after, s \in {Left, Right} :
                  child[n][s][3] => child'[n][s] = child[n][s]
           /\ \A n \in after, s \in {Left, Right} :
                  child'[n][s][1] \in flagged => child'[n][s][2]
      ]_vars

THEOREM Spec => [](TypeOK /\ Order /\ MatchesAbstract /\ NoUseAfterFree) /\ EdgesFrozen
=============================================================================
