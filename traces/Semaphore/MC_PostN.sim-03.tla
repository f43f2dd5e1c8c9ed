---------------- MODULE /work/main/traces/Semaphore/MC_PostN.sim.tmp/trace_0_2 -----------------
\* <InitState line 90, col 5 to line 97, col 45 of module Semaphore>
STATE_1 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"idle", "idle", "idle", "idle", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(4) line 171, col 5 to line 174, col 67 of module Semaphore>
STATE_2 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"idle", "idle", "idle", "post_cas", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(5) line 171, col 5 to line 174, col 67 of module Semaphore>
STATE_3 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"idle", "idle", "idle", "post_cas", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(4) line 177, col 5 to line 186, col 52 of module Semaphore>
STATE_4 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"idle", "idle", "idle", "post_read_waiters", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(3) line 117, col 5 to line 120, col 85 of module Semaphore>
STATE_5 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 2, 0, 0>>
/\ pc = <<"idle", "idle", "wait_cas", "post_read_waiters", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(2) line 117, col 5 to line 120, col 85 of module Semaphore>
STATE_6 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 2, 2, 0, 0>>
/\ pc = <<"idle", "wait_cas", "wait_cas", "post_read_waiters", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(4) line 189, col 5 to line 194, col 72 of module Semaphore>
STATE_7 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 0>>
/\ waiters = 0
/\ c = <<0, 2, 2, 0, 0>>
/\ pc = <<"idle", "wait_cas", "wait_cas", "done", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(1) line 117, col 5 to line 120, col 85 of module Semaphore>
STATE_8 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 0>>
/\ waiters = 0
/\ c = <<2, 2, 2, 0, 0>>
/\ pc = <<"wait_cas", "wait_cas", "wait_cas", "done", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(2) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_9 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 0>>
/\ waiters = 0
/\ c = <<2, 2, 2, 0, 0>>
/\ pc = <<"wait_cas", "done", "wait_cas", "done", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(3) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_10 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 0>>
/\ waiters = 0
/\ c = <<2, 2, 1, 0, 0>>
/\ pc = <<"wait_cas", "done", "wait_cas", "done", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(3) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_11 == 
/\ posted = 2
/\ opsDone = <<0, 1, 1, 1, 0>>
/\ waiters = 0
/\ c = <<2, 2, 1, 0, 0>>
/\ pc = <<"wait_cas", "done", "done", "done", "post_cas">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(5) line 177, col 5 to line 186, col 52 of module Semaphore>
STATE_12 == 
/\ posted = 4
/\ opsDone = <<0, 1, 1, 1, 0>>
/\ waiters = 0
/\ c = <<2, 2, 1, 0, 0>>
/\ pc = <<"wait_cas", "done", "done", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(5) line 189, col 5 to line 194, col 72 of module Semaphore>
STATE_13 == 
/\ posted = 4
/\ opsDone = <<0, 1, 1, 1, 1>>
/\ waiters = 0
/\ c = <<2, 2, 1, 0, 0>>
/\ pc = <<"wait_cas", "done", "done", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(1) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_14 == 
/\ posted = 4
/\ opsDone = <<1, 1, 1, 1, 1>>
/\ waiters = 0
/\ c = <<2, 2, 1, 0, 0>>
/\ pc = <<"done", "done", "done", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 3
/\ count = 1
/\ refused = 0
/\ sleepers = {}


=================================================
