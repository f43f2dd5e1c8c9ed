---------------- MODULE /work/wt/monitors-reclaim/traces/Treiber/MC.sim.tmp/trace_0_3 -----------------
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


\* <TreiberPopReadTop(1) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "idle", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(1) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_cas", "idle", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_5 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_cas", "pop_read_next", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadNext(2) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_6 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_cas", "pop_cas", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(3) line 165, col 5 to line 168, col 66 of module Treiber>
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


\* <TreiberPopCas(1) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_8 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "pop_cas", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushWriteNext(3) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_9 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "pop_cas", "push_cas">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushCas(3) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_10 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "pop_cas", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopCas(2) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_11 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_read_payload", "pop_read_top", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopReadPayload(1) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_12 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "pop_read_top", "push_read_top">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPushReadTop(3) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_13 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<1, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "pop_read_top", "push_write_next">>
/\ nodeState = <<"live", "live", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<2, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<>>


\* <TreiberPopFree(1) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_14 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_read_top", "push_write_next">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadTop(1) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_15 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_read_top", "push_write_next">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<2, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPushWriteNext(3) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_16 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<3, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_read_top", "push_cas">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<1, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPushCas(3) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_17 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_read_top", "idle">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<3, 0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadTop(3) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_18 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_read_top", "pop_read_next">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<3, 0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadNext(3) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_19 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"pop_read_next", "pop_read_top", "pop_cas">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<3, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<3, 0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopCas(3) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_20 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 3>>
/\ pc = <<"pop_read_next", "pop_read_top", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadNext(1) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_21 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 3>>
/\ pc = <<"pop_cas", "pop_read_top", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_22 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 3>>
/\ pc = <<"pop_cas", "pop_read_next", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<1, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadNext(2) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_23 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 3>>
/\ pc = <<"pop_cas", "pop_cas", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<1, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopCas(1) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_24 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_read_payload", "pop_cas", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<1, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopCas(2) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_25 == 
/\ opsDone = <<1, 0, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_read_payload", "pop_read_top", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<1, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_26 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_read_payload", "idle", "pop_read_payload">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadPayload(3) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_27 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 3>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_read_payload", "idle", "pop_free">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_28 == 
/\ opsDone = <<1, 2, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 3>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_read_payload", "idle", "pop_free">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopReadPayload(1) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_29 == 
/\ opsDone = <<1, 2, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<0, -1, 3>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 3>>
/\ pc = <<"pop_free", "idle", "pop_free">>
/\ nodeState = <<"live", "free", "live">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<3, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 0>>
/\ freeList = <<2>>


\* <TreiberPopFree(3) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_30 == 
/\ opsDone = <<1, 2, 2>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<0, -1, -1>>
/\ pc = <<"pop_free", "idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<0, 1, 1>>
/\ freeList = <<3, 2>>


\* <TreiberPopFree(1) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_31 == 
/\ opsDone = <<2, 2, 2>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "idle">>
/\ nodeState = <<"free", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<0, 0, 3>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 1>>
/\ freeList = <<1, 3, 2>>


=================================================
