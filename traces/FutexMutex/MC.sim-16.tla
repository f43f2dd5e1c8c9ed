---------------- MODULE /work/wt/ipc/traces/FutexMutex/MC.sim.tmp/trace_0_15 -----------------
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


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_4 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "idle", "idle">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_5 == 
/\ opsDone = <<0, 0, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "cs", "idle">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_6 == 
/\ opsDone = <<0, 1, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "idle", "idle">>


\* <MutexMark(1) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_7 == 
/\ opsDone = <<0, 1, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"take", "idle", "idle">>


\* <MutexCasFast(3) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_8 == 
/\ opsDone = <<0, 1, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"take", "idle", "cs">>


\* <MutexTake(1) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_9 == 
/\ opsDone = <<0, 1, 1>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 3
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 0, w |-> FALSE]>>
/\ pc = <<"mark", "idle", "cs">>


\* <MutexReleaseCas(3) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_10 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "idle", "done">>


\* <MutexCasFast(2) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_11 == 
/\ opsDone = <<0, 1, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 2
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 0, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "cs", "done">>


\* <MutexReleaseCas(2) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_12 == 
/\ opsDone = <<0, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 3, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"mark", "done", "done">>


\* <MutexMark(1) line 146, col 5 to line 158, col 38 of module FutexMutex>
STATE_13 == 
/\ opsDone = <<0, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"take", "done", "done">>


\* <MutexTake(1) line 135, col 5 to line 143, col 38 of module FutexMutex>
STATE_14 == 
/\ opsDone = <<0, 2, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "done", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_15 == 
/\ opsDone = <<0, 2, 2>>
/\ waiters = TRUE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_xchg", "done", "done">>


\* <MutexReleaseXchg(1) line 197, col 5 to line 204, col 25 of module FutexMutex>
STATE_16 == 
/\ opsDone = <<0, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"release_wake", "done", "done">>


\* <MutexReleaseWake(1) line 213, col 5 to line 218, col 38 of module FutexMutex>
STATE_17 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> TRUE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"idle", "done", "done">>


\* <MutexCasFast(1) line 115, col 5 to line 126, col 38 of module FutexMutex>
STATE_18 == 
/\ opsDone = <<1, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 1
/\ c = <<[o |-> 0, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"cs", "done", "done">>


\* <MutexReleaseCas(1) line 181, col 5 to line 194, col 25 of module FutexMutex>
STATE_19 == 
/\ opsDone = <<2, 2, 2>>
/\ waiters = FALSE
/\ sleepers = {}
/\ owner = 0
/\ c = <<[o |-> 1, w |-> FALSE], [o |-> 2, w |-> FALSE], [o |-> 3, w |-> FALSE]>>
/\ pc = <<"done", "done", "done">>


=================================================
