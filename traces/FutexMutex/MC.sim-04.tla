---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_3 -----------------
\* <Init line 94, col 5 to line 99, col 38 of module FutexMutex>
STATE_1 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_2 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "idle", "cs">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"mark", "idle", "cs">>


\* <MutexMark(1) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"futex_wait", "idle", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"futex_wait", "idle", "release_xchg">>


\* <MutexFutexWait(1) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {1}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"retry", "idle", "release_xchg">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = TRUE
/\ sleepers = {1}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"retry", "futex_wait", "release_xchg">>


\* <MutexReleaseXchg(3) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {1}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"retry", "futex_wait", "release_wake">>


\* <MutexReleaseWake(3) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"retry", "futex_wait", "idle">>


\* <MutexRetry(1) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"take", "futex_wait", "idle">>


\* <MutexTake(1) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"cs", "futex_wait", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"cs", "futex_wait", "futex_wait">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "futex_wait", "futex_wait">>


\* <MutexFutexWait(3) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {3}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "futex_wait", "retry">>


\* <MutexFutexWait(2) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {3}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <SpuriousWake(3) line 228, col 5 to line 232, col 51 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 3, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexRetry(2) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "futex_wait", "retry">>


\* <MutexRetry(3) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_18 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_xchg", "futex_wait", "futex_wait">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_19 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"release_wake", "futex_wait", "futex_wait">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_20 == 
/\ opsDone = <<1, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"idle", "futex_wait", "futex_wait">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_21 == 
/\ opsDone = <<1, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"cs", "futex_wait", "futex_wait">>


\* <MutexFutexWait(3) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_22 == 
/\ opsDone = <<1, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"cs", "futex_wait", "retry">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_23 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> TRUE], [o |-> 1, w |-> TRUE]>>
/\ pc = <<"done", "futex_wait", "retry">>


\* <MutexRetry(3) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_24 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "futex_wait", "take">>


\* <MutexFutexWait(2) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_25 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "retry", "take">>


\* <MutexRetry(2) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_26 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "take", "take">>


\* <MutexTake(2) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_27 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "cs", "take">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_28 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "release_xchg", "take">>


\* <MutexReleaseXchg(2) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_29 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "release_wake", "take">>


\* <MutexTake(3) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_30 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "release_wake", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_31 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "release_wake", "release_xchg">>


\* <MutexReleaseXchg(3) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_32 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "release_wake", "release_wake">>


\* <MutexReleaseWake(2) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_33 == 
/\ opsDone = <<2, 1, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "idle", "release_wake">>


\* <MutexReleaseWake(3) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_34 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "idle", "done">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_35 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_36 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "done", "done">>


=================================================
