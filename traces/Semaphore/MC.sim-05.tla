---------------- MODULE /work/main/traces/Semaphore/MC.sim.tmp/trace_0_4 -----------------
\* <InitState line 90, col 5 to line 97, col 45 of module Semaphore>
STATE_1 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "idle">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(3) line 171, col 5 to line 174, col 67 of module Semaphore>
STATE_2 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(3) line 177, col 5 to line 186, col 52 of module Semaphore>
STATE_3 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(2) line 117, col 5 to line 120, col 85 of module Semaphore>
STATE_4 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"idle", "wait_cas", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(2) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_5 == 
/\ posted = 1
/\ opsDone = <<0, 1, 0>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"idle", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(1) line 117, col 5 to line 120, col 85 of module Semaphore>
STATE_6 == 
/\ posted = 1
/\ opsDone = <<0, 1, 0>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_register", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(1) line 135, col 5 to line 138, col 79 of module Semaphore>
STATE_7 == 
/\ posted = 1
/\ opsDone = <<0, 1, 0>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(3) line 189, col 5 to line 194, col 72 of module Semaphore>
STATE_8 == 
/\ posted = 1
/\ opsDone = <<0, 1, 0>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "post_wake">>
/\ wakeN = <<0, 0, 1>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitFutex(1) line 141, col 5 to line 144, col 78 of module Semaphore>
STATE_9 == 
/\ posted = 1
/\ opsDone = <<0, 1, 0>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_deregister", "done", "post_wake">>
/\ wakeN = <<0, 0, 1>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {1}


\* <SemPostWake(3) line 197, col 5 to line 203, col 62 of module Semaphore>
STATE_10 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_deregister", "done", "idle">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(3) line 171, col 5 to line 174, col 67 of module Semaphore>
STATE_11 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_deregister", "done", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitDeregister(1) line 147, col 5 to line 151, col 79 of module Semaphore>
STATE_12 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_reload", "done", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(3) line 177, col 5 to line 186, col 52 of module Semaphore>
STATE_13 == 
/\ posted = 2
/\ opsDone = <<0, 1, 1>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_reload", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitReload(1) line 154, col 5 to line 157, col 85 of module Semaphore>
STATE_14 == 
/\ posted = 2
/\ opsDone = <<0, 1, 1>>
/\ waiters = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"wait_cas", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(3) line 189, col 5 to line 194, col 72 of module Semaphore>
STATE_15 == 
/\ posted = 2
/\ opsDone = <<0, 1, 2>>
/\ waiters = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"wait_cas", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(1) line 123, col 5 to line 132, col 62 of module Semaphore>
STATE_16 == 
/\ posted = 2
/\ opsDone = <<1, 1, 2>>
/\ waiters = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"done", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 0
/\ sleepers = {}


=================================================
