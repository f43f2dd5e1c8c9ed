---------------- MODULE /work/wt/ibrfast/traces/RingList/MC.sim.tmp/trace_0_14 -----------------
\* <Init line 154, col 5 to line 183, col 40 of module RingList>
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


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
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
/\ op = <<"deq", "none">>
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


\* <RingListDequeueBegin(2) line 244, col 5 to line 250, col 81 of module RingList>
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
/\ op = <<"deq", "deq">>
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


\* <IbrBeginStoreUpper(1) line 253, col 5 to line 259, col 39 of module RingList>
STATE_4 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"begin_store_lower", "begin_store_upper">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 262, col 5 to line 267, col 50 of module RingList>
STATE_5 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 2147483647>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_handle", "begin_store_upper">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreUpper(2) line 253, col 5 to line 259, col 39 of module RingList>
STATE_6 == 
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
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_handle", "begin_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreLower(2) line 262, col 5 to line 267, col 50 of module RingList>
STATE_7 == 
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
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_handle", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_era", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_ring", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<1, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(2) line 272, col 5 to line 277, col 87 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_ring", "protect_read_era">>
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


\* <IbrProtectReadEra(2) line 280, col 5 to line 284, col 81 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_ring", "deq_ring">>
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


\* <RingListDequeueRing(2) line 432, col 5 to line 435, col 91 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_ring", "deq_read_next">>
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


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
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
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_read_next", "deq_read_next">>
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


\* <RingListDequeueReadNext(1) line 438, col 5 to line 444, col 78 of module RingList>
STATE_14 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "deq">>
/\ pc = <<"idle", "deq_read_next">>
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


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_15 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_handle", "deq_read_next">>
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


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_16 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"protect_read_era", "deq_read_next">>
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


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_17 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_ring", "deq_read_next">>
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


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_18 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<1, 0>>
/\ tail = 1
/\ eraRead = <<1, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"deq", "deq">>
/\ pc = <<"deq_read_next", "deq_read_next">>
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


\* <RingListDequeueReadNext(1) line 438, col 5 to line 444, col 78 of module RingList>
STATE_19 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 0>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "deq">>
/\ pc = <<"idle", "deq_read_next">>
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


\* <RingListDequeueReadNext(2) line 438, col 5 to line 444, col 78 of module RingList>
STATE_20 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 1>>
/\ tail = 1
/\ eraRead = <<0, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "none">>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(2) line 235, col 5 to line 241, col 81 of module RingList>
STATE_21 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 1>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "enq">>
/\ pc = <<"idle", "protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(2) line 272, col 5 to line 277, col 87 of module RingList>
STATE_22 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 1>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "enq">>
/\ pc = <<"idle", "protect_read_era">>
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


\* <IbrProtectReadEra(2) line 280, col 5 to line 284, col 81 of module RingList>
STATE_23 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 1>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "enq">>
/\ pc = <<"idle", "enq_read_next">>
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


\* <RingListEnqueueReadNext(2) line 299, col 5 to line 303, col 81 of module RingList>
STATE_24 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2, 1>>
/\ tail = 1
/\ eraRead = <<0, 1>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "enq">>
/\ pc = <<"idle", "enq_ring">>
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


\* <RingListEnqueueRing(2) line 316, col 5 to line 329, col 69 of module RingList>
STATE_25 == 
/\ retiredCount = <<0, 0>>
/\ items = <<<<4>>, <<>>, <<>>>>
/\ opsDone = <<2, 2>>
/\ tail = 1
/\ eraRead = <<0, 0>>
/\ fresh = <<0, 0>>
/\ scanLower = <<<<0, 0>>, <<0, 0>>>>
/\ scanNext = <<1, 1>>
/\ upper = <<1, 1>>
/\ nx = <<0, 0>>
/\ scanQueue = <<<<>>, <<>>>>
/\ op = <<"none", "none">>
/\ pc = <<"idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<4>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>), (0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1, 1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE, FALSE>>
/\ hp = <<0, 0>>
/\ upperSeen = <<1, 1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0, 0>>, <<0, 0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0, 0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


=================================================
