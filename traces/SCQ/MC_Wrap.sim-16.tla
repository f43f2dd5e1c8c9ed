---------------- MODULE /work/wt/scqspec/traces/SCQ/MC_Wrap.sim.tmp/trace_0_15 -----------------
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_2 == 
/\ opsDone = <<1, 0>>
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_3 == 
/\ opsDone = <<2, 0>>
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


\* <ScqDequeueCheckThreshold(1) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_4 == 
/\ opsDone = <<3, 0>>
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_5 == 
/\ opsDone = <<3, 1>>
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_6 == 
/\ opsDone = <<3, 2>>
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
STATE_7 == 
/\ opsDone = <<3, 2>>
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
STATE_8 == 
/\ opsDone = <<3, 2>>
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_9 == 
/\ opsDone = <<3, 3>>
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
STATE_10 == 
/\ opsDone = <<3, 3>>
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
STATE_11 == 
/\ opsDone = <<3, 3>>
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
STATE_12 == 
/\ opsDone = <<4, 3>>
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
STATE_13 == 
/\ opsDone = <<4, 3>>
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


\* <ScqDequeueFaa(2) line 209, col 5 to line 213, col 85 of module SCQ>
STATE_14 == 
/\ opsDone = <<4, 3>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "deq_load">>
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
STATE_15 == 
/\ opsDone = <<4, 3>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "deq_consume">>
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


\* <ScqDequeueConsume(2) line 227, col 5 to line 233, col 42 of module SCQ>
STATE_16 == 
/\ opsDone = <<4, 4>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ idx = <<-1, -1>>
/\ held = <<{}, {0}>>
/\ threshold = 2
/\ entries = ( 0 :> [cycle |-> 1, unsafe |-> FALSE, index |-> 1] @@
  1 :> [cycle |-> 0, unsafe |-> FALSE, index |-> 1] )
/\ chead = <<-1, -1>>
/\ ctail = <<-1, -1>>
/\ seen = << [cycle |-> -1, unsafe |-> FALSE, index |-> 1],
   [cycle |-> -1, unsafe |-> FALSE, index |-> 1] >>
/\ head = 3


=================================================
