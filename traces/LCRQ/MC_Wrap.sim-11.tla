---------------- MODULE /work/wt/lcrqspec/traces/LCRQ/MC_Wrap.sim.tmp/trace_0_10 -----------------
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


\* <CrqDequeueFaa(2) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "deq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueLoad(2) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = 0
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "deq_advance">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqEnqueueFaa(1) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, 0>>
/\ pc = <<"enq_load", "deq_advance">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 0, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqDequeueAdvance(2) line 218, col 5 to line 225, col 86 of module LCRQ>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, 0>>
/\ pc = <<"enq_load", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqEnqueueLoad(1) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, 0>>
/\ pc = <<"enq_full_head", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqEnqueueFullHead(1) line 166, col 5 to line 168, col 78 of module LCRQ>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, 0>>
/\ pc = <<"enq_faa", "deq_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqDequeueReadTail(2) line 228, col 5 to line 230, col 78 of module LCRQ>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ pos = <<0, 0>>
/\ pc = <<"enq_faa", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<1, 0>>
/\ head = 1


\* <CrqEnqueueFaa(1) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_load", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<2, 0>>
/\ head = 1


\* <CrqEnqueueLoad(1) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_cas", "fix_read_tail">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<2, 0>>
/\ head = 1


\* <CrqFixReadTail(2) line 233, col 5 to line 236, col 71 of module LCRQ>
STATE_11 == 
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"enq_cas", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<2, 0>>
/\ head = 1


\* <CrqEnqueueCas(1) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_12 == 
/\ opsDone = <<1, 0>>
/\ tail = 2
/\ pos = <<-1, 0>>
/\ pc = <<"idle", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 1


\* <CrqDequeueFaa(1) line 181, col 5 to line 185, col 84 of module LCRQ>
STATE_13 == 
/\ opsDone = <<1, 0>>
/\ tail = 2
/\ pos = <<1, 0>>
/\ pc = <<"deq_load", "fix_read_head">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [closed |-> FALSE, position |-> 2] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 0, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqFixReadHead(2) line 239, col 5 to line 245, col 42 of module LCRQ>
STATE_14 == 
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ pos = <<1, -1>>
/\ pc = <<"deq_load", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


\* <CrqEnqueueFaa(2) line 130, col 5 to line 138, col 53 of module LCRQ>
STATE_15 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<1, 2>>
/\ pc = <<"deq_load", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 2


\* <CrqDequeueLoad(1) line 188, col 5 to line 195, col 72 of module LCRQ>
STATE_16 == 
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ pos = <<1, 2>>
/\ pc = <<"deq_take", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 1, value |-> 1])
/\ seen = << [unsafe |-> FALSE, index |-> 1, value |-> 1],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 2


\* <CrqDequeueTake(1) line 198, col 5 to line 205, col 50 of module LCRQ>
STATE_17 == 
/\ opsDone = <<2, 1>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "enq_load">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 2


\* <CrqEnqueueLoad(2) line 143, col 5 to line 148, col 72 of module LCRQ>
STATE_18 == 
/\ opsDone = <<2, 1>>
/\ tail = 3
/\ pos = <<-1, 2>>
/\ pc = <<"idle", "enq_cas">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 0])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> 2, value |-> 0] >>
/\ attempt = <<0, 1>>
/\ head = 2


\* <CrqEnqueueCas(2) line 156, col 5 to line 163, col 50 of module LCRQ>
STATE_19 == 
/\ opsDone = <<2, 2>>
/\ tail = 3
/\ pos = <<-1, -1>>
/\ pc = <<"idle", "idle">>
/\ ftail = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ wasClosed = FALSE
/\ closed = FALSE
/\ entries = (0 :> [unsafe |-> FALSE, index |-> 2, value |-> 2])
/\ seen = << [unsafe |-> FALSE, index |-> -1, value |-> 0],
   [unsafe |-> FALSE, index |-> -1, value |-> 0] >>
/\ attempt = <<0, 0>>
/\ head = 2


=================================================
