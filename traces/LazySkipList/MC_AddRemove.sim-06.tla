---------------- MODULE /work/wt/skiplist-rest/traces/LazySkipList/MC_AddRemove.sim.tmp/trace_0_5 -----------------
\* <Init line 121, col 5 to line 139, col 38 of module LazySkipList>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddHeight2(1) line 216, col 5 to line 217, col 22 of module LazySkipList>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyRemoveFind(2) line 326, col 5 to line 337, col 42 of module LazySkipList>
STATE_3 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddFind(1) line 227, col 5 to line 248, col 47 of module LazySkipList>
STATE_4 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"lock_pred", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyLockPred(1) line 266, col 5 to line 276, col 127 of module LazySkipList>
STATE_5 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddValidate(1) line 281, col 5 to line 291, col 126 of module LazySkipList>
STATE_6 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyContains(2) line 411, col 5 to line 414, col 42 of module LazySkipList>
STATE_7 == 
/\ opsDone = <<0, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddLink(1) line 294, col 5 to line 298, col 126 of module LazySkipList>
STATE_8 == 
/\ opsDone = <<0, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddLink(1) line 294, col 5 to line 298, col 126 of module LazySkipList>
STATE_9 == 
/\ opsDone = <<0, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_fully_linked", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddFullyLinked(1) line 302, col 5 to line 307, col 122 of module LazySkipList>
STATE_10 == 
/\ opsDone = <<0, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<TRUE, FALSE>>
/\ pc = <<"add_unlock", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddUnlock(1) line 311, col 5 to line 318, col 92 of module LazySkipList>
STATE_11 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddHeight1(1) line 213, col 5 to line 213, col 22 of module LazySkipList>
STATE_12 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddFind(1) line 227, col 5 to line 248, col 47 of module LazySkipList>
STATE_13 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"lock_pred", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 2 @@ 1 :> 2), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyLockPred(1) line 266, col 5 to line 276, col 127 of module LazySkipList>
STATE_14 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 2 @@ 1 :> 2), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddValidate(1) line 281, col 5 to line 291, col 126 of module LazySkipList>
STATE_15 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 2 @@ 1 :> 2), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(1) line 294, col 5 to line 298, col 126 of module LazySkipList>
STATE_16 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_fully_linked", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ preds = <<(0 :> 2 @@ 1 :> 2), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddFullyLinked(1) line 302, col 5 to line 307, col 122 of module LazySkipList>
STATE_17 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<TRUE, FALSE>>
/\ pc = <<"add_unlock", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ preds = <<(0 :> 2 @@ 1 :> 2), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddUnlock(1) line 311, col 5 to line 318, col 92 of module LazySkipList>
STATE_18 == 
/\ opsDone = <<2, 2>>
/\ height = <<0, 2, 1, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


=================================================
