---------------- MODULE /work/wt/monitors-ipc/traces/Semaphore/MC.sim.tmp/trace_0_5 -----------------
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


\* <SemWaitLoad(2) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_4 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(1) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_5 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_futex", "wait_register", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitFutex(1) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_6 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_deregister", "wait_register", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {1}


\* <SemPostCas(3) line 206, col 5 to line 215, col 52 of module Semaphore>
STATE_7 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_deregister", "wait_register", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {1}


\* <SemPostReadWaiters(3) line 218, col 5 to line 224, col 72 of module Semaphore>
STATE_8 == 
/\ posted = 1
/\ opsDone = <<0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_deregister", "wait_register", "post_wake">>
/\ wakeN = <<0, 0, 1>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {1}


\* <SemPostWake(3) line 227, col 5 to line 233, col 62 of module Semaphore>
STATE_9 == 
/\ posted = 1
/\ opsDone = <<0, 0, 1>>
/\ waiters = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"wait_deregister", "wait_register", "idle">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(3) line 200, col 5 to line 203, col 67 of module Semaphore>
STATE_10 == 
/\ posted = 1
/\ opsDone = <<0, 0, 1>>
/\ waiters = 1
/\ c = <<0, 0, 1>>
/\ pc = <<"wait_deregister", "wait_register", "post_cas">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(3) line 206, col 5 to line 215, col 52 of module Semaphore>
STATE_11 == 
/\ posted = 2
/\ opsDone = <<0, 0, 1>>
/\ waiters = 1
/\ c = <<0, 0, 1>>
/\ pc = <<"wait_deregister", "wait_register", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitDeregister(1) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_12 == 
/\ posted = 2
/\ opsDone = <<0, 0, 1>>
/\ waiters = 0
/\ c = <<0, 0, 1>>
/\ pc = <<"wait_reload", "wait_register", "post_read_waiters">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(3) line 218, col 5 to line 224, col 72 of module Semaphore>
STATE_13 == 
/\ posted = 2
/\ opsDone = <<0, 0, 2>>
/\ waiters = 0
/\ c = <<0, 0, 1>>
/\ pc = <<"wait_reload", "wait_register", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitReload(1) line 183, col 5 to line 186, col 85 of module Semaphore>
STATE_14 == 
/\ posted = 2
/\ opsDone = <<0, 0, 2>>
/\ waiters = 0
/\ c = <<2, 0, 1>>
/\ pc = <<"wait_cas", "wait_register", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(2) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_15 == 
/\ posted = 2
/\ opsDone = <<0, 0, 2>>
/\ waiters = 1
/\ c = <<2, 0, 1>>
/\ pc = <<"wait_cas", "wait_futex", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(1) line 141, col 5 to line 150, col 62 of module Semaphore>
STATE_16 == 
/\ posted = 2
/\ opsDone = <<1, 0, 2>>
/\ waiters = 1
/\ c = <<2, 0, 1>>
/\ pc = <<"done", "wait_futex", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitFutex(2) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_17 == 
/\ posted = 2
/\ opsDone = <<1, 0, 2>>
/\ waiters = 1
/\ c = <<2, 0, 1>>
/\ pc = <<"done", "wait_deregister", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitDeregister(2) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_18 == 
/\ posted = 2
/\ opsDone = <<1, 0, 2>>
/\ waiters = 0
/\ c = <<2, 0, 1>>
/\ pc = <<"done", "wait_reload", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitReload(2) line 183, col 5 to line 186, col 85 of module Semaphore>
STATE_19 == 
/\ posted = 2
/\ opsDone = <<1, 0, 2>>
/\ waiters = 0
/\ c = <<2, 1, 1>>
/\ pc = <<"done", "wait_cas", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 0
/\ sleepers = {}


\* <SemWaitCas(2) line 141, col 5 to line 150, col 62 of module Semaphore>
STATE_20 == 
/\ posted = 2
/\ opsDone = <<1, 1, 2>>
/\ waiters = 0
/\ c = <<2, 1, 1>>
/\ pc = <<"done", "done", "done">>
/\ wakeN = <<0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 0
/\ sleepers = {}


=================================================
