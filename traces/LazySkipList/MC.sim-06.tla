---------------- MODULE /work/wt/skiplist-rest/traces/LazySkipList/MC.sim.tmp/trace_0_5 -----------------
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


\* <LazyAddHeight2(2) line 269, col 5 to line 270, col 22 of module LazySkipList>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_find">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddHeight2(1) line 269, col 5 to line 270, col 22 of module LazySkipList>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_find", "add_find">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <LazyAddFind(1) line 280, col 5 to line 302, col 63 of module LazySkipList>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"lock_pred", "add_find">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyLockPred(1) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "add_find">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <LazyAddFind(2) line 280, col 5 to line 302, col 63 of module LazySkipList>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_validate", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddValidate(1) line 356, col 5 to line 367, col 142 of module LazySkipList>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ link = << (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(1) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ link = << (0 :> 2 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_link", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(1) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"add_fully_linked", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, FALSE, FALSE, FALSE>>
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddFullyLinked(1) line 379, col 5 to line 385, col 138 of module LazySkipList>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<TRUE, FALSE>>
/\ pc = <<"add_unlock", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<1, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ held = <<<<1>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddUnlock(1) line 389, col 5 to line 396, col 76 of module LazySkipList>
STATE_11 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyLockPred(2) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_12 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_validate">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddValidate(2) line 356, col 5 to line 367, col 142 of module LazySkipList>
STATE_13 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_unlock">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveFind(1) line 404, col 5 to line 416, col 76 of module LazySkipList>
STATE_14 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_unlock">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddUnlock(2) line 389, col 5 to line 396, col 76 of module LazySkipList>
STATE_15 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_find">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddFind(2) line 280, col 5 to line 302, col 63 of module LazySkipList>
STATE_16 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyLockPred(2) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_17 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_validate">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddValidate(2) line 356, col 5 to line 367, col 142 of module LazySkipList>
STATE_18 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_link">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(2) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_19 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_link">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 1>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddLink(2) line 370, col 5 to line 375, col 142 of module LazySkipList>
STATE_20 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "add_fully_linked">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, FALSE, FALSE>>
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddFullyLinked(2) line 379, col 5 to line 385, col 138 of module LazySkipList>
STATE_21 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 3>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, TRUE>>
/\ pc = <<"idle", "add_unlock">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyAddUnlock(2) line 389, col 5 to line 396, col 76 of module LazySkipList>
STATE_22 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
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


\* <LazyRemoveFind(2) line 404, col 5 to line 416, col 76 of module LazySkipList>
STATE_23 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "remove_lock_victim">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveLockVictim(2) line 420, col 5 to line 426, col 148 of module LazySkipList>
STATE_24 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "remove_mark">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, FALSE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveMark(2) line 430, col 5 to line 436, col 142 of module LazySkipList>
STATE_25 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "lock_pred">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyLockPred(2) line 320, col 5 to line 330, col 140 of module LazySkipList>
STATE_26 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "remove_validate">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 2>>
/\ held = <<<<>>, <<2, 1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveValidate(2) line 441, col 5 to line 450, col 93 of module LazySkipList>
STATE_27 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 2),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "remove_unlink">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 1>>
/\ held = <<<<>>, <<2, 1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveUnlink(2) line 453, col 5 to line 459, col 138 of module LazySkipList>
STATE_28 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 2 @@ 1 :> 3),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "remove_unlink">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<2, 1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveUnlink(2) line 453, col 5 to line 459, col 138 of module LazySkipList>
STATE_29 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 3 @@ 1 :> 3),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, TRUE>>
/\ pc = <<"idle", "remove_unlock">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<2, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, -1>>
/\ held = <<<<>>, <<2, 1>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveUnlock(2) line 464, col 5 to line 476, col 129 of module LazySkipList>
STATE_30 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ link = << (0 :> 3 @@ 1 :> 3),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, TRUE>>
/\ pc = <<"idle", "remove_unlock_victim">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ lock = <<0, 2, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 2)>>
/\ lvl = <<0, -1>>
/\ held = <<<<>>, <<2>>>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyRemoveUnlockVictim(2) line 482, col 5 to line 492, col 76 of module LazySkipList>
STATE_31 == 
/\ opsDone = <<2, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 3 @@ 1 :> 3),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 4>>
/\ key = <<0, 1, 2, 0>>


\* <LazyContains(2) line 503, col 5 to line 508, col 76 of module LazySkipList>
STATE_32 == 
/\ opsDone = <<2, 3>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 0>>
/\ link = << (0 :> 3 @@ 1 :> 3),
   (0 :> 3 @@ 1 :> 3),
   (0 :> 0 @@ 1 :> 0),
   (0 :> 0 @@ 1 :> 0) >>
/\ ok = <<FALSE, FALSE>>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "live", "free">>
/\ lock = <<0, 0, 0, 0>>
/\ limbo = <<<<>>, <<>>>>
/\ marked = <<FALSE, TRUE, FALSE, FALSE>>
/\ wrong = FALSE
/\ fullyLinked = <<TRUE, TRUE, TRUE, FALSE>>
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ held = <<<<>>, <<>>>>
/\ freeList = <<2, 4>>
/\ key = <<0, 1, 2, 0>>


=================================================
