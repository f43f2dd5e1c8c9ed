---------------- MODULE /work/wt/monitors-reclaim/traces/Treiber/MC.sim.tmp/trace_0_10 -----------------
\* <Init line 110, col 5 to line 124, col 25 of module Treiber>
STATE_1 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "idle">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPushAlloc(3) line 154, col 5 to line 162, col 68 of module Treiber>
STATE_2 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(3) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_read_next", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(2) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_5 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_cas", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadTop(1) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_6 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_cas", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(1) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_7 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_cas", "pop_cas", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(3) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_8 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_cas", "pop_cas", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopCas(2) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_9 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_cas", "pop_read_payload", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopCas(1) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_10 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_read_top", "pop_read_payload", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadTop(1) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_11 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_read_next", "pop_read_payload", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadPayload(2) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_12 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_read_next", "pop_free", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(1) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_13 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_cas", "pop_free", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(3) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_14 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_cas", "pop_free", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(3) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_15 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_cas", "pop_free", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(3) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_16 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, 0, -1>>
/\ pc = <<"pop_cas", "pop_free", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopCas(1) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_17 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, 0, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, 0, -1>>
/\ pc = <<"pop_read_payload", "pop_free", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopFree(2) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_18 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "idle", "push_cas">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPushCas(3) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_19 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "idle", "push_read_top">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPushAlloc(2) line 154, col 5 to line 162, col 68 of module Treiber>
STATE_20 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "push_read_top", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<1, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(3) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_21 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "push_read_top", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopReadPayload(1) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_22 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "push_read_top", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(2) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_23 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "push_write_next", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(3) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_24 == 
/\ opsDone = <<0, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "push_write_next", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopFree(1) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_25 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "push_cas">>
/\ nodeState = <<"free", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<1>>


\* <TreiberPushAlloc(1) line 154, col 5 to line 162, col 68 of module Treiber>
STATE_26 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_read_top", "push_write_next", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(1) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_27 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_write_next", "push_write_next", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(1) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_28 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_cas", "push_write_next", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(3) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_29 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_cas", "push_write_next", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(1) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_30 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_read_top", "push_write_next", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(1) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_31 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_write_next", "push_write_next", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(1) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_32 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_cas", "push_write_next", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<3, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(1) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_33 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "idle">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopReadTop(3) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_34 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "pop_read_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(3) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_35 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "pop_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(2) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_36 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_cas", "pop_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(2) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_37 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_read_top", "pop_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(2) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_38 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "pop_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 1>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<1, 3>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopCas(3) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_39 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, 1>>
/\ pc = <<"idle", "push_write_next", "pop_read_payload">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopReadPayload(3) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_40 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, 1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ expect = <<-1, -1, 1>>
/\ pc = <<"idle", "push_write_next", "pop_free">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<1, 1>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<>>


\* <TreiberPopFree(3) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_41 == 
/\ opsDone = <<2, 1, 2>>
/\ node = <<<<0, 0>>, <<2, 1>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "push_write_next", "idle">>
/\ nodeState = <<"free", "live", "live">>
/\ top = <<3, 0>>
/\ next = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ abs = <<3>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 2, 3>>
/\ doubleFree = FALSE
/\ gen = <<2, 1, 0>>
/\ freeList = <<1>>


=================================================
