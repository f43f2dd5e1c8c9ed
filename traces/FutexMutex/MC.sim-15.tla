---------------- MODULE /work/wt/monitors-ipc/traces/FutexMutex/MC.sim.tmp/trace_0_14 -----------------
\* <Init line 87, col 5 to line 92, col 38 of module FutexMutex>
STATE_1 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(3) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_2 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "owner_store">>


\* <MutexCasFast(2) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_3 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 0>>
/\ pc = <<"idle", "xchg_mark", "owner_store">>


\* <MutexCasFast(1) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_4 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"xchg_mark", "xchg_mark", "owner_store">>


\* <MutexOwnerStore(3) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_5 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 3
/\ c = <<1, 1, 0>>
/\ pc = <<"xchg_mark", "xchg_mark", "cs">>


\* <MutexXchgMark(1) line 126, col 5 to line 130, col 45 of module FutexMutex>
STATE_6 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 3
/\ c = <<1, 1, 0>>
/\ pc = <<"futex_wait", "xchg_mark", "cs">>


\* <MutexOwnerClear(3) line 160, col 5 to line 164, col 48 of module FutexMutex>
STATE_7 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"futex_wait", "xchg_mark", "release_xchg">>


\* <MutexReleaseXchg(3) line 178, col 5 to line 189, col 36 of module FutexMutex>
STATE_8 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 2>>
/\ pc = <<"futex_wait", "xchg_mark", "release_wake">>


\* <MutexFutexWait(1) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_9 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 2>>
/\ pc = <<"retry", "xchg_mark", "release_wake">>


\* <MutexReleaseWake(3) line 204, col 5 to line 209, col 36 of module FutexMutex>
STATE_10 == 
/\ state = 0
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 2>>
/\ pc = <<"retry", "xchg_mark", "idle">>


\* <MutexCasFast(3) line 106, col 5 to line 117, col 45 of module FutexMutex>
STATE_11 == 
/\ state = 1
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"retry", "xchg_mark", "owner_store">>


\* <MutexXchgMark(2) line 126, col 5 to line 130, col 45 of module FutexMutex>
STATE_12 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<1, 1, 0>>
/\ pc = <<"retry", "futex_wait", "owner_store">>


\* <MutexRetry(1) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_13 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 1, 0>>
/\ pc = <<"futex_wait", "futex_wait", "owner_store">>


\* <MutexOwnerStore(3) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_14 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 3
/\ c = <<2, 1, 0>>
/\ pc = <<"futex_wait", "futex_wait", "cs">>


\* <MutexOwnerClear(3) line 160, col 5 to line 164, col 48 of module FutexMutex>
STATE_15 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 1, 0>>
/\ pc = <<"futex_wait", "futex_wait", "release_xchg">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_16 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<2, 1, 0>>
/\ pc = <<"futex_wait", "retry", "release_xchg">>


\* <MutexFutexWait(1) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_17 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1, 2}
/\ owner = 0
/\ c = <<2, 1, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_18 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1}
/\ owner = 0
/\ c = <<2, 1, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_19 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "futex_wait", "release_xchg">>


\* <SpuriousWake(1) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_20 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "futex_wait", "release_xchg">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_21 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_22 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_23 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "futex_wait", "release_xchg">>


\* <MutexRetry(1) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_24 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "futex_wait", "release_xchg">>


\* <MutexFutexWait(1) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_25 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "futex_wait", "release_xchg">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_26 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1, 2}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_27 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {1}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <SpuriousWake(1) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_28 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <MutexRetry(1) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_29 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "retry", "release_xchg">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_30 == 
/\ state = 2
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "futex_wait", "release_xchg">>


\* <MutexReleaseXchg(3) line 178, col 5 to line 189, col 36 of module FutexMutex>
STATE_31 == 
/\ state = 0
/\ opsDone = <<0, 0, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"futex_wait", "futex_wait", "release_wake">>


\* <MutexReleaseWake(3) line 204, col 5 to line 209, col 36 of module FutexMutex>
STATE_32 == 
/\ state = 0
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"futex_wait", "futex_wait", "done">>


\* <MutexFutexWait(1) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_33 == 
/\ state = 0
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"retry", "futex_wait", "done">>


\* <MutexRetry(1) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_34 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "futex_wait", "done">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_35 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "retry", "done">>


\* <SpuriousWake(2) line 219, col 5 to line 223, col 49 of module FutexMutex>
STATE_36 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "retry", "done">>


\* <MutexOwnerStore(1) line 151, col 5 to line 154, col 48 of module FutexMutex>
STATE_37 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "done">>


\* <MutexRetry(2) line 140, col 5 to line 148, col 45 of module FutexMutex>
STATE_38 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "done">>


\* <MutexOwnerClear(1) line 160, col 5 to line 164, col 48 of module FutexMutex>
STATE_39 == 
/\ state = 2
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "futex_wait", "done">>


\* <MutexReleaseXchg(1) line 178, col 5 to line 189, col 36 of module FutexMutex>
STATE_40 == 
/\ state = 0
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "futex_wait", "done">>


\* <MutexFutexWait(2) line 133, col 5 to line 137, col 45 of module FutexMutex>
STATE_41 == 
/\ state = 0
/\ opsDone = <<0, 0, 2>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "retry", "done">>


=================================================
