---------------- MODULE /work/wt/skiplist-rest/traces/LazySkipList/MC_AddRemove.sim.tmp/trace_0_17 -----------------
\* <Init line 140, col 5 to line 161, col 18 of module LazySkipList>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
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
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyRemoveFind(2) line 404, col 5 to line 416, col 76 of module LazySkipList>
STATE_2 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
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
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyContains(2) line 503, col 5 to line 508, col 76 of module LazySkipList>
STATE_3 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
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
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddHeight1(1) line 266, col 5 to line 266, col 22 of module LazySkipList>
STATE_4 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
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
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddFind(1) line 280, col 5 to line 302, col 63 of module LazySkipList>
STATE_5 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"lock_pred", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyLockPred(1) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_6 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddValidate(1) line 356, col 5 to line 367, col 142 of module LazySkipList>
STATE_7 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddLink(1) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_8 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_fully_linked", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddFullyLinked(1) line 379, col 5 to line 385, col 138 of module LazySkipList>
STATE_9 == 
/\ opsDone = <<0, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<TRUE, FALSE>>
/\ pc = <<"add_unlock", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddUnlock(1) line 389, col 5 to line 396, col 76 of module LazySkipList>
STATE_10 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddHeight1(1) line 266, col 5 to line 266, col 22 of module LazySkipList>
STATE_11 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddFind(1) line 280, col 5 to line 302, col 63 of module LazySkipList>
STATE_12 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"lock_pred", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyLockPred(1) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_13 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddValidate(1) line 356, col 5 to line 367, col 142 of module LazySkipList>
STATE_14 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(1) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_15 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_fully_linked", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddFullyLinked(1) line 379, col 5 to line 385, col 138 of module LazySkipList>
STATE_16 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<3, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<TRUE, FALSE>>
/\ pc = <<"add_unlock", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 1, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<2>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddUnlock(1) line 389, col 5 to line 396, col 76 of module LazySkipList>
STATE_17 == 
/\ opsDone = <<2, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 1, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


=================================================
