---------------- MODULE /work/wt/scqspec/traces/SCQ/MC.sim.tmp/trace_0_12 -----------------
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


\* <ScqDequeueCheckThreshold(2) line 201, col 5 to line 206, col 37 of module SCQ>
STATE_3 == 
/\ opsDone = <<0, 2>>
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
/\ opsDone = <<1, 2>>
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
/\ opsDone = <<1, 3>>
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
STATE_6 == 
/\ opsDone = <<2, 3>>
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
STATE_7 == 
/\ opsDone = <<3, 3>>
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


=================================================
