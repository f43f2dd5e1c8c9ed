---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_13 -----------------
\* <Init line 94, col 5 to line 99, col 38 of module FutexMutex>
STATE_1 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_2 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"cs", "idle", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> FALSE]>>
/\ pc = <<"cs", "idle", "mark">>


\* <MutexMark(3) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"cs", "idle", "futex_wait">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "idle", "futex_wait">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_wake", "idle", "futex_wait">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"idle", "idle", "futex_wait">>


\* <MutexFutexWait(3) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"idle", "idle", "retry">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"idle", "cs", "retry">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<1, 1, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"idle", "idle", "retry">>


\* <MutexRetry(3) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<1, 1, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "idle", "take">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<1, 1, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "cs", "take">>


\* <MutexTake(3) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<1, 1, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE]>>
/\ pc = <<"idle", "cs", "mark">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 2, w |-> FALSE]>>
/\ pc = <<"idle", "done", "mark">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 2, w |-> FALSE]>>
/\ pc = <<"cs", "done", "mark">>


\* <MutexMark(3) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> FALSE]>>
/\ pc = <<"cs", "done", "mark">>


\* <MutexMark(3) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"cs", "done", "futex_wait">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_18 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "done", "futex_wait">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_19 == 
/\ opsDone = <<1, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_wake", "done", "futex_wait">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_20 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"done", "done", "futex_wait">>


\* <MutexFutexWait(3) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_21 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"done", "done", "retry">>


\* <MutexRetry(3) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_22 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "done", "take">>


\* <MutexTake(3) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_23 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "done", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_24 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "done", "release_xchg">>


\* <MutexReleaseXchg(3) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_25 == 
/\ opsDone = <<2, 2, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "done", "release_wake">>


\* <MutexReleaseWake(3) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_26 == 
/\ opsDone = <<2, 2, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "done", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_27 == 
/\ opsDone = <<2, 2, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "done", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_28 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "done", "done">>


=================================================
