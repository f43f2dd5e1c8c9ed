---------------- MODULE /work/wt/monitors-ipc/traces/Semaphore/MC.sim.tmp/trace_0_10 -----------------
\* <InitState line 107, col 5 to line 114, col 45 of module Semaphore>
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


\* <SemPostLoad(3) line 200, col 5 to line 203, col 67 of module Semaphore>
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


\* <SemWaitLoad(1) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_3 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_register", "idle", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(3) line 206, col 5 to line 215, col 52 of module Semaphore>
STATE_4 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_register", "idle", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(2) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_5 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_register", "wait_cas", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(3) line 218, col 5 to line 224, col 72 of module Semaphore>
STATE_6 == 
/\ posted = 1
/\ opsDone = <<0, 0, 1>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_register", "wait_cas", "idle">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(2) line 141, col 5 to line 150, col 62 of module Semaphore>
STATE_7 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_register", "done", "idle">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(3) line 200, col 5 to line 203, col 67 of module Semaphore>
STATE_8 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_register", "done", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(1) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_9 == 
/\ posted = 1
/\ opsDone = <<0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(3) line 206, col 5 to line 215, col 52 of module Semaphore>
STATE_10 == 
/\ posted = 2
/\ opsDone = <<0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(3) line 218, col 5 to line 224, col 72 of module Semaphore>
STATE_11 == 
/\ posted = 2
/\ opsDone = <<0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "post_wake">>
/\ wakeN = <<0, 0, 1>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostWake(3) line 227, col 5 to line 233, col 62 of module Semaphore>
STATE_12 == 
/\ posted = 2
/\ opsDone = <<0, 1, 2>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_futex", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitFutex(1) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_13 == 
/\ posted = 2
/\ opsDone = <<0, 1, 2>>
/\ waiters = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitDeregister(1) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_14 == 
/\ posted = 2
/\ opsDone = <<0, 1, 2>>
/\ waiters = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"wait_reload", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitReload(1) line 183, col 5 to line 186, col 85 of module Semaphore>
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


\* <SemWaitCas(1) line 141, col 5 to line 150, col 62 of module Semaphore>
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
