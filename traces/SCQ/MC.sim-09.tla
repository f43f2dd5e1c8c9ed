---------------- MODULE /work/wt/scqspec/traces/SCQ/MC.sim.tmp/trace_0_8 -----------------
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_3 == 
/\ opsDone = <<1, 1>>
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
STATE_4 == 
/\ opsDone = <<2, 1>>
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
STATE_5 == 
/\ opsDone = <<2, 2>>
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
STATE_6 == 
/\ opsDone = <<2, 2>>
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
STATE_7 == 
/\ opsDone = <<2, 2>>
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_8 == 
/\ opsDone = <<3, 2>>
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
STATE_9 == 
/\ opsDone = <<3, 2>>
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
STATE_10 == 
/\ opsDone = <<3, 2>>
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
STATE_11 == 
/\ opsDone = <<3, 3>>
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


=================================================
