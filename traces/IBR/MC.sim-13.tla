---------------- MODULE /work/wt/ibrfast/traces/IBR/MC.sim.tmp/trace_0_12 -----------------
\* <Init line 137, col 5 to line 159, col 25 of module IBR>
STATE_1 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_read_era", "begin_read_era">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginReadEra(1) line 206, col 5 to line 210, col 81 of module IBR>
STATE_2 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_upper", "begin_read_era">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginStoreUpper(1) line 216, col 5 to line 222, col 50 of module IBR>
STATE_3 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_lower", "begin_read_era">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 0>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 225, col 5 to line 230, col 60 of module IBR>
STATE_4 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_handle", "begin_read_era">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 0>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginReadEra(2) line 206, col 5 to line 210, col 81 of module IBR>
STATE_5 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_handle", "begin_store_upper">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 0>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginStoreUpper(2) line 216, col 5 to line 222, col 50 of module IBR>
STATE_6 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_handle", "begin_store_lower">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 236, col 5 to line 241, col 82 of module IBR>
STATE_7 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_era", "begin_store_lower">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrProtectReadEra(1) line 244, col 5 to line 248, col 81 of module IBR>
STATE_8 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "begin_store_lower">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrBeginStoreLower(2) line 225, col 5 to line 230, col 60 of module IBR>
STATE_9 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrProtectReadHandle(2) line 236, col 5 to line 241, col 82 of module IBR>
STATE_10 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "protect_read_era">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrProtectReadEra(2) line 244, col 5 to line 248, col 81 of module IBR>
STATE_11 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "access">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrAccess(1) line 263, col 5 to line 266, col 82 of module IBR>
STATE_12 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "access">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrAccess(2) line 263, col 5 to line 266, col 82 of module IBR>
STATE_13 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "alloc">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 1
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrAllocBumpEra(2) line 275, col 5 to line 282, col 50 of module IBR>
STATE_14 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "alloc_pool">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 2
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrAllocBumpEra(1) line 275, col 5 to line 282, col 50 of module IBR>
STATE_15 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc_pool", "alloc_pool">>
/\ nodeState = <<"live", "free", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<2, 3, 4>>
/\ head = 1


\* <IbrAllocPool(1) line 290, col 5 to line 298, col 60 of module IBR>
STATE_16 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc_birth", "alloc_pool">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<2, 0>>
/\ freeList = <<3, 4>>
/\ head = 1


\* <IbrAllocBirth(1) line 309, col 5 to line 314, col 60 of module IBR>
STATE_17 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"cas_head", "alloc_pool">>
/\ nodeState = <<"live", "live", "free", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<2, 0>>
/\ freeList = <<3, 4>>
/\ head = 1


\* <IbrAllocPool(2) line 290, col 5 to line 298, col 60 of module IBR>
STATE_18 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"cas_head", "alloc_birth">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<2, 3>>
/\ freeList = <<4>>
/\ head = 1


\* <IbrAllocBirth(2) line 309, col 5 to line 314, col 60 of module IBR>
STATE_19 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"cas_head", "cas_head">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<2, 3>>
/\ freeList = <<4>>
/\ head = 1


\* <IbrCasHead(1) line 319, col 5 to line 327, col 81 of module IBR>
STATE_20 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"retire", "cas_head">>
/\ nodeState = <<"live", "live", "live", "free">>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<0, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrRetire(1) line 342, col 5 to line 352, col 89 of module IBR>
STATE_21 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_lower", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrScanReadLower(1) line 359, col 5 to line 364, col 60 of module IBR>
STATE_22 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrCasHead(2) line 319, col 5 to line 327, col 81 of module IBR>
STATE_23 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 1>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "discard">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrDiscard(2) line 330, col 5 to line 335, col 78 of module IBR>
STATE_24 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 0>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "begin_read_era">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrBeginReadEra(2) line 206, col 5 to line 210, col 81 of module IBR>
STATE_25 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "begin_store_upper">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrBeginStoreUpper(2) line 216, col 5 to line 222, col 50 of module IBR>
STATE_26 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "begin_store_lower">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 1>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrBeginStoreLower(2) line 225, col 5 to line 230, col 60 of module IBR>
STATE_27 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "protect_read_handle">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrProtectReadHandle(2) line 236, col 5 to line 241, col 82 of module IBR>
STATE_28 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "protect_read_era">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrProtectReadEra(2) line 244, col 5 to line 248, col 81 of module IBR>
STATE_29 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "access">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrAccess(2) line 263, col 5 to line 266, col 82 of module IBR>
STATE_30 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "alloc">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 3
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrAllocBumpEra(2) line 275, col 5 to line 282, col 50 of module IBR>
STATE_31 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "alloc_pool">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrScanReadUpper(1) line 367, col 5 to line 382, col 80 of module IBR>
STATE_32 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_lower", "alloc_pool">>
/\ nodeState = <<"retired", "live", "free", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<3, 4>>
/\ head = 2


