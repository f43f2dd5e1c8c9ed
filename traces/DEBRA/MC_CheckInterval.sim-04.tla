---------------- MODULE /work/wt/debra-keep/traces/DEBRA/MC_CheckInterval.sim.tmp/trace_0_3 -----------------
\* <Init line 153, col 5 to line 173, col 25 of module DEBRA>
STATE_1 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_read_epoch">>
/\ nodeState = <<"live", "free", "free", "free">>
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
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_2 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_announce">>
/\ nodeState = <<"live", "free", "free", "free">>
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
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_3 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_4 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_5 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "access">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_6 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "access">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_7 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "access">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_8 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "alloc">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraAlloc(2) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_9 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "cas_head">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 2>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 1


\* <DebraCasHead(2) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_10 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "end_announce">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_11 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "end_announce">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraAlloc(1) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_12 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"cas_head", "end_announce">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCasHead(1) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_13 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "end_announce">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraEndAnnounce(2) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_14 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "begin_read_epoch">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_15 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "begin_announce">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_16 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "check_read_announce">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_17 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "check_registered">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 0>>
/\ head = 2


\* <DebraCheckRegistered(2) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_18 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"discard", "protect_read_handle">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<3, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraDiscard(1) line 436, col 5 to line 441, col 59 of module DEBRA>
STATE_19 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "protect_read_handle">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraEndAnnounce(1) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_20 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "protect_read_handle">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_21 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "access">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_22 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "alloc">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraAlloc(2) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_23 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 2


\* <DebraCasHead(2) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_24 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "end_announce">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraEndAnnounce(2) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_25 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_read_epoch">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_26 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_announce">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_27 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_28 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "access">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_29 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "access">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_30 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "access">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<0, 1>>
/\ head = 3


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_31 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "access">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_32 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_33 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_34 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraAlloc(1) line 402, col 5 to line 409, col 74 of module DEBRA>
STATE_35 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"cas_head", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "live">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<4, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraAllocExhausted(2) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_36 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"cas_head", "end_announce">>
/\ nodeState = <<"retired", "retired", "live", "live">>
/\ limbo = << (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<4, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 3


\* <DebraCasHead(1) line 422, col 5 to line 433, col 63 of module DEBRA>
STATE_37 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraEndAnnounce(1) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_38 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 3>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraEndAnnounce(2) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_39 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_read_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_40 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_41 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_42 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 1>>
/\ head = 4


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_43 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_44 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_45 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_46 == 
/\ epoch = 1
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "check_cas_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraCheckCasEpoch(2) line 352, col 5 to line 357, col 90 of module DEBRA>
STATE_47 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraAllocExhausted(1) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_48 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_49 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "access">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_50 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraAllocExhausted(2) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_51 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> FALSE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraEndAnnounce(1) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_52 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<1, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 2>>
/\ head = 4


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_53 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<2, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<0, 2>>
/\ head = 4


\* <DebraEndAnnounce(2) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_54 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_read_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<2, 1>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<0, 2>>
/\ head = 4


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_55 == 
/\ epoch = 2
/\ announce = <<[e |-> 1, q |-> TRUE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<0, 0>>
/\ head = 4


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_56 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<0, 0>>
/\ head = 4


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_57 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 1, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_58 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_59 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_60 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAllocExhausted(1) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_61 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraEndAnnounce(1) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_62 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraProtectReadHandle(2) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_63 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "access">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAccess(2) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_64 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_65 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_66 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraProtectReadHandle(1) line 363, col 5 to line 368, col 89 of module DEBRA>
STATE_67 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "alloc">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAllocExhausted(2) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_68 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"access", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAccess(1) line 391, col 5 to line 399, col 80 of module DEBRA>
STATE_69 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "end_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 4>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraEndAnnounce(2) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_70 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "begin_read_epoch">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginReadEpoch(2) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_71 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"alloc", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraAllocExhausted(1) line 412, col 5 to line 416, col 80 of module DEBRA>
STATE_72 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"end_announce", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<4, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraEndAnnounce(1) line 445, col 5 to line 452, col 87 of module DEBRA>
STATE_73 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_read_epoch", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginReadEpoch(1) line 262, col 5 to line 278, col 39 of module DEBRA>
STATE_74 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> TRUE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "begin_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 1>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginAnnounce(2) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_75 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"begin_announce", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<1, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraBeginAnnounce(1) line 297, col 5 to line 302, col 90 of module DEBRA>
STATE_76 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "check_read_announce">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraCheckReadAnnounce(2) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_77 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_read_announce", "check_registered">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraCheckReadAnnounce(1) line 308, col 5 to line 315, col 67 of module DEBRA>
STATE_78 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_registered", "check_registered">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<1, 0>>
/\ head = 4


\* <DebraCheckRegistered(1) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_79 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 2, q |-> FALSE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_cas_epoch", "check_registered">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<2, 0>>
/\ head = 4


\* <DebraCheckRegistered(2) line 318, col 5 to line 326, col 67 of module DEBRA>
STATE_80 == 
/\ epoch = 2
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"check_cas_epoch", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<2, 1>>
/\ head = 4


\* <DebraCheckCasEpoch(1) line 352, col 5 to line 357, col 90 of module DEBRA>
STATE_81 == 
/\ epoch = 3
/\ announce = <<[e |-> 2, q |-> FALSE], [e |-> 2, q |-> FALSE]>>
/\ checkA = <<[e |-> 0, q |-> TRUE], [e |-> 0, q |-> TRUE]>>
/\ garbage = <<FALSE, FALSE>>
/\ stallEpoch = <<0, 0>>
/\ neutralized = <<FALSE, FALSE>>
/\ pc = <<"protect_read_handle", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "retired", "live">>
/\ limbo = << (0 :> <<3>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<1, 2>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ opsSinceCheck = <<0, 0>>
/\ localEpoch = <<2, 2>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ toFree = <<<<>>, <<>>>>
/\ stallCount = <<0, 0>>
/\ doubleFree = FALSE
/\ currentBag = <<1, 1>>
/\ newNode = <<0, 0>>
/\ freeList = <<>>
/\ checkNext = <<2, 1>>
/\ head = 4


=================================================
