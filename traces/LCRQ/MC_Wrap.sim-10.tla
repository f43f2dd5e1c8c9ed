---------------- MODULE /work/wt/lcrqspec/traces/LCRQ/MC_Wrap.sim.tmp/trace_0_9 -----------------
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
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 0


\* <CrqEnqueueFaa(1) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, -1>>
/\ pc = <<"enq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 0


\* <CrqEnqueueLoad(1) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, -1>>
/\ pc = <<"enq_cas", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 0


\* <CrqEnqueueCas(1) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_4 == 
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 0


\* <CrqDequeueFaa(1) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_5 == 
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ pos = <<0, -1>>
/\ pc = <<"deq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueLoad(1) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_6 == 
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ pos = <<0, -1>>
/\ pc = <<"deq_take", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 1],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueFaa(2) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_7 == 
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ pos = <<0, 1>>
/\ pc = <<"deq_take", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 1],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_8 == 
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ pos = <<0, 1>>
/\ pc = <<"deq_take", "deq_mark">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> 0, value |-> 1],
   [unsafe |-> FALSE, index |-> 0, value |-> 1] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueTake(1) line 198, col 5 to line 205, col 50 of module LCRQ>
STATE_9 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "deq_mark">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 1] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueMark(2) line 208, col 5 to line 215, col 86 of module LCRQ>
STATE_10 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 1] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_11 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "deq_advance">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueAdvance(2) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_12 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueReadTail(2) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_13 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadTail(2) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_14 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 1>>
/\ pc = <<"idle", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 1] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadHead(2) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_15 == 
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "fix_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 1] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixCas(2) line 248, col 5 to line 255, col 45 of module LCRQ>
STATE_16 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqDequeueFaa(2) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_17 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_18 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "deq_advance">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqDequeueAdvance(2) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_19 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 3, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqDequeueReadTail(2) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_20 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 3, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqFixReadTail(2) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_21 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 3, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqFixReadHead(2) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_22 == 
/\ opsDone = <<2, 1>>
/\ tail = 2
/\ pos = <<-1, 3>>
/\ pc = <<"idle", "fix_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 3, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


\* <CrqFixCas(2) line 248, col 5 to line 255, col 45 of module LCRQ>
STATE_23 == 
/\ opsDone = <<2, 2>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 3, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 3


=================================================
