---------------- MODULE /work/wt/guarded-shm/traces/GuardedShm/MC.sim.tmp/trace_0_3 -----------------
\* <Init line 107, col 5 to line 121, col 36 of module GuardedShm>
STATE_1 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "cleanup_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 0
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 0>>


\* <Create(1) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_2 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "create", "cleanup_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Publish(1) line 168, col 5 to line 174, col 94 of module GuardedShm>
STATE_3 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "create", "cleanup_open">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <DetachClear(1) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_4 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "create", "cleanup_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <CleanupOpen(3) line 236, col 5 to line 242, col 95 of module GuardedShm>
STATE_5 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "create", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Create(2) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_6 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_open", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_7 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_open", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <OpenAttach(2) line 177, col 5 to line 184, col 114 of module GuardedShm>
STATE_8 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_9 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<2, 1, 2>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"claim", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(2) line 194, col 5 to line 202, col 113 of module GuardedShm>
STATE_11 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"claim", "attach_cas", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_12 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"claim", "attach_cas", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_13 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_open", "attach_cas", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckOpen(1) line 270, col 5 to line 276, col 118 of module GuardedShm>
STATE_14 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attach_cas", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(3) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attach_cas", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(2) line 205, col 5 to line 214, col 100 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attached", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(2) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_17 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"check_incarnation", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"check_incarnation", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(1) line 279, col 5 to line 281, col 124 of module GuardedShm>
STATE_19 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"unlink", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_20 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"unlink", "claim", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(2) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_21 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"unlink", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Unlink(1) line 284, col 5 to line 288, col 109 of module GuardedShm>
STATE_22 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


=================================================
