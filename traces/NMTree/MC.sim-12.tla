---------------- MODULE /work/wt/nmtree-spec/traces/NMTree/MC.sim.tmp/trace_0_11 -----------------
\* <Init line 171, col 5 to line 180, col 45 of module NMTree>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"idle", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<FALSE, FALSE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeBegin(1) line 261, col 5 to line 264, col 80 of module NMTree>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_root", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, FALSE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeBegin(2) line 261, col 5 to line 264, col 80 of module NMTree>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_root", "seek_root">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRoot(1) line 268, col 5 to line 272, col 45 of module NMTree>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_root">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRoot(2) line 268, col 5 to line 272, col 45 of module NMTree>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 4,
     succ |-> 7,
     par |-> 7,
     lf |-> 9,
     pEdge |-> <<9, FALSE, FALSE>>,
     cEdge |-> <<9, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<8, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(1) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 4,
     succ |-> 7,
     par |-> 7,
     lf |-> 9,
     pEdge |-> <<9, FALSE, FALSE>>,
     cEdge |-> <<9, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<8, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(1) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<6, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<8, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<6, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"seek_read", "add_alloc">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeSeekRead(1) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_11 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"remove_flag", "add_alloc">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, FALSE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeRemoveFlag(1) line 403, col 5 to line 411, col 74 of module NMTree>
STATE_12 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"cleanup_read", "add_alloc">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeCleanupRead(1) line 418, col 5 to line 423, col 45 of module NMTree>
STATE_13 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_read", "add_alloc">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeTagRead(1) line 427, col 5 to line 432, col 45 of module NMTree>
STATE_14 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "add_alloc">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<10, 11>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 0, 0>>
/\ retired = <<>>


\* <NMTreeAddAlloc(2) line 361, col 5 to line 375, col 48 of module NMTree>
STATE_15 == 
/\ opsDone = <<0, 0>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 8,
     pEdge |-> <<8, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 10,
     newInt |-> 11,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "add_cas">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<8, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeAddCas(2) line 380, col 5 to line 388, col 83 of module NMTree>
STATE_16 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, FALSE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeBegin(2) line 261, col 5 to line 264, col 80 of module NMTree>
STATE_17 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "seek_root">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSeekRoot(2) line 268, col 5 to line 272, col 45 of module NMTree>
STATE_18 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 5,
     succ |-> 4,
     par |-> 4,
     lf |-> 7,
     pEdge |-> <<7, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_19 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 4,
     succ |-> 7,
     par |-> 7,
     lf |-> 9,
     pEdge |-> <<9, FALSE, FALSE>>,
     cEdge |-> <<9, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeTagCas(1) line 436, col 5 to line 442, col 79 of module NMTree>
STATE_20 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 4,
     succ |-> 7,
     par |-> 7,
     lf |-> 9,
     pEdge |-> <<9, FALSE, FALSE>>,
     cEdge |-> <<9, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_21 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<8, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 11,
     pEdge |-> <<11, FALSE, FALSE>>,
     cEdge |-> <<11, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeTagRead(1) line 427, col 5 to line 432, col 45 of module NMTree>
STATE_22 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<11, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 11,
     pEdge |-> <<11, FALSE, FALSE>>,
     cEdge |-> <<11, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_23 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<11, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 9,
     succ |-> 11,
     par |-> 11,
     lf |-> 10,
     pEdge |-> <<10, FALSE, FALSE>>,
     cEdge |-> <<10, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"tag_cas", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeTagCas(1) line 436, col 5 to line 442, col 79 of module NMTree>
STATE_24 == 
/\ opsDone = <<0, 1>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<11, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 9,
     succ |-> 11,
     par |-> 11,
     lf |-> 10,
     pEdge |-> <<10, FALSE, FALSE>>,
     cEdge |-> <<10, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"splice_read", "seek_read">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, TRUE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, TRUE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSeekRead(2) line 337, col 5 to line 347, col 64 of module NMTree>
STATE_25 == 
/\ opsDone = <<0, 2>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<11, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"splice_read", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, TRUE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, FALSE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSpliceRead(1) line 447, col 5 to line 452, col 45 of module NMTree>
STATE_26 == 
/\ opsDone = <<0, 2>>
/\ loc = << [ anc |-> 7,
     succ |-> 9,
     par |-> 9,
     lf |-> 6,
     pEdge |-> <<6, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 1,
     te |-> <<11, FALSE, FALSE>>,
     lifted |-> <<11, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 6,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"splice_cas", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live" >>
/\ abs = {1, 2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<9, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, TRUE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<TRUE, FALSE>>
/\ freeList = <<>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


\* <NMTreeSpliceCas(1) line 459, col 5 to line 488, col 20 of module NMTree>
STATE_27 == 
/\ opsDone = <<1, 2>>
/\ loc = << [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ],
   [ anc |-> 0,
     succ |-> 0,
     par |-> 0,
     lf |-> 0,
     pEdge |-> <<0, FALSE, FALSE>>,
     cEdge |-> <<0, FALSE, FALSE>>,
     sd |-> 0,
     te |-> <<0, FALSE, FALSE>>,
     lifted |-> <<0, FALSE, FALSE>>,
     newLeaf |-> 0,
     newInt |-> 0,
     victim |-> 0,
     stale |-> {} ] >>
/\ pc = <<"idle", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "live",
   "live",
   "free",
   "live",
   "live" >>
/\ abs = {2, 3}
/\ child = << (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<7, FALSE, FALSE>> @@ 1 :> <<2, FALSE, FALSE>>),
   (0 :> <<4, FALSE, FALSE>> @@ 1 :> <<3, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<11, FALSE, FALSE>> @@ 1 :> <<1, FALSE, FALSE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<6, TRUE, FALSE>> @@ 1 :> <<11, FALSE, TRUE>>),
   (0 :> <<0, FALSE, FALSE>> @@ 1 :> <<0, FALSE, FALSE>>),
   (0 :> <<8, FALSE, FALSE>> @@ 1 :> <<10, FALSE, FALSE>>) >>
/\ inOp = <<FALSE, FALSE>>
/\ freeList = <<9, 6>>
/\ key = <<10, 11, 12, 11, 12, 1, 10, 2, 2, 3, 3>>
/\ retired = <<>>


=================================================
