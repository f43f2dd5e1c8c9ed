---------------- MODULE /work/wt/lcrqspec/traces/LCRQ/MC.sim.tmp/trace_0_15 -----------------
\* <Init line 97, col 5 to line 107, col 24 of module LCRQ>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 0


\* <CrqEnqueueFaa(2) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 0


\* <CrqEnqueueLoad(2) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 0


\* <CrqEnqueueFaa(1) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_load", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 1>>
/\ head = 0


\* <CrqEnqueueCas(2) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_5 == 
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ pos = <<1, -1>>
/\ pc = <<"enq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 0


\* <CrqDequeueFaa(2) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_6 == 
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_load", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqEnqueueLoad(1) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_7 == 
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_cas", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_8 == 
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_cas", "deq_take">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 2] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqEnqueueCas(1) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_9 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "deq_take">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 1] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 2] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueFaa(1) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_10 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"deq_load", "deq_take">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 1] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 2] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueLoad(1) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_11 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"deq_take", "deq_take">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 1] )
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 1],
   [unsafe |-> FALSE, index |-> 0, value |-> 2] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueTake(1) line 198, col 5 to line 205, col 50 of module LCRQ>
STATE_12 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "deq_take">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 2] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 2] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueTake(2) line 198, col 5 to line 205, col 50 of module LCRQ>
STATE_13 == 
/\ opsDone = <<2, 2>>
/\ tail = 2
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


=================================================