\* <IbrAllocPool(2) line 290, col 5 to line 298, col 60 of module IBR>
STATE_33 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_lower", "alloc_birth">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrAllocBirth(2) line 309, col 5 to line 314, col 60 of module IBR>
STATE_34 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 0>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_lower", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrScanReadLower(1) line 359, col 5 to line 364, col 60 of module IBR>
STATE_35 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 3>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "cas_head">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 3>>
/\ freeList = <<4>>
/\ head = 2


\* <IbrCasHead(2) line 319, col 5 to line 327, col 81 of module IBR>
STATE_36 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 3>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "retire">>
/\ nodeState = <<"retired", "live", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 0, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrRetire(2) line 342, col 5 to line 352, col 89 of module IBR>
STATE_37 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<1, 3>>
/\ scanLower = <<<<1, 3>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<2, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"scan_upper", "scan_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 0>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrScanReadUpper(1) line 367, col 5 to line 382, col 80 of module IBR>
STATE_38 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<0, 3>>
/\ scanLower = <<<<1, 3>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_read_era", "scan_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 3>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginReadEra(1) line 206, col 5 to line 210, col 81 of module IBR>
STATE_39 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<0, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_upper", "scan_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 3>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrScanReadLower(2) line 359, col 5 to line 364, col 60 of module IBR>
STATE_40 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_upper", "scan_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 3>>, <<0, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrScanReadUpper(2) line 367, col 5 to line 382, col 80 of module IBR>
STATE_41 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 2>>
/\ upper = <<1, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_upper", "scan_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<1, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginStoreUpper(1) line 216, col 5 to line 222, col 50 of module IBR>
STATE_42 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 0>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 2>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_lower", "scan_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrScanReadLower(2) line 359, col 5 to line 364, col 60 of module IBR>
STATE_43 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 2>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"begin_store_lower", "scan_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<1, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginStoreLower(1) line 225, col 5 to line 230, col 60 of module IBR>
STATE_44 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 2>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_handle", "scan_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 2>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrProtectReadHandle(1) line 236, col 5 to line 241, col 82 of module IBR>
STATE_45 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 3>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 2>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_era", "scan_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 2>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 0>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrScanReadUpper(2) line 367, col 5 to line 382, col 80 of module IBR>
STATE_46 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 0>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_era", "begin_read_era">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginReadEra(2) line 206, col 5 to line 210, col 81 of module IBR>
STATE_47 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"protect_read_era", "begin_store_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrProtectReadEra(1) line 244, col 5 to line 248, col 81 of module IBR>
STATE_48 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 3>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "begin_store_upper">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 3>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginStoreUpper(2) line 216, col 5 to line 222, col 50 of module IBR>
STATE_49 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"access", "begin_store_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrAccess(1) line 263, col 5 to line 266, col 82 of module IBR>
STATE_50 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "begin_store_lower">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 3>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrBeginStoreLower(2) line 225, col 5 to line 230, col 60 of module IBR>
STATE_51 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "protect_read_handle">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 4>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 0>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrProtectReadHandle(2) line 236, col 5 to line 241, col 82 of module IBR>
STATE_52 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "protect_read_era">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 4>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrProtectReadEra(2) line 244, col 5 to line 248, col 81 of module IBR>
STATE_53 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "access">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 4>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


\* <IbrAccess(2) line 263, col 5 to line 266, col 82 of module IBR>
STATE_54 == 
/\ retiredCount = <<0, 0>>
/\ eraRead = <<4, 4>>
/\ scanLower = <<<<1, 3>>, <<1, 3>>>>
/\ scanEra = <<0, 0>>
/\ scanNext = <<1, 1>>
/\ upper = <<4, 4>>
/\ scanQueue = <<<<>>, <<>>>>
/\ pc = <<"alloc", "alloc">>
/\ nodeState = <<"retired", "retired", "live", "free">>
/\ limbo = << (0 :> <<1>> @@ 1 :> <<>> @@ 2 :> <<>>),
   (0 :> <<>> @@ 1 :> <<2>> @@ 2 :> <<>>) >>
/\ lower = <<4, 4>>
/\ birth = <<0, 3, 4, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<3, 3>>
/\ upperSeen = <<4, 4>>
/\ scanUpper = <<<<1, 3>>, <<1, 3>>>>
/\ allocs = <<0, 0>>
/\ doubleFree = FALSE
/\ era = 4
/\ retireEra = <<3, 4, 0, 0>>
/\ newNode = <<0, 0>>
/\ freeList = <<4>>
/\ head = 3


=================================================
