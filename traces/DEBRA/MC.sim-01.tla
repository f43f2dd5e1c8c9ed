---------------- MODULE /work/wt/debra-keep/traces/DEBRA/MC.sim.tmp/trace_0_0 -----------------
\* <Init line 153, col 5 to line 173, col 25 of module DEBRA>
STATE_1 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_read_epoch">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_2 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "begin_read_epoch">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_3 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "begin_clear_flag">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginClearFlag(1) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_4 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_clear_flag">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginClearFlag(2) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_5 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_announce">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_6 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "check_read_announce">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_7 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "check_registered">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraCheckRegistered(2) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_8 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 1


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_9 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 1


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_10 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_11 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "protect_validate">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_12 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "access">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_13 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "access">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_14 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "access_validate">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_15 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "alloc">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_16 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "alloc">>
/\ nodeState = <<"live", "free", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraAlloc(2) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_17 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_18 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access_validate", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_19 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraBeginReadFlag(1) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_20 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch_kept", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_21 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_22 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 1, q |-> FALSE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_registered", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 1


\* <DebraCheckRegistered(1) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_23 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_cas_epoch", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 1>>
/\ head = 1


\* <DebraCasHead(2) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_24 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_cas_epoch", "begin_read_flag">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 1>>
/\ head = 2


\* <DebraCheckCasEpoch(1) line 352, col 5 to line 357, col 90 of module DEBRA>
STATE_25 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_read_flag">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 1>>
/\ head = 2


\* <DebraBeginReadFlag(2) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_26 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_read_epoch_kept">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 1>>
/\ head = 2


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_27 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_clear_flag">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraBeginClearFlag(2) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_28 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_29 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "begin_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_30 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "begin_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_31 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access_validate", "begin_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_32 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "begin_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_33 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "check_read_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraBeginReadFlag(1) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_34 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch_kept", "check_read_announce">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_35 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch_kept", "check_registered">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<2, 0>>
/\ head = 2


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_36 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "check_registered">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCheckRegistered(2) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_37 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "check_read_flag">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCheckReadFlag(2) line 329, col 5 to line 341, col 43 of module DEBRA>
STATE_38 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "check_neutralize">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 1>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCheckNeutralize(2) line 344, col 5 to line 349, col 55 of module DEBRA>
STATE_39 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<TRUE, FALSE>>
/\ pc = <<"begin_clear_flag", "protect_read_handle">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_40 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<TRUE, FALSE>>
/\ pc = <<"begin_clear_flag", "protect_validate">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraBeginClearFlag(1) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_41 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "protect_validate">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_42 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "protect_validate">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_43 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "protect_validate">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_44 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "access">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_45 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "access">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_46 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "access_validate">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_47 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "alloc">>
/\ nodeState = <<"retired", "live", "free", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraAlloc(2) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_48 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 3>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 2


\* <DebraCasHead(2) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_49 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "begin_read_flag">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraBeginReadFlag(2) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_50 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "begin_read_epoch_kept">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_51 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "begin_read_epoch_kept">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_52 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_53 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access_validate", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_54 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access_validate", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_55 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraCheckCasEpoch(2) line 352, col 5 to line 357, col 90 of module DEBRA>
STATE_56 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_57 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "protect_validate">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_58 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "access">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraBeginReadFlag(1) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_59 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch_kept", "access">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<1, 2>>
/\ head = 3


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_60 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "access">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_61 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "access_validate">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_62 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "free", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<4, 5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraAlloc(2) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_63 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_clear_flag", "cas_head">>
/\ nodeState = <<"retired", "retired", "live", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 4>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraBeginClearFlag(1) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_64 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "cas_head">>
/\ nodeState = <<"retired", "retired", "live", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 4>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_65 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "cas_head">>
/\ nodeState = <<"retired", "retired", "live", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 4>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 3


\* <DebraCasHead(2) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_66 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "begin_read_flag">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 4


\* <DebraBeginReadFlag(2) line 252, col 5 to line 255, col 83 of module DEBRA>
STATE_67 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "begin_read_epoch_kept">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 2>>
/\ head = 4


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_68 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "begin_clear_flag">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<0, 0>>
/\ head = 4


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_69 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_clear_flag">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginClearFlag(2) line 290, col 5 to line 294, col 90 of module DEBRA>
STATE_70 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_71 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_72 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_validate", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_73 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_74 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 3, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "check_registered">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraCheckRegistered(2) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_75 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_76 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "protect_validate">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_77 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "access">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_78 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "access_validate">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_79 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access_validate", "access_validate">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraValidate(1) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_80 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "access_validate">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraValidate(2) line 379, col 5 to line 388, col 80 of module DEBRA>
STATE_81 == 
/\ epoch = 3
/\ announce = <<[e |-> 3, q |-> FALSE], [e |-> 3, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 1>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_flag", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live", "free", "free", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<2, 3>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<3, 3>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<2, 2>>
/\ newNode = <<0, 0>>
/\ freeList = <<5, 6, 7, 8>>
/\ checkNext = <<1, 1>>
/\ head = 4


=================================================
