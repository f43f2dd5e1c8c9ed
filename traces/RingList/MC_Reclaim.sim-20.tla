---------------- MODULE /work/wt/ibrfast/traces/RingList/MC_Reclaim.sim.tmp/trace_0_19 -----------------
\* <Init line 154, col 5 to line 183, col 40 of module RingList>
STATE_1 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2147483647>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(1) line 235, col 5 to line 241, col 81 of module RingList>
STATE_2 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2147483647>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"begin_store_upper">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<0>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreUpper(1) line 253, col 5 to line 259, col 39 of module RingList>
STATE_3 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"begin_store_lower">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2147483647>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 262, col 5 to line 267, col 50 of module RingList>
STATE_4 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_5 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_6 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueReadNext(1) line 299, col 5 to line 303, col 81 of module RingList>
STATE_7 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<0>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueRing(1) line 316, col 5 to line 329, col 69 of module RingList>
STATE_8 == 
/\ retiredCount = <<0>>
/\ items = <<<<1>>, <<>>, <<>>>>
/\ opsDone = <<1>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_9 == 
/\ retiredCount = <<0>>
/\ items = <<<<1>>, <<>>, <<>>>>
/\ opsDone = <<1>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_10 == 
/\ retiredCount = <<0>>
/\ items = <<<<1>>, <<>>, <<>>>>
/\ opsDone = <<1>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_11 == 
/\ retiredCount = <<0>>
/\ items = <<<<1>>, <<>>, <<>>>>
/\ opsDone = <<1>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<1>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_12 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_13 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_14 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_15 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_16 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<2>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueReadNext(1) line 438, col 5 to line 444, col 78 of module RingList>
STATE_17 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<3>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_18 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<3>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_19 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<3>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_20 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<3>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_21 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<3>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListDequeueReadNext(1) line 438, col 5 to line 444, col 78 of module RingList>
STATE_22 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<4>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(1) line 235, col 5 to line 241, col 81 of module RingList>
STATE_23 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<4>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_24 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<4>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_25 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<4>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueReadNext(1) line 299, col 5 to line 303, col 81 of module RingList>
STATE_26 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<4>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueRing(1) line 316, col 5 to line 329, col 69 of module RingList>
STATE_27 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueBegin(1) line 235, col 5 to line 241, col 81 of module RingList>
STATE_28 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_29 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_30 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_read_next">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueReadNext(1) line 299, col 5 to line 303, col 81 of module RingList>
STATE_31 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_ring">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<FALSE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<FALSE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <RingListEnqueueRing(1) line 316, col 5 to line 329, col 69 of module RingList>
STATE_32 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"alloc">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 1
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrAllocBumpEra(1) line 337, col 5 to line 344, col 39 of module RingList>
STATE_33 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"alloc_pool">>
/\ nodeState = <<"live", "free", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<2, 3>>
/\ head = 1


\* <IbrAllocPool(1) line 350, col 5 to line 358, col 60 of module RingList>
STATE_34 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<2>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"alloc_birth">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 0, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrAllocBirth(1) line 373, col 5 to line 383, col 52 of module RingList>
STATE_35 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<2>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_link">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 2, 0>>
/\ next = <<0, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueLink(1) line 387, col 5 to line 396, col 107 of module RingList>
STATE_36 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<5>>
/\ tail = 1
/\ eraRead = <<1>>
/\ fresh = <<2>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"enq">>
/\ pc = <<"enq_swing_tail">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListEnqueueSwingTail(1) line 399, col 5 to line 404, col 97 of module RingList>
STATE_37 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_38 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<1>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"begin_store_upper">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<1>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreUpper(1) line 253, col 5 to line 259, col 39 of module RingList>
STATE_39 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"begin_store_lower">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<1>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrBeginStoreLower(1) line 262, col 5 to line 267, col 50 of module RingList>
STATE_40 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_41 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_42 == 
/\ retiredCount = <<0>>
/\ items = <<<<5>>, <<6>>, <<>>>>
/\ opsDone = <<6>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<5, 6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_43 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueBegin(1) line 244, col 5 to line 250, col 81 of module RingList>
STATE_44 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_45 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_46 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_47 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_read_next">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueReadNext(1) line 438, col 5 to line 444, col 78 of module RingList>
STATE_48 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<2>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_last_try">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueLastTry(1) line 447, col 5 to line 450, col 91 of module RingList>
STATE_49 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<2>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_swing_head">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 1


\* <RingListDequeueSwingHead(1) line 455, col 5 to line 467, col 95 of module RingList>
STATE_50 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"retire">>
/\ nodeState = <<"live", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<0, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <IbrRetire(1) line 472, col 5 to line 484, col 95 of module RingList>
STATE_51 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<0>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"scan_lower">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <IbrScanReadLower(1) line 487, col 5 to line 492, col 39 of module RingList>
STATE_52 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<2>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"scan_upper">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<0>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <IbrScanReadUpper(1) line 495, col 5 to line 508, col 95 of module RingList>
STATE_53 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<2>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_handle">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<1>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<2>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <IbrProtectReadHandle(1) line 272, col 5 to line 277, col 87 of module RingList>
STATE_54 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<2>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"protect_read_era">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<2>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<2>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <IbrProtectReadEra(1) line 280, col 5 to line 284, col 81 of module RingList>
STATE_55 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<6>>, <<>>>>
/\ opsDone = <<7>>
/\ tail = 2
/\ eraRead = <<2>>
/\ fresh = <<0>>
/\ scanLower = <<<<2>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"deq">>
/\ pc = <<"deq_ring">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<6>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<2>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<2>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


\* <RingListDequeueRing(1) line 432, col 5 to line 435, col 91 of module RingList>
STATE_56 == 
/\ retiredCount = <<0>>
/\ items = <<<<>>, <<>>, <<>>>>
/\ opsDone = <<8>>
/\ tail = 2
/\ eraRead = <<0>>
/\ fresh = <<0>>
/\ scanLower = <<<<2>>>>
/\ scanNext = <<1>>
/\ upper = <<2>>
/\ nx = <<0>>
/\ scanQueue = <<<<>>>>
/\ op = <<"none">>
/\ pc = <<"idle">>
/\ nodeState = <<"retired", "live", "free">>
/\ absQ = <<>>
/\ limbo = <<(0 :> <<>> @@ 1 :> <<>> @@ 2 :> <<1>>)>>
/\ lower = <<2>>
/\ birth = <<0, 2, 0>>
/\ next = <<2, 0, 0>>
/\ stale = <<FALSE>>
/\ hp = <<0>>
/\ upperSeen = <<2>>
/\ wasClosed = <<TRUE, FALSE, FALSE>>
/\ scanUpper = <<<<2>>>>
/\ closed = <<TRUE, FALSE, FALSE>>
/\ allocs = <<0>>
/\ era = 2
/\ retireEra = <<2, 0, 0>>
/\ freeList = <<3>>
/\ head = 2


=================================================
