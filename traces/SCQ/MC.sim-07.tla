---------------- MODULE /work/wt/scqspec/traces/SCQ/MC.sim.tmp/trace_0_6 -----------------
\* <Init line 108, col 5 to line 119, col 38 of module SCQ>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ tail = 4
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_2 == 
/\ opsDone = <<0, 1>>
/\ tail = 4
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueFaa(1) line 144, col 5 to line 153, col 74 of module SCQ>
STATE_3 == 
/\ opsDone = <<0, 1>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_4 == 
/\ opsDone = <<0, 2>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_5 == 
/\ opsDone = <<0, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueLoad(1) line 161, col 5 to line 166, col 70 of module SCQ>
STATE_6 == 
/\ opsDone = <<0, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_cas", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueCas(1) line 174, col 5 to line 181, col 87 of module SCQ>
STATE_7 == 
/\ opsDone = <<0, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_thr_load", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueThresholdLoad(1) line 184, col 5 to line 189, col 37 of module SCQ>
STATE_8 == 
/\ opsDone = <<0, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"enq_thr_store", "idle">>
/\ idx = <<0, -1>>
/\ held = <<{}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueThresholdStore(1) line 192, col 5 to line 195, col 46 of module SCQ>
STATE_9 == 
/\ opsDone = <<1, 3>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_10 == 
/\ opsDone = <<1, 3>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"deq_faa", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueFaa(1) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_11 == 
/\ opsDone = <<1, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"deq_load", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 5


\* <ScqDequeueLoad(1) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_12 == 
/\ opsDone = <<1, 3>>
/\ tail = 5
/\ pos = <<4, -1>>
/\ pc = <<"deq_consume", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 0] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 1, unsafe |-> FALSE, index |-> 0],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 5


\* <ScqDequeueConsume(1) line 227, col 5 to line 233, col 42 of module SCQ>
STATE_13 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 5


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_14 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"deq_faa", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 5


\* <ScqDequeueFaa(1) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_15 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_load", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueLoad(1) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_16 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_cas", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueInvalidate(1) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_17 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_read_tail", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueReadTail(1) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_18 == 
/\ opsDone = <<2, 3>>
/\ tail = 5
/\ pos = <<5, -1>>
/\ pc = <<"deq_catchup_cas", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<6, -1>>
/\ ctail = <<5, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqCatchUpCas(1) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_19 == 
/\ opsDone = <<2, 3>>
/\ tail = 6
/\ pos = <<5, -1>>
/\ pc = <<"deq_thr_dec_empty", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<6, -1>>
/\ ctail = <<5, -1>>
/\ seen = << [cycle |-> 0, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueEmpty(1) line 280, col 5 to line 283, col 46 of module SCQ>
STATE_20 == 
/\ opsDone = <<3, 3>>
/\ tail = 6
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 4
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


=================================================
