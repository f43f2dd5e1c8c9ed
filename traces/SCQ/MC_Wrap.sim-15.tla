---------------- MODULE /work/wt/scqspec/traces/SCQ/MC_Wrap.sim.tmp/trace_0_14 -----------------
\* <Init line 108, col 5 to line 119, col 38 of module SCQ>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqEnqueueFaa(1) line 144, col 5 to line 153, col 74 of module SCQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = 3
/\ pos = <<2, -1>>
/\ pc = <<"enq_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqEnqueueLoad(1) line 161, col 5 to line 166, col 70 of module SCQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = 3
/\ pos = <<2, -1>>
/\ pc = <<"enq_cas", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqEnqueueCas(1) line 174, col 5 to line 181, col 87 of module SCQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = 3
/\ pos = <<2, -1>>
/\ pc = <<"enq_thr_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqEnqueueThresholdLoad(1) line 184, col 5 to line 189, col 37 of module SCQ>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ tail = 3
/\ pos = <<2, -1>>
/\ pc = <<"enq_thr_store", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_6 == 
/\ opsDone = <<0, 1>>
/\ tail = 3
/\ pos = <<2, -1>>
/\ pc = <<"enq_thr_store", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqEnqueueThresholdStore(1) line 192, col 5 to line 195, col 46 of module SCQ>
STATE_7 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_8 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_9 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"deq_faa", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 2


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_10 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"deq_faa", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 3


\* <ScqDequeueLoad(2) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_11 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"deq_faa", "deq_consume">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 0] >>
/\ head = 3


\* <ScqDequeueFaa(1) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_12 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<3, 2>>
/\ pc = <<"deq_load", "deq_consume">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 0] >>
/\ head = 4


\* <ScqDequeueLoad(1) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_13 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<3, 2>>
/\ pc = <<"deq_cas", "deq_consume">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 0] >>
/\ head = 4


\* <ScqDequeueConsume(2) line 227, col 5 to line 233, col 42 of module SCQ>
STATE_14 == 
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ pos = <<3, -1>>
/\ pc = <<"deq_cas", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_15 == 
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ pos = <<3, -1>>
/\ pc = <<"deq_cas", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 4


\* <ScqDequeueInvalidate(1) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_16 == 
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ pos = <<3, -1>>
/\ pc = <<"deq_read_tail", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 4


\* <ScqDequeueReadTail(1) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_17 == 
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ pos = <<3, -1>>
/\ pc = <<"deq_catchup_cas", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<4, -1>>
/\ ctail = <<3, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 4


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_18 == 
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ pos = <<3, 4>>
/\ pc = <<"deq_catchup_cas", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<4, -1>>
/\ ctail = <<3, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqCatchUpCas(1) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_19 == 
/\ opsDone = <<1, 2>>
/\ tail = 4
/\ pos = <<3, 4>>
/\ pc = <<"deq_thr_dec_empty", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<4, -1>>
/\ ctail = <<3, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueEmpty(1) line 280, col 5 to line 283, col 46 of module SCQ>
STATE_20 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_21 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, 4>>
/\ pc = <<"deq_faa", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueLoad(2) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_22 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, 4>>
/\ pc = <<"deq_faa", "deq_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueInvalidate(2) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_23 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, 4>>
/\ pc = <<"deq_faa", "deq_read_tail">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueReadTail(2) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_24 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, 4>>
/\ pc = <<"deq_faa", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, 5>>
/\ ctail = <<-1, 4>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueFaa(1) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_25 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<5, 4>>
/\ pc = <<"deq_load", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, 5>>
/\ ctail = <<-1, 4>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueLoad(1) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_26 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<5, 4>>
/\ pc = <<"deq_cas", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, 5>>
/\ ctail = <<-1, 4>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueInvalidate(1) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_27 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<5, 4>>
/\ pc = <<"deq_read_tail", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, 5>>
/\ ctail = <<-1, 4>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueReadTail(1) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_28 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<5, 4>>
/\ pc = <<"deq_catchup_cas", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, 5>>
/\ ctail = <<4, 4>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqCatchUpCas(2) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_29 == 
/\ opsDone = <<2, 2>>
/\ tail = 5
/\ pos = <<5, 4>>
/\ pc = <<"deq_catchup_cas", "deq_thr_dec_empty">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 1
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, 5>>
/\ ctail = <<4, 4>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueEmpty(2) line 280, col 5 to line 283, col 46 of module SCQ>
STATE_30 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_catchup_cas", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_31 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_catchup_cas", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 6


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_32 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_cas", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueLoad(2) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_33 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_cas", "deq_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 2, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueInvalidate(2) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_34 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_cas", "deq_read_tail">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 2, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueReadTail(2) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_35 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_cas", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, 7>>
/\ ctail = <<4, 5>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 2, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqCatchUpCas(2) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_36 == 
/\ opsDone = <<2, 3>>
/\ tail = 7
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_cas", "deq_thr_dec_empty">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, 7>>
/\ ctail = <<4, 5>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 2, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqCatchUpCas(1) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_37 == 
/\ opsDone = <<2, 3>>
/\ tail = 7
/\ pos = <<5, 6>>
/\ pc = <<"deq_catchup_read_head", "deq_thr_dec_empty">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 0
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, 7>>
/\ ctail = <<4, 5>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> 2, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueEmpty(2) line 280, col 5 to line 283, col 46 of module SCQ>
STATE_38 == 
/\ opsDone = <<2, 4>>
/\ tail = 7
/\ pos = <<5, -1>>
/\ pc = <<"deq_catchup_read_head", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<6, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqCatchUpReadHead(1) line 268, col 5 to line 271, col 69 of module SCQ>
STATE_39 == 
/\ opsDone = <<2, 4>>
/\ tail = 7
/\ pos = <<5, -1>>
/\ pc = <<"deq_catchup_read_tail", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<7, -1>>
/\ ctail = <<4, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqCatchUpReadTail(1) line 274, col 5 to line 277, col 69 of module SCQ>
STATE_40 == 
/\ opsDone = <<2, 4>>
/\ tail = 7
/\ pos = <<5, -1>>
/\ pc = <<"deq_thr_dec_empty", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<7, -1>>
/\ ctail = <<7, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueEmpty(1) line 280, col 5 to line 283, col 46 of module SCQ>
STATE_41 == 
/\ opsDone = <<3, 4>>
/\ tail = 7
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = -2
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_42 == 
/\ opsDone = <<4, 4>>
/\ tail = 7
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = -2
/\ entries = ( 0 :> [cycle |-> 3, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 2, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 7


=================================================
