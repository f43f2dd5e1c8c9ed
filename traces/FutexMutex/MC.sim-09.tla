---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_8 -----------------
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


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "mark", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"idle", "mark", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"idle", "mark", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"idle", "mark", "done">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<0, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "mark", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<1, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"idle", "mark", "done">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<1, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "mark", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 3, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "mark", "done">>


\* <MutexMark(2) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "take", "done">>


\* <MutexTake(2) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "release_xchg", "done">>


\* <MutexReleaseXchg(2) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<2, 0, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "release_wake", "done">>


\* <MutexReleaseWake(2) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> TRUE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "idle", "done">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<2, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "done", "done">>


=================================================
