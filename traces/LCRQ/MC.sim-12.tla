---------------- MODULE /work/wt/lcrqspec/traces/LCRQ/MC.sim.tmp/trace_0_11 -----------------
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


\* <CrqDequeueFaa(1) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, -1>>
/\ pc = <<"deq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueLoad(1) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, -1>>
/\ pc = <<"deq_advance", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueAdvance(1) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, -1>>
/\ pc = <<"deq_read_tail", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueFaa(2) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, 1>>
/\ pc = <<"deq_read_tail", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueReadTail(1) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, 1>>
/\ pc = <<"fix_read_tail", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, 1>>
/\ pc = <<"fix_read_tail", "deq_advance">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 1, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueAdvance(2) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, 1>>
/\ pc = <<"fix_read_tail", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadTail(1) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<0, 1>>
/\ pc = <<"fix_read_head", "deq_read_tail">>
/\ ftail = << [closed |-> FALSE, position |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadHead(1) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<2, 1>>
/\ pc = <<"fix_cas", "deq_read_tail">>
/\ ftail = << [closed |-> FALSE, position |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueReadTail(2) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_11 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<2, 1>>
/\ pc = <<"fix_cas", "fix_read_tail">>
/\ ftail = << [closed |-> FALSE, position |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixCas(1) line 248, col 5 to line 255, col 45 of module LCRQ>
STATE_12 == 
/\ opsDone = <<1, 0>>
/\ tail = 2
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadTail(2) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_13 == 
/\ opsDone = <<1, 0>>
/\ tail = 2
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadHead(2) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_14 == 
/\ opsDone = <<1, 1>>
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


\* <CrqDequeueFaa(1) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_15 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<2, -1>>
/\ pc = <<"deq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqDequeueLoad(1) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_16 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<2, -1>>
/\ pc = <<"deq_advance", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqEnqueueFaa(2) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_17 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"deq_advance", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqEnqueueLoad(2) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_18 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"deq_advance", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqDequeueAdvance(1) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_19 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"deq_read_tail", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqDequeueReadTail(1) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_20 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"fix_read_tail", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqFixReadTail(1) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_21 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"fix_read_head", "enq_cas">>
/\ ftail = << [closed |-> FALSE, position |-> 3],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqEnqueueCas(2) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_22 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"fix_read_head", "enq_full_head">>
/\ ftail = << [closed |-> FALSE, position |-> 3],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqEnqueueFullHead(2) line 166, col 5 to line 168, col 78 of module LCRQ>
STATE_23 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<2, 2>>
/\ pc = <<"fix_read_head", "enq_faa">>
/\ ftail = << [closed |-> FALSE, position |-> 3],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> 2, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqFixReadHead(1) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_24 == 
/\ opsDone = <<2, 1>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "enq_faa">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 3


\* <CrqEnqueueFaa(2) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_25 == 
/\ opsDone = <<2, 1>>
/\ tail = 4
/\ pos = <<-1, 3>>
/\ pc = <<"idle", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 2>>
/\ head = 3


\* <CrqEnqueueLoad(2) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_26 == 
/\ opsDone = <<2, 1>>
/\ tail = 4
/\ pos = <<-1, 3>>
/\ pc = <<"idle", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 0] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 3, value |-> 0] >>
/\ attempt = <<0, 2>>
/\ head = 3


\* <CrqEnqueueCas(2) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_27 == 
/\ opsDone = <<2, 2>>
/\ tail = 4
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = ( 0 :> [unsafe |-> FALSE, index |-> 4, value |-> 0] @@
  1 :> [unsafe |-> FALSE, index |-> 3, value |-> 2] )
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


=================================================
