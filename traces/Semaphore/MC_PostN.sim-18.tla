---------------- MODULE /work/wt/monitors-ipc/traces/Semaphore/MC_PostN.sim.tmp/trace_0_17 -----------------
\* <InitState line 107, col 5 to line 114, col 45 of module Semaphore>
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


\* <SemWaitLoad(1) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_2 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "idle", "idle", "idle", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(2) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_3 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "idle", "idle", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitLoad(3) line 135, col 5 to line 138, col 85 of module Semaphore>
STATE_4 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 0
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "wait_register", "idle", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(3) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_5 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "wait_futex", "idle", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(4) line 200, col 5 to line 203, col 67 of module Semaphore>
STATE_6 == 
/\ posted = 0
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "wait_futex", "post_cas", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 0
/\ refused = 0
/\ sleepers = {}


\* <SemPostCas(4) line 206, col 5 to line 215, col 52 of module Semaphore>
STATE_7 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "wait_futex", "post_read_waiters", "idle">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemPostReadWaiters(4) line 218, col 5 to line 224, col 72 of module Semaphore>
STATE_8 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 1
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_register", "wait_futex", "post_wake", "idle">>
/\ wakeN = <<0, 0, 0, 1, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitRegister(2) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_9 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_futex", "wait_futex", "post_wake", "idle">>
/\ wakeN = <<0, 0, 0, 1, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemWaitFutex(2) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_10 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 0>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 0>>
/\ pc = <<"wait_register", "wait_deregister", "wait_futex", "post_wake", "idle">>
/\ wakeN = <<0, 0, 0, 1, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 0
/\ sleepers = {}


\* <SemPostLoad(5) line 200, col 5 to line 203, col 67 of module Semaphore>
STATE_11 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 1>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_register", "wait_deregister", "wait_futex", "post_wake", "done">>
/\ wakeN = <<0, 0, 0, 1, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitRegister(1) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_12 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 0, 1>>
/\ waiters = 3
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_futex", "wait_deregister", "wait_futex", "post_wake", "done">>
/\ wakeN = <<0, 0, 0, 1, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemPostWake(4) line 227, col 5 to line 233, col 62 of module Semaphore>
STATE_13 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 1>>
/\ waiters = 3
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_futex", "wait_deregister", "wait_futex", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitDeregister(2) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_14 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 1>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_futex", "wait_reload", "wait_futex", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitFutex(3) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_15 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 1>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_futex", "wait_reload", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitFutex(1) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_16 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 1>>
/\ waiters = 2
/\ c = <<0, 0, 0, 0, 2>>
/\ pc = <<"wait_deregister", "wait_reload", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitReload(2) line 183, col 5 to line 186, col 85 of module Semaphore>
STATE_17 == 
/\ posted = 2
/\ opsDone = <<0, 0, 0, 1, 1>>
/\ waiters = 2
/\ c = <<0, 2, 0, 0, 2>>
/\ pc = <<"wait_deregister", "wait_cas", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 0
/\ count = 2
/\ refused = 1
/\ sleepers = {}


\* <SemWaitCas(2) line 141, col 5 to line 150, col 62 of module Semaphore>
STATE_18 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 1>>
/\ waiters = 2
/\ c = <<0, 2, 0, 0, 2>>
/\ pc = <<"wait_deregister", "done", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 1
/\ sleepers = {}


\* <SemWaitDeregister(1) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_19 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 1>>
/\ waiters = 1
/\ c = <<0, 2, 0, 0, 2>>
/\ pc = <<"wait_reload", "done", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 1
/\ sleepers = {}


\* <SemWaitReload(1) line 183, col 5 to line 186, col 85 of module Semaphore>
STATE_20 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 1>>
/\ waiters = 1
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"wait_cas", "done", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 1
/\ sleepers = {}


\* <SemWaitDeregister(3) line 176, col 5 to line 180, col 79 of module Semaphore>
STATE_21 == 
/\ posted = 2
/\ opsDone = <<0, 1, 0, 1, 1>>
/\ waiters = 0
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"wait_cas", "done", "wait_reload", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 1
/\ count = 1
/\ refused = 1
/\ sleepers = {}


\* <SemWaitCas(1) line 141, col 5 to line 150, col 62 of module Semaphore>
STATE_22 == 
/\ posted = 2
/\ opsDone = <<1, 1, 0, 1, 1>>
/\ waiters = 0
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"done", "done", "wait_reload", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 1
/\ sleepers = {}


\* <SemWaitReload(3) line 183, col 5 to line 186, col 85 of module Semaphore>
STATE_23 == 
/\ posted = 2
/\ opsDone = <<1, 1, 0, 1, 1>>
/\ waiters = 0
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"done", "done", "wait_register", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 1
/\ sleepers = {}


\* <SemWaitRegister(3) line 153, col 5 to line 161, col 76 of module Semaphore>
STATE_24 == 
/\ posted = 2
/\ opsDone = <<1, 1, 0, 1, 1>>
/\ waiters = 1
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"done", "done", "wait_futex", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 1
/\ sleepers = {}


\* <SemWaitFutex(3) line 170, col 5 to line 173, col 78 of module Semaphore>
STATE_25 == 
/\ posted = 2
/\ opsDone = <<1, 1, 0, 1, 1>>
/\ waiters = 1
/\ c = <<1, 2, 0, 0, 2>>
/\ pc = <<"done", "done", "wait_deregister", "done", "done">>
/\ wakeN = <<0, 0, 0, 0, 0>>
/\ taken = 2
/\ count = 0
/\ refused = 1
/\ sleepers = {3}


=================================================
