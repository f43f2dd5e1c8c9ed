---------------- MODULE /work/wt/skiplist-rest/traces/SkipList/MC.sim.tmp/trace_0_11 -----------------
\* <Init line 149, col 5 to line 167, col 18 of module SkipList>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddHeight1(1) line 291, col 5 to line 291, col 22 of module SkipList>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddFind(1) line 302, col 5 to line 325, col 83 of module SkipList>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_cas0", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddCas0(1) line 342, col 5 to line 351, col 121 of module SkipList>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_handoff", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListFinishHandoff(1) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_5 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddHeight2(2) line 294, col 5 to line 294, col 22 of module SkipList>
STATE_6 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_find">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddFind(2) line 302, col 5 to line 325, col 83 of module SkipList>
STATE_7 == 
/\ opsDone = <<1, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_cas0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveFind(1) line 408, col 5 to line 422, col 52 of module SkipList>
STATE_8 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_cas0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddCas0(2) line 342, col 5 to line 351, col 121 of module SkipList>
STATE_9 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_link_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkRead(2) line 356, col 5 to line 360, col 94 of module SkipList>
STATE_10 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_link_own">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkOwn(2) line 365, col 5 to line 376, col 130 of module SkipList>
STATE_11 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "add_link_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkCas(2) line 380, col 5 to line 389, col 125 of module SkipList>
STATE_12 == 
/\ opsDone = <<2, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "finish_handoff">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<0, 2>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 2>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(2) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_13 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveFind(2) line 408, col 5 to line 422, col 52 of module SkipList>
STATE_14 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "remove_read0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveRead0(2) line 448, col 5 to line 455, col 58 of module SkipList>
STATE_15 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "remove_mark0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMark0(2) line 468, col 5 to line 476, col 126 of module SkipList>
STATE_16 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "finish_handoff">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(2) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_17 == 
/\ opsDone = <<2, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "finish_snip">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishSnip(2) line 508, col 5 to line 517, col 52 of module SkipList>
STATE_18 == 
/\ opsDone = <<2, 2>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListContains(2) line 524, col 5 to line 529, col 52 of module SkipList>
STATE_19 == 
/\ opsDone = <<2, 3>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 4>>
/\ key = <<0, 1, 2, 0>>


=================================================
