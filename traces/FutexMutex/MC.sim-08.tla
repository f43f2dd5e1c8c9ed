---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_7 -----------------
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


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"mark", "mark", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "mark", "idle">>


\* <MutexMark(2) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "take", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"mark", "take", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "take", "done">>


\* <MutexTake(2) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "cs", "done">>


\* <MutexMark(1) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 2, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"futex_wait", "cs", "done">>


\* <MutexFutexWait(1) line 161, col 5 to line 164, col 47 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {1}
/\ owner = 2
/\ c = <<[o |-> 2, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"retry", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {1}
/\ owner = 2
/\ c = <<[o |-> 2, w |-> TRUE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"retry", "release_xchg", "done">>


\* <MutexReleaseXchg(2) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {1}
/\ owner = 0
/\ c = <<[o |-> 2, w |-> TRUE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"retry", "release_wake", "done">>


\* <MutexReleaseWake(2) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 2, w |-> TRUE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"retry", "idle", "done">>


\* <MutexRetry(1) line 167, col 5 to line 171, col 54 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"take", "idle", "done">>


\* <MutexTake(1) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "idle", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_xchg", "idle", "done">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_18 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_wake", "idle", "done">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_19 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_wake", "cs", "done">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_20 == 
/\ opsDone = <<1, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"idle", "cs", "done">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_21 == 
/\ opsDone = <<1, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_22 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 2, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "done", "done">>


\* <MutexMark(1) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_23 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"take", "done", "done">>


\* <MutexTake(1) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_24 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "done", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_25 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_xchg", "done", "done">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_26 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_wake", "done", "done">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_27 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "done", "done">>


=================================================
