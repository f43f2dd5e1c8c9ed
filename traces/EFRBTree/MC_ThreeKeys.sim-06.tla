---------------- MODULE /work/wt/efrb-spec/traces/EFRBTree/MC_ThreeKeys.sim.tmp/trace_0_5 -----------------
\* <Init line 155, col 5 to line 175, col 20 of module EFRBTree>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ cur = <<0, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"idle", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbStart(2) line 247, col 5 to line 252, col 94 of module EFRBTree>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ cur = <<0, 1>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"idle", "search_update">>
/\ nodeState = << "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbStart(1) line 247, col 5 to line 252, col 94 of module EFRBTree>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ cur = <<1, 1>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "search_update">>
/\ nodeState = << "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbSearchUpdate(2) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ cur = <<1, 1>>
/\ l = <<0, 0>>
/\ p = <<0, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "search_child">>
/\ nodeState = << "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbSearchChild(2) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ cur = <<1, 0>>
/\ l = <<0, 2>>
/\ p = <<0, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 4, sib |-> 5, int |-> 6, info |-> 7] >>
/\ pc = <<"search_update", "iflag">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbIFlag(2) line 361, col 5 to line 372, col 107 of module EFRBTree>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ cur = <<1, 0>>
/\ l = <<0, 2>>
/\ p = <<0, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "ichild">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, TRUE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<2, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 7>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"iflag", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {}


\* <EfrbIChild(2) line 378, col 5 to line 397, col 108 of module EFRBTree>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ cur = <<1, 0>>
/\ l = <<0, 2>>
/\ p = <<0, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "iunflag">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, TRUE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 7>>
/\ hl = <<0, 0>>
/\ hp = <<0, 1>>
/\ hx = <<0, 0>>
/\ update = << <<"iflag", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2}


\* <EfrbIUnflag(2) line 403, col 5 to line 412, col 68 of module EFRBTree>
STATE_8 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_9 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbStart(2) line 247, col 5 to line 252, col 94 of module EFRBTree>
STATE_10 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 1>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "search_update">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchUpdate(2) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_11 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 1>>
/\ l = <<0, 0>>
/\ p = <<1, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "search_child">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 7>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchChild(2) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_12 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 6>>
/\ l = <<0, 0>>
/\ p = <<1, 1>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "search_update">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 7>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchUpdate(2) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_13 == 
/\ opsDone = <<0, 1>>
/\ cur = <<1, 6>>
/\ l = <<0, 0>>
/\ p = <<1, 6>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "search_child">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 1>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 7>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_14 == 
/\ opsDone = <<0, 1>>
/\ cur = <<6, 6>>
/\ l = <<0, 0>>
/\ p = <<1, 6>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "search_child">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 1>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 7>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchChild(2) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_15 == 
/\ opsDone = <<0, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_16 == 
/\ opsDone = <<0, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
/\ nodeState = << "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_17 == 
/\ opsDone = <<0, 2>>
/\ cur = <<0, 0>>
/\ l = <<4, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 8, sib |-> 9, int |-> 10, info |-> 11],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"iflag", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbIFlag(1) line 361, col 5 to line 372, col 107 of module EFRBTree>
STATE_18 == 
/\ opsDone = <<0, 2>>
/\ cur = <<0, 0>>
/\ l = <<4, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"ichild", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 4, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<11, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"iflag", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 7}


\* <EfrbIChild(1) line 378, col 5 to line 397, col 108 of module EFRBTree>
STATE_19 == 
/\ opsDone = <<0, 2>>
/\ cur = <<0, 0>>
/\ l = <<4, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"iunflag", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<11, 0>>
/\ hl = <<0, 0>>
/\ hp = <<6, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"iflag", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7}


\* <EfrbIUnflag(1) line 403, col 5 to line 412, col 68 of module EFRBTree>
STATE_20 == 
/\ opsDone = <<1, 2>>
/\ cur = <<0, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbStart(1) line 247, col 5 to line 252, col 94 of module EFRBTree>
STATE_21 == 
/\ opsDone = <<1, 2>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_22 == 
/\ opsDone = <<1, 2>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_23 == 
/\ opsDone = <<1, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_24 == 
/\ opsDone = <<1, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_25 == 
/\ opsDone = <<1, 2>>
/\ cur = <<10, 0>>
/\ l = <<0, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_26 == 
/\ opsDone = <<1, 2>>
/\ cur = <<10, 0>>
/\ l = <<0, 0>>
/\ p = <<10, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
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
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<6, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<12, 13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_27 == 
/\ opsDone = <<1, 2>>
/\ cur = <<0, 0>>
/\ l = <<9, 0>>
/\ p = <<10, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 12],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"dflag", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<6, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 11>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbDFlag(1) line 420, col 5 to line 431, col 107 of module EFRBTree>
STATE_28 == 
/\ opsDone = <<1, 2>>
/\ cur = <<0, 0>>
/\ l = <<9, 0>>
/\ p = <<10, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"mark", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<6, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<12, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"dflag", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbMark(1) line 437, col 5 to line 452, col 142 of module EFRBTree>
STATE_29 == 
/\ opsDone = <<1, 2>>
/\ cur = <<0, 0>>
/\ l = <<9, 0>>
/\ p = <<10, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"dchild", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {1, 2}
/\ gp = <<6, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<12, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"dflag", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbDChild(1) line 458, col 5 to line 479, col 130 of module EFRBTree>
STATE_30 == 
/\ opsDone = <<1, 2>>
/\ cur = <<0, 0>>
/\ l = <<9, 0>>
/\ p = <<10, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"dunflag", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<6, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<12, 0>>
/\ hl = <<9, 0>>
/\ hp = <<10, 0>>
/\ hx = <<6, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"dflag", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 11>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 11}


