---------------- MODULE /work/main/traces/FutexMutex/MC.sim.tmp/trace_0_7 -----------------
\* <Init line 71, col 5 to line 76, col 38 of module FutexMutex>
STATE_1 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "idle">>


\* <MutexCasFast(1) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_2 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 0, 0>>
/\ pc = <<"owner_store", "idle", "idle">>


\* <MutexOwnerStore(1) line 126, col 5 to line 129, col 48 of module FutexMutex>
STATE_3 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 0, 0>>
/\ pc = <<"cs", "idle", "idle">>


\* <MutexCasFast(2) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_4 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 1, 0>>
/\ pc = <<"cs", "xchg_mark", "idle">>


\* <MutexCasFast(3) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_5 == 
/\ state = 1
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 1, 1>>
/\ pc = <<"cs", "xchg_mark", "xchg_mark">>


\* <MutexXchgMark(3) line 101, col 5 to line 105, col 45 of module FutexMutex>
STATE_6 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 1, 1>>
/\ pc = <<"cs", "xchg_mark", "futex_wait">>


\* <MutexOwnerClear(1) line 135, col 5 to line 138, col 48 of module FutexMutex>
STATE_7 == 
/\ state = 2
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 1, 1>>
/\ pc = <<"release_xchg", "xchg_mark", "futex_wait">>


\* <MutexReleaseXchg(1) line 145, col 5 to line 152, col 36 of module FutexMutex>
STATE_8 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 1, 1>>
/\ pc = <<"release_wake", "xchg_mark", "futex_wait">>


\* <MutexFutexWait(3) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_9 == 
/\ state = 0
/\ opsDone = <<0, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 1, 1>>
/\ pc = <<"release_wake", "xchg_mark", "retry">>


\* <MutexReleaseWake(1) line 155, col 5 to line 160, col 36 of module FutexMutex>
STATE_10 == 
/\ state = 0
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 1, 1>>
/\ pc = <<"idle", "xchg_mark", "retry">>


\* <MutexXchgMark(2) line 101, col 5 to line 105, col 45 of module FutexMutex>
STATE_11 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 0, 1>>
/\ pc = <<"idle", "owner_store", "retry">>


\* <MutexCasFast(1) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_12 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 0, 1>>
/\ pc = <<"futex_wait", "owner_store", "retry">>


\* <MutexOwnerStore(2) line 126, col 5 to line 129, col 48 of module FutexMutex>
STATE_13 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 2
/\ c = <<2, 0, 1>>
/\ pc = <<"futex_wait", "cs", "retry">>


\* <MutexRetry(3) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_14 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 2
/\ c = <<2, 0, 2>>
/\ pc = <<"futex_wait", "cs", "futex_wait">>


\* <MutexOwnerClear(2) line 135, col 5 to line 138, col 48 of module FutexMutex>
STATE_15 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 0, 2>>
/\ pc = <<"futex_wait", "release_xchg", "futex_wait">>


\* <MutexFutexWait(3) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_16 == 
/\ state = 2
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<2, 0, 2>>
/\ pc = <<"futex_wait", "release_xchg", "retry">>


\* <MutexReleaseXchg(2) line 145, col 5 to line 152, col 36 of module FutexMutex>
STATE_17 == 
/\ state = 0
/\ opsDone = <<1, 0, 0>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"futex_wait", "release_wake", "retry">>


\* <MutexReleaseWake(2) line 155, col 5 to line 160, col 36 of module FutexMutex>
STATE_18 == 
/\ state = 0
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"futex_wait", "idle", "retry">>


\* <MutexFutexWait(1) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_19 == 
/\ state = 0
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"retry", "idle", "retry">>


\* <MutexRetry(3) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_20 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "idle", "owner_store">>


\* <MutexRetry(1) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_21 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "idle", "owner_store">>


\* <MutexOwnerStore(3) line 126, col 5 to line 129, col 48 of module FutexMutex>
STATE_22 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 3
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "idle", "cs">>


\* <MutexCasFast(2) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_23 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 3
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "futex_wait", "cs">>


\* <MutexOwnerClear(3) line 135, col 5 to line 138, col 48 of module FutexMutex>
STATE_24 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "futex_wait", "release_xchg">>


\* <MutexFutexWait(2) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_25 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"futex_wait", "retry", "release_xchg">>


\* <MutexFutexWait(1) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_26 == 
/\ state = 2
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {1, 2}
/\ owner = 0
/\ c = <<2, 2, 0>>
/\ pc = <<"retry", "retry", "release_xchg">>


\* <MutexReleaseXchg(3) line 145, col 5 to line 152, col 36 of module FutexMutex>
STATE_27 == 
/\ state = 0
/\ opsDone = <<1, 1, 0>>
/\ sleepers = {1, 2}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"retry", "retry", "release_wake">>


\* <MutexReleaseWake(3) line 155, col 5 to line 160, col 36 of module FutexMutex>
STATE_28 == 
/\ state = 0
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {2}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"retry", "retry", "idle">>


\* <SpuriousWake(2) line 170, col 5 to line 174, col 49 of module FutexMutex>
STATE_29 == 
/\ state = 0
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"retry", "retry", "idle">>


\* <MutexRetry(1) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_30 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "retry", "idle">>


\* <MutexRetry(2) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_31 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"owner_store", "futex_wait", "idle">>


\* <MutexOwnerStore(1) line 126, col 5 to line 129, col 48 of module FutexMutex>
STATE_32 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "idle">>


\* <MutexCasFast(3) line 90, col 5 to line 98, col 45 of module FutexMutex>
STATE_33 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "futex_wait", "futex_wait">>


\* <MutexFutexWait(2) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_34 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {2}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "futex_wait">>


\* <SpuriousWake(2) line 170, col 5 to line 174, col 49 of module FutexMutex>
STATE_35 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 1
/\ c = <<0, 2, 2>>
/\ pc = <<"cs", "retry", "futex_wait">>


\* <MutexOwnerClear(1) line 135, col 5 to line 138, col 48 of module FutexMutex>
STATE_36 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "futex_wait">>


\* <MutexFutexWait(3) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_37 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexRetry(2) line 115, col 5 to line 123, col 45 of module FutexMutex>
STATE_38 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "futex_wait", "retry">>


\* <MutexFutexWait(2) line 108, col 5 to line 112, col 45 of module FutexMutex>
STATE_39 == 
/\ state = 2
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<0, 2, 2>>
/\ pc = <<"release_xchg", "retry", "retry">>


\* <MutexReleaseXchg(1) line 145, col 5 to line 152, col 36 of module FutexMutex>
STATE_40 == 
/\ state = 0
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {2, 3}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "retry", "retry">>


\* <SpuriousWake(2) line 170, col 5 to line 174, col 49 of module FutexMutex>
STATE_41 == 
/\ state = 0
/\ opsDone = <<1, 1, 1>>
/\ sleepers = {3}
/\ owner = 0
/\ c = <<2, 2, 2>>
/\ pc = <<"release_wake", "retry", "retry">>


=================================================
