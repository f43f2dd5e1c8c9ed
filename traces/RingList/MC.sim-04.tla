---------------- MODULE /work/wt/ringlist-spec/traces/RingList/MC.sim.tmp/trace_0_3 -----------------
\* <Init line 153, col 5 to line 182, col 40 of module RingList>
STATE_1 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<0, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "none">>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(1) line 221, col 5 to line 227, col 81 of module RingList>
STATE_2 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "none">>
/\ pc = <<"begin_store_upper", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(2) line 221, col 5 to line 227, col 81 of module RingList>
STATE_3 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_upper", "begin_store_upper">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreUpper(2) line 239, col 5 to line 245, col 39 of module RingList>
STATE_4 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_upper", "begin_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreLower(2) line 248, col 5 to line 253, col 50 of module RingList>
STATE_5 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_upper", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(2) line 258, col 5 to line 263, col 87 of module RingList>
STATE_6 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_upper", "protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<0, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(2) line 266, col 5 to line 270, col 81 of module RingList>
STATE_7 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_upper", "enq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<0, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreUpper(1) line 239, col 5 to line 245, col 39 of module RingList>
STATE_8 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_lower", "enq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueReadNext(2) line 285, col 5 to line 289, col 81 of module RingList>
STATE_9 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"begin_store_lower", "enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 248, col 5 to line 253, col 50 of module RingList>
STATE_10 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"protect_read_handle", "enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 258, col 5 to line 263, col 87 of module RingList>
STATE_11 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"protect_read_era", "enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 266, col 5 to line 270, col 81 of module RingList>
STATE_12 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"enq_read_next", "enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueReadNext(1) line 285, col 5 to line 289, col 81 of module RingList>
STATE_13 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"enq_ring", "enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueRing(2) line 302, col 5 to line 315, col 85 of module RingList>
STATE_14 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"enq_ring", "end_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<3>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueRing(1) line 302, col 5 to line 315, col 85 of module RingList>
STATE_15 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"alloc", "end_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<3>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrAllocBumpEra(1) line 323, col 5 to line 330, col 39 of module RingList>
STATE_16 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"alloc_pool", "end_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<3>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrAllocPool(1) line 336, col 5 to line 344, col 60 of module RingList>
STATE_17 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<2, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"alloc_birth", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrAllocBirth(1) line 359, col 5 to line 369, col 52 of module RingList>
STATE_18 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<2, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"enq_link", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 2, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueLink(1) line 373, col 5 to line 382, col 107 of module RingList>
STATE_19 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<2, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"enq_swing_tail", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueSwingTail(1) line 385, col 5 to line 390, col 100 of module RingList>
STATE_20 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"end_store_lower", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrEndStoreLower(2) line 512, col 5 to line 517, col 39 of module RingList>
STATE_21 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 2
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "enq">>
/\ pc = <<"end_store_lower", "end_store_upper">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 1>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrEndStoreUpper(2) line 520, col 5 to line 531, col 86 of module RingList>
STATE_22 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ eraRead = <<1, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "none">>
/\ pc = <<"end_store_lower", "idle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 0>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrEndStoreLower(1) line 512, col 5 to line 517, col 39 of module RingList>
STATE_23 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<0, 1>>
/\ tail = 2
/\ eraRead = <<1, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "none">>
/\ pc = <<"end_store_upper", "idle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 0>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrEndStoreUpper(1) line 520, col 5 to line 531, col 86 of module RingList>
STATE_24 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<0, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "none">>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueBegin(2) line 230, col 5 to line 236, col 81 of module RingList>
STATE_25 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<0, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "deq">>
/\ pc = <<"idle", "begin_store_upper">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreUpper(2) line 239, col 5 to line 245, col 39 of module RingList>
STATE_26 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<0, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "deq">>
/\ pc = <<"idle", "begin_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueBegin(1) line 221, col 5 to line 227, col 81 of module RingList>
STATE_27 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"begin_store_upper", "begin_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreLower(2) line 248, col 5 to line 253, col 50 of module RingList>
STATE_28 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"begin_store_upper", "protect_read_handle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreUpper(1) line 239, col 5 to line 245, col 39 of module RingList>
STATE_29 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"begin_store_lower", "protect_read_handle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 248, col 5 to line 253, col 50 of module RingList>
STATE_30 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"protect_read_handle", "protect_read_handle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadHandle(2) line 258, col 5 to line 263, col 87 of module RingList>
STATE_31 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"protect_read_handle", "protect_read_era">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadEra(2) line 266, col 5 to line 270, col 81 of module RingList>
STATE_32 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"protect_read_handle", "deq_ring">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 258, col 5 to line 263, col 87 of module RingList>
STATE_33 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"protect_read_era", "deq_ring">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 266, col 5 to line 270, col 81 of module RingList>
STATE_34 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<3>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_read_next", "deq_ring">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<3, 1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueRing(2) line 419, col 5 to line 422, col 107 of module RingList>
STATE_35 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_read_next", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueReadNext(1) line 285, col 5 to line 289, col 81 of module RingList>
STATE_36 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_ring", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueRing(1) line 302, col 5 to line 315, col 85 of module RingList>
STATE_37 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"alloc", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrAllocBumpEra(1) line 323, col 5 to line 330, col 39 of module RingList>
STATE_38 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"alloc_pool", "end_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrAllocPool(1) line 336, col 5 to line 344, col 60 of module RingList>
STATE_39 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<3, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"alloc_birth", "end_store_lower">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <IbrAllocBirth(1) line 359, col 5 to line 369, col 52 of module RingList>
STATE_40 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<3, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_link", "end_store_lower">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <IbrEndStoreLower(2) line 512, col 5 to line 517, col 39 of module RingList>
STATE_41 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<3, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_link", "end_store_upper">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <RingListEnqueueLink(1) line 373, col 5 to line 382, col 107 of module RingList>
STATE_42 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 1>>
/\ tail = 2
/\ eraRead = <<2, 2>>
/\ fresh = <<3, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"enq_swing_tail", "end_store_upper">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1, 2>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <RingListEnqueueSwingTail(1) line 385, col 5 to line 390, col 100 of module RingList>
STATE_43 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"end_store_lower", "end_store_upper">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1, 2>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <IbrEndStoreLower(1) line 512, col 5 to line 517, col 39 of module RingList>
STATE_44 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 1>>
/\ tail = 3
/\ eraRead = <<2, 2>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "deq">>
/\ pc = <<"end_store_upper", "end_store_upper">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1, 2>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 1>>
/\ upperSeen = <<2, 2>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <IbrEndStoreUpper(2) line 520, col 5 to line 531, col 86 of module RingList>
STATE_45 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<1, 2>>
/\ tail = 3
/\ eraRead = <<2, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"enq", "none">>
/\ pc = <<"end_store_upper", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1, 2>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<2, 0>>
/\ upperSeen = <<2, 0>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


\* <IbrEndStoreUpper(1) line 520, col 5 to line 531, col 86 of module RingList>
STATE_46 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<1>>, <<2>>>>
/\ opsDone = <<2, 2>>
/\ tail = 3
/\ eraRead = <<0, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<2147483647, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "none">>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ absQ = <<1, 2>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 2, 3>>
/\ next = <<2, 3, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<0, 0>>
/\ wasClosed = <<TRUE, TRUE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<TRUE, TRUE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 3
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<>>
/\ head = 1


=================================================
