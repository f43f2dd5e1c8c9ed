---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_12 -----------------
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


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_3 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"cs", "idle", "idle">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<1, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"cs", "mark", "idle">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<2, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "mark", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<2, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "mark", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "mark", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "mark", "cs">>


\* <MutexMark(2) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "mark", "cs">>


\* <MutexMark(2) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"done", "futex_wait", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "futex_wait", "release_xchg">>


\* <MutexReleaseXchg(3) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "futex_wait", "release_wake">>


\* <MutexFutexWait(2) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<2, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "retry", "release_wake">>


\* <MutexReleaseWake(3) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "retry", "done">>


\* <MutexRetry(2) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "take", "done">>


\* <MutexTake(2) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_18 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "release_xchg", "done">>


\* <MutexReleaseXchg(2) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_19 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "release_wake", "done">>


\* <MutexReleaseWake(2) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_20 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "idle", "done">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_21 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_22 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> TRUE]>>
/\ pc = <<"done", "done", "done">>


=================================================
