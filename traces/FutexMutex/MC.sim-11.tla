---------------- MODULE /work/wt/monitors-ipc/traces/FutexMutex/MC.sim.tmp/trace_0_10 -----------------
\* <Init line 87, col 5 to line 92, col 38 of module FutexMutex>
STATE_1 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(1) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_2 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"owner_store", "idle", "idle">>


\* <MutexCasFast(2) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_3 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"owner_store", "xchg_mark", "idle">>


\* <MutexXchgMark(2) line 126, col 5 to line 130, col 45 of module FutexMutex>
STATE_4 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"owner_store", "futex_wait", "idle">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_5 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"owner_store", "retry", "idle">>


\* <MutexCasFast(3) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_6 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "retry", "futex_wait">>


\* <MutexOwnerStore(1) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_7 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "futex_wait">>


\* <MutexFutexWait(3) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_8 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_9 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {3}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_10 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {3}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "retry">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_11 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <MutexOwnerClear(1) line 160, col 5 to line 164, col 48 of module FutexMutex>
STATE_12 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_13 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <SpuriousWake(3) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_14 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexRetry(3) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_15 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "futex_wait">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_16 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "futex_wait", "futex_wait">>


\* <MutexFutexWait(3) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_17 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "futex_wait", "retry">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_18 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexReleaseXchg(1) line 178, col 5 to line 189, col 36 of module FutexMutex>
STATE_19 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "retry", "retry">>


\* <MutexReleaseWake(1) line 204, col 5 to line 209, col 36 of module FutexMutex>
STATE_20 == 
/\ state = 0
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"idle", "retry", "retry">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_21 == 
/\ state = 0
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"idle", "retry", "retry">>


\* <MutexCasFast(1) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_22 == 
/\ state = 1
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "retry", "retry">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_23 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "futex_wait", "retry">>


\* <MutexRetry(3) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_24 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "futex_wait", "futex_wait">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_25 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "retry", "futex_wait">>


\* <MutexFutexWait(3) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_26 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "retry", "retry">>


\* <SpuriousWake(3) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_27 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<0, 1, 2>>
/\ pc = <<"owner_store", "retry", "retry">>


\* <MutexOwnerStore(1) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_28 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_29 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <MutexRetry(3) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_30 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "futex_wait">>


\* <MutexFutexWait(3) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_31 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {3}
/\ owner = 1
/\ c = <<0, 1, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_32 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {3}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "retry">>


\* <SpuriousWake(3) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_33 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "retry">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_34 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {2}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_35 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "retry">>


\* <MutexOwnerClear(1) line 160, col 5 to line 164, col 48 of module FutexMutex>
STATE_36 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexReleaseXchg(1) line 178, col 5 to line 189, col 36 of module FutexMutex>
STATE_37 == 
/\ state = 0
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "retry", "retry">>


\* <MutexReleaseWake(1) line 204, col 5 to line 209, col 36 of module FutexMutex>
STATE_38 == 
/\ state = 0
/\ opsDone = <<2, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"done", "retry", "retry">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_39 == 
/\ state = 2
/\ opsDone = <<2, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 0, 2>>
/\ pc = <<"done", "owner_store", "retry">>


\* <MutexRetry(3) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_40 == 
/\ state = 2
/\ opsDone = <<2, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 0, 2>>
/\ pc = <<"done", "owner_store", "futex_wait">>


\* <MutexOwnerStore(2) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_41 == 
/\ state = 2
/\ opsDone = <<2, 0, 0>>
/\ sleepers = {}
/\ owner = 2
/\ c = <<2, 0, 2>>
/\ pc = <<"done", "cs", "futex_wait">>


=================================================
