---------------- MODULE /work/wt/monitors-reclaim/traces/Treiber/MC.sim.tmp/trace_0_1 -----------------
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


\* <TreiberPopReadTop(3) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_2 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "pop_read_next">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadNext(3) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_3 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "pop_cas">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_4 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_read_next", "pop_cas">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<2, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0, 0>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopCas(3) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_5 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"idle", "pop_read_next", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadTop(1) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_6 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"pop_read_next", "pop_read_next", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadNext(1) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_7 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"pop_cas", "pop_read_next", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<1, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<0>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopCas(1) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_8 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 0>>
/\ pc = <<"pop_read_payload", "pop_read_next", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadNext(2) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_9 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 0>>
/\ pc = <<"pop_read_payload", "pop_cas", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadPayload(1) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_10 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<0, -1, -1>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 0>>
/\ pc = <<"pop_free", "pop_cas", "pop_read_payload">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadPayload(3) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_11 == 
/\ opsDone = <<0, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<0, -1, 0>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<0, -1, 0>>
/\ pc = <<"pop_free", "pop_cas", "pop_free">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<1, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<0, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopFree(1) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_12 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 0>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"idle", "pop_cas", "pop_free">>
/\ nodeState = <<"free", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<0, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 0, 0>>
/\ freeList = <<1, 3>>


\* <TreiberPushAlloc(1) line 154, col 5 to line 162, col 68 of module Treiber>
STATE_13 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 0>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"push_read_top", "pop_cas", "pop_free">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopCas(2) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_14 == 
/\ opsDone = <<1, 0, 0>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 0>>
/\ nx = <<<<0, 0>>, <<1, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"push_read_top", "pop_read_top", "pop_free">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<2, 0>>, <<2, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_15 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 0>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"push_read_top", "idle", "pop_free">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<2, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPushReadTop(1) line 165, col 5 to line 168, col 66 of module Treiber>
STATE_16 == 
/\ opsDone = <<1, 1, 0>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, 0>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<1, 0>>>>
/\ expect = <<-1, -1, 0>>
/\ pc = <<"push_write_next", "idle", "pop_free">>
/\ nodeState = <<"live", "live", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<2, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 0, 0>>
/\ freeList = <<3>>


\* <TreiberPopFree(3) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_17 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_write_next", "idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPushWriteNext(1) line 171, col 5 to line 174, col 98 of module Treiber>
STATE_18 == 
/\ opsDone = <<1, 1, 1>>
/\ node = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"push_cas", "idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPushCas(1) line 177, col 5 to line 184, col 72 of module Treiber>
STATE_19 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<1, 1>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopReadTop(2) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_20 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_read_next", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<1, 1>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopReadNext(2) line 199, col 5 to line 202, col 66 of module Treiber>
STATE_21 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "pop_cas", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<1, 1>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<1>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopCas(2) line 205, col 5 to line 213, col 100 of module Treiber>
STATE_22 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, 1, -1>>
/\ pc = <<"idle", "pop_read_payload", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopReadPayload(2) line 220, col 5 to line 223, col 65 of module Treiber>
STATE_23 == 
/\ opsDone = <<2, 1, 1>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, 1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, 1, -1>>
/\ pc = <<"idle", "pop_free", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopReadTop(3) line 190, col 5 to line 196, col 48 of module Treiber>
STATE_24 == 
/\ opsDone = <<2, 1, 2>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, 1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, 1, -1>>
/\ pc = <<"idle", "pop_free", "idle">>
/\ nodeState = <<"live", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<1, 1, 0>>
/\ freeList = <<2, 3>>


\* <TreiberPopFree(2) line 227, col 5 to line 235, col 44 of module Treiber>
STATE_25 == 
/\ opsDone = <<2, 2, 2>>
/\ node = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ val = <<-1, -1, -1>>
/\ nx = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ expect = <<-1, -1, -1>>
/\ pc = <<"idle", "idle", "idle">>
/\ nodeState = <<"free", "free", "free">>
/\ top = <<0, 0>>
/\ next = <<<<0, 0>>, <<1, 0>>, <<0, 0>>>>
/\ abs = <<>>
/\ tp = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ payload = <<1, 0, 0>>
/\ doubleFree = FALSE
/\ gen = <<2, 1, 0>>
/\ freeList = <<1, 2, 3>>


=================================================
