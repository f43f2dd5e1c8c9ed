---------------- MODULE /work/wt/scqspec/traces/SCQ/MC_Wrap.sim.tmp/trace_0_9 -----------------
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_7 == 
/\ opsDone = <<3, 3>>
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
STATE_8 == 
/\ opsDone = <<4, 3>>
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
STATE_9 == 
/\ opsDone = <<4, 4>>
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


=================================================
