---------------- MODULE /work/wt/scqspec/traces/SCQ/MC.sim.tmp/trace_0_19 -----------------
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_2 == 
/\ opsDone = <<1, 0>>
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


\* <ScqEnqueueFaa(2) line 144, col 5 to line 153, col 74 of module SCQ>
STATE_3 == 
/\ opsDone = <<1, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_load">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_4 == 
/\ opsDone = <<2, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_load">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_5 == 
/\ opsDone = <<3, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_load">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
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


\* <ScqEnqueueLoad(2) line 161, col 5 to line 166, col 70 of module SCQ>
STATE_6 == 
/\ opsDone = <<3, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_cas">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueCas(2) line 174, col 5 to line 181, col 87 of module SCQ>
STATE_7 == 
/\ opsDone = <<3, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_thr_load">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueThresholdLoad(2) line 184, col 5 to line 189, col 37 of module SCQ>
STATE_8 == 
/\ opsDone = <<3, 0>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "enq_thr_store">>
/\ idx = <<-1, 1>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqEnqueueThresholdStore(2) line 192, col 5 to line 195, col 46 of module SCQ>
STATE_9 == 
/\ opsDone = <<3, 1>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_10 == 
/\ opsDone = <<3, 1>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "deq_faa">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 4


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_11 == 
/\ opsDone = <<3, 1>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "deq_load">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 3] >>
/\ head = 5


\* <ScqDequeueLoad(2) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_12 == 
/\ opsDone = <<3, 1>>
/\ tail = 5
/\ pos = <<-1, 4>>
/\ pc = <<"idle", "deq_consume">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 5


\* <ScqDequeueConsume(2) line 227, col 5 to line 233, col 42 of module SCQ>
STATE_13 == 
/\ opsDone = <<3, 2>>
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_14 == 
/\ opsDone = <<3, 2>>
/\ tail = 5
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "deq_faa">>
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


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_15 == 
/\ opsDone = <<3, 2>>
/\ tail = 5
/\ pos = <<-1, 5>>
/\ pc = <<"idle", "deq_load">>
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


\* <ScqDequeueLoad(2) line 216, col 5 to line 222, col 70 of module SCQ>
STATE_16 == 
/\ opsDone = <<3, 2>>
/\ tail = 5
/\ pos = <<-1, 5>>
/\ pc = <<"idle", "deq_cas">>
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
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueInvalidate(2) line 236, col 5 to line 246, col 87 of module SCQ>
STATE_17 == 
/\ opsDone = <<3, 2>>
/\ tail = 5
/\ pos = <<-1, 5>>
/\ pc = <<"idle", "deq_read_tail">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueReadTail(2) line 249, col 5 to line 256, col 62 of module SCQ>
STATE_18 == 
/\ opsDone = <<3, 2>>
/\ tail = 5
/\ pos = <<-1, 5>>
/\ pc = <<"idle", "deq_catchup_cas">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, 6>>
/\ ctail = <<-1, 5>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqCatchUpCas(2) line 259, col 5 to line 265, col 90 of module SCQ>
STATE_19 == 
/\ opsDone = <<3, 2>>
/\ tail = 6
/\ pos = <<-1, 5>>
/\ pc = <<"idle", "deq_thr_dec_empty">>
/\ idx = <<-1, -1>>
/\ held = <<{0}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  1 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 3] @@
  2 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] @@
  3 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 3] )
/\ chead = <<-1, 6>>
/\ ctail = <<-1, 5>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 3],
   [cycle |-> 0, unsafe |-> FALSE, index |-> 3] >>
/\ head = 6


\* <ScqDequeueEmpty(2) line 280, col 5 to line 283, col 46 of module SCQ>
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
