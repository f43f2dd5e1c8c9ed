---------------- MODULE /work/wt/skiplist-spec/traces/SkipList/MC_AddRemove.sim.tmp/trace_0_5 -----------------
\* <Init line 135, col 5 to line 150, col 20 of module SkipList>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ wrong = FALSE
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddHeight1(1) line 225, col 5 to line 225, col 22 of module SkipList>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ wrong = FALSE
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListRemoveFind(2) line 336, col 5 to line 349, col 73 of module SkipList>
STATE_3 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 0, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ wrong = FALSE
/\ abs = {}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ key = <<0, 0, 0, 0>>


\* <SkipListAddFind(1) line 236, col 5 to line 259, col 64 of module SkipList>
STATE_4 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_cas0", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ wrong = FALSE
/\ abs = {}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddCas0(1) line 275, col 5 to line 283, col 105 of module SkipList>
STATE_5 == 
/\ opsDone = <<0, 1>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<2, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_handoff", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ wrong = FALSE
/\ abs = {1}
/\ preds = <<(0 :> 1 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<1, 0>>
/\ handoff = <<0, 0, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListFinishHandoff(1) line 415, col 5 to line 421, col 70 of module SkipList>
STATE_6 == 
/\ opsDone = <<1, 1>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ wrong = FALSE
/\ abs = {1}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListContains(2) line 436, col 5 to line 439, col 36 of module SkipList>
STATE_7 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ wrong = FALSE
/\ abs = {1}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddHeight2(1) line 228, col 5 to line 228, col 22 of module SkipList>
STATE_8 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 0, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_find", "idle">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ wrong = FALSE
/\ abs = {1}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<3, 4>>
/\ key = <<0, 1, 0, 0>>


\* <SkipListAddFind(1) line 236, col 5 to line 259, col 64 of module SkipList>
STATE_9 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_cas0", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1}
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddCas0(1) line 275, col 5 to line 283, col 105 of module SkipList>
STATE_10 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_read", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkRead(1) line 288, col 5 to line 291, col 78 of module SkipList>
STATE_11 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_own", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkOwn(1) line 296, col 5 to line 306, col 114 of module SkipList>
STATE_12 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"add_link_cas", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<1, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListAddLinkCas(1) line 310, col 5 to line 318, col 109 of module SkipList>
STATE_13 == 
/\ opsDone = <<1, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<3, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"finish_handoff", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ preds = <<(0 :> 2 @@ 1 :> 1), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<2, 0>>
/\ handoff = <<0, 1, 0, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<2, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


\* <SkipListFinishHandoff(1) line 415, col 5 to line 421, col 70 of module SkipList>
STATE_14 == 
/\ opsDone = <<2, 2>>
/\ height = <<0, 1, 2, 0>>
/\ nd = <<0, 0>>
/\ lnk = <<<<0, FALSE>>, <<0, FALSE>>>>
/\ link = << (0 :> <<2, FALSE>> @@ 1 :> <<3, FALSE>>),
   (0 :> <<3, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>),
   (0 :> <<0, FALSE>> @@ 1 :> <<0, FALSE>>) >>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ wrong = FALSE
/\ abs = {1, 2}
/\ preds = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ ht = <<0, 0>>
/\ handoff = <<0, 1, 1, 0>>
/\ succs = <<(0 :> 0 @@ 1 :> 0), (0 :> 0 @@ 1 :> 0)>>
/\ lvl = <<0, 0>>
/\ freeList = <<4>>
/\ key = <<0, 1, 2, 0>>


=================================================