\* <EfrbDUnflag(1) line 490, col 5 to line 504, col 68 of module EFRBTree>
STATE_31 == 
/\ opsDone = <<2, 2>>
/\ cur = <<0, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
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
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 11}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbStart(1) line 247, col 5 to line 252, col 94 of module EFRBTree>
STATE_32 == 
/\ opsDone = <<2, 2>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_33 == 
/\ opsDone = <<2, 2>>
/\ cur = <<1, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_34 == 
/\ opsDone = <<2, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<1, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_update", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbSearchUpdate(1) line 257, col 5 to line 265, col 105 of module EFRBTree>
STATE_35 == 
/\ opsDone = <<2, 2>>
/\ cur = <<6, 0>>
/\ l = <<0, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"search_child", "idle">>
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
   "live",
   "live",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 12>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<13, 14, 15, 16, 17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbSearchChild(1) line 336, col 5 to line 353, col 48 of module EFRBTree>
STATE_36 == 
/\ opsDone = <<2, 2>>
/\ cur = <<0, 0>>
/\ l = <<8, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 13, sib |-> 14, int |-> 15, info |-> 16],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"iflag", "idle">>
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
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 12>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 8, 15>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 3, 2, 3, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbIFlag(1) line 361, col 5 to line 372, col 107 of module EFRBTree>
STATE_37 == 
/\ opsDone = <<2, 2>>
/\ cur = <<0, 0>>
/\ l = <<8, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"ichild", "idle">>
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
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 12>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 8, 15>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0>>
/\ abs = {2}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<16, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"iflag", 16>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 3, 2, 3, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 9, 10, 11, 12}


\* <EfrbIChild(1) line 378, col 5 to line 397, col 108 of module EFRBTree>
STATE_38 == 
/\ opsDone = <<2, 2>>
/\ cur = <<0, 0>>
/\ l = <<8, 0>>
/\ p = <<6, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
/\ pc = <<"iunflag", "idle">>
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
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 12>>, <<"clean", 0>>>>
/\ own = <<TRUE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 8, 15>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 15, 0, 0, 0, 9, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0>>
/\ abs = {2, 3}
/\ gp = <<1, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<16, 0>>
/\ hl = <<0, 0>>
/\ hp = <<6, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"iflag", 16>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 7>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 3, 2, 3, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 8, 9, 10, 11, 12}


\* <EfrbIUnflag(1) line 403, col 5 to line 412, col 68 of module EFRBTree>
STATE_39 == 
/\ opsDone = <<3, 2>>
/\ cur = <<0, 0>>
/\ l = <<0, 0>>
/\ p = <<0, 0>>
/\ parts = << [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0],
   [leaf |-> 0, sib |-> 0, int |-> 0, info |-> 0] >>
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
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "live",
   "free",
   "free",
   "free",
   "free" >>
/\ pu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ own = <<FALSE, FALSE>>
/\ kind = << "internal",
   "leaf",
   "leaf",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "dinfo",
   "leaf",
   "leaf",
   "internal",
   "iinfo",
   "leaf",
   "leaf",
   "leaf",
   "leaf" >>
/\ rec = << <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<>>,
   <<1, 2, 6>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 4, 10>>,
   <<10, 9, 6, <<"clean", 0>>>>,
   <<>>,
   <<>>,
   <<>>,
   <<6, 8, 15>>,
   <<>>,
   <<>>,
   <<>>,
   <<>> >>
/\ right = <<3, 0, 0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0>>
/\ left = <<6, 0, 0, 0, 0, 15, 0, 0, 0, 9, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0>>
/\ abs = {2, 3}
/\ gp = <<0, 0>>
/\ stale = FALSE
/\ uaf = FALSE
/\ hi = <<0, 0>>
/\ hl = <<0, 0>>
/\ hp = <<0, 0>>
/\ hx = <<0, 0>>
/\ update = << <<"clean", 7>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 16>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"mark", 12>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>>,
   <<"clean", 0>> >>
/\ gpu = <<<<"clean", 0>>, <<"clean", 0>>>>
/\ barred = <<{2, 4, 7, 9, 10, 11, 12}, {2, 7}>>
/\ freeList = <<17, 18, 19, 20>>
/\ key = <<99, 98, 99, 1, 98, 98, 0, 2, 1, 2, 0, 0, 3, 2, 3, 0, 0, 0, 0, 0>>
/\ retired = {2, 4, 7, 8, 9, 10, 11, 12, 16}


=================================================
