---------------- MODULE /work/wt/skiplist-rest/traces/SkipList/MC.sim.tmp/trace_0_9 -----------------
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


\* <SkipListAddHeight2(1) line 294, col 5 to line 294, col 22 of module SkipList>
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
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddHeight2(2) line 294, col 5 to line 294, col 22 of module SkipList>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_find", "add_find">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddFind(1) line 302, col 5 to line 325, col 83 of module SkipList>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_cas0", "add_find">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddCas0(1) line 342, col 5 to line 351, col 121 of module SkipList>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_read", "add_find">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddFind(2) line 302, col 5 to line 325, col 83 of module SkipList>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_read", "add_cas0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkRead(1) line 356, col 5 to line 360, col 94 of module SkipList>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_own", "add_cas0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddCas0(2) line 342, col 5 to line 351, col 121 of module SkipList>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_own", "add_link_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkRead(2) line 356, col 5 to line 360, col 94 of module SkipList>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_own", "add_link_own">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkOwn(2) line 365, col 5 to line 376, col 130 of module SkipList>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_own", "add_link_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkOwn(1) line 365, col 5 to line 376, col 130 of module SkipList>
STATE_11 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "add_link_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkCas(2) line 380, col 5 to line 389, col 125 of module SkipList>
STATE_12 == 
/\ opsDone = <<0, 0>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 3>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "finish_handoff">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 2 @@ 1 :> 1)>>
/\ ht = <<2, 2>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 2>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(2) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_13 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveFind(2) line 408, col 5 to line 422, col 52 of module SkipList>
STATE_14 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "remove_mark_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkRead(2) line 426, col 5 to line 435, col 89 of module SkipList>
STATE_15 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "remove_mark_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkCas(1) line 380, col 5 to line 389, col 125 of module SkipList>
STATE_16 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_find", "remove_mark_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkFind(1) line 393, col 5 to line 401, col 116 of module SkipList>
STATE_17 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_read", "remove_mark_cas">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 2 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkCas(2) line 440, col 5 to line 444, col 130 of module SkipList>
STATE_18 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_read", "remove_mark_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 2 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkRead(1) line 356, col 5 to line 360, col 94 of module SkipList>
STATE_19 == 
/\ opsDone = <<0, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<2, 2>>
/\ lnk = <<<<0, TRUE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_handoff", "remove_mark_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 0, 1, 0>>
/\ succs = <<(0 :> 2 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(1) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_20 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "remove_mark_read">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<0, 1>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkRead(2) line 426, col 5 to line 435, col 89 of module SkipList>
STATE_21 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, TRUE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
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


\* <SkipListRemoveFind(1) line 408, col 5 to line 422, col 52 of module SkipList>
STATE_22 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<0, TRUE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "remove_read0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveRead0(2) line 448, col 5 to line 455, col 58 of module SkipList>
STATE_23 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "remove_mark0">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMark0(2) line 468, col 5 to line 476, col 126 of module SkipList>
STATE_24 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "finish_handoff">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(2) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_25 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "finish_snip">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkRead(1) line 426, col 5 to line 435, col 89 of module SkipList>
STATE_26 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_cas", "finish_snip">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkCas(1) line 440, col 5 to line 444, col 130 of module SkipList>
STATE_27 == 
/\ opsDone = <<1, 1>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 2>>
/\ lnk = <<<<0, FALSE>>, <<3, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "finish_snip">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 1 @@ 1 :> 1)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 2 @@ 1 :> 3)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishSnip(2) line 508, col 5 to line 517, col 52 of module SkipList>
STATE_28 == 
/\ opsDone = <<1, 2>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListContains(2) line 524, col 5 to line 529, col 52 of module SkipList>
STATE_29 == 
/\ opsDone = <<1, 3>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark_read", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMarkRead(1) line 426, col 5 to line 435, col 89 of module SkipList>
STATE_30 == 
/\ opsDone = <<1, 3>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, TRUE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_read0", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveRead0(1) line 448, col 5 to line 455, col 58 of module SkipList>
STATE_31 == 
/\ opsDone = <<1, 3>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"remove_mark0", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {2}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListRemoveMark0(1) line 468, col 5 to line 476, col 126 of module SkipList>
STATE_32 == 
/\ opsDone = <<1, 3>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_handoff", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(1) line 494, col 5 to line 502, col 49 of module SkipList>
STATE_33 == 
/\ opsDone = <<1, 3>>
/\ waitFor = <<{}, {1}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_snip", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 3 @@ 1 :> 3), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishSnip(1) line 508, col 5 to line 517, col 52 of module SkipList>
STATE_34 == 
/\ opsDone = <<2, 3>>
/\ waitFor = <<{}, {}, {}, {}>>
/\ height = <<0, 2, 2, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, TRUE>> @@ 1 :> <<0, TRUE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<<<>>, <<2>>>>
/\ wrong = FALSE
/\ abs = {}
/\ uaf = FALSE
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 2, 0>>


=================================================
