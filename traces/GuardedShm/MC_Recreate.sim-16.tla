---------------- MODULE /work/wt/guarded-shm/traces/GuardedShm/MC_Recreate.sim.tmp/trace_0_15 -----------------
\* <Init line 107, col 5 to line 121, col 36 of module GuardedShm>
STATE_1 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "create">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 0
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 0>>


\* <Create(2) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_2 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "publish", "create">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <Create(3) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_3 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "publish", "attach_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <Publish(2) line 168, col 5 to line 174, col 94 of module GuardedShm>
STATE_4 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attached", "attach_open">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <DetachClear(2) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_5 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"create", "scan", "attach_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <OpenAttach(3) line 177, col 5 to line 184, col 114 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"create", "scan", "attach_load">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <Scan(2) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_7 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"create", "scan", "attach_load">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <Create(1) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_8 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_open", "scan", "attach_load">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <OpenAttach(1) line 177, col 5 to line 184, col 114 of module GuardedShm>
STATE_9 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_load", "scan", "attach_load">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_load", "claim", "attach_load">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(3) line 194, col 5 to line 202, col 113 of module GuardedShm>
STATE_11 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_load", "claim", "attach_cas">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(1) line 194, col 5 to line 202, col 113 of module GuardedShm>
STATE_12 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_cas", "claim", "attach_cas">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(3) line 205, col 5 to line 214, col 100 of module GuardedShm>
STATE_13 == 
/\ mine = <<0, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 0>>
/\ pc = <<"attach_cas", "claim", "attached">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(3) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_14 == 
/\ mine = <<0, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 1>>
/\ pc = <<"attach_cas", "claim", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(2) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_15 == 
/\ mine = <<0, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 1>>
/\ pc = <<"attach_cas", "check_open", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_16 == 
/\ mine = <<0, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 1>>
/\ pc = <<"attach_cas", "check_open", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckOpen(2) line 270, col 5 to line 276, col 118 of module GuardedShm>
STATE_17 == 
/\ mine = <<0, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 1>>
/\ pc = <<"attach_cas", "check_incarnation", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(1) line 205, col 5 to line 214, col 100 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 1, 1>>
/\ pc = <<"attached", "check_incarnation", "scan">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(1) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_19 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"scan", "check_incarnation", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_20 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"scan", "check_incarnation", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(3) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_21 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"scan", "check_incarnation", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_22 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"scan", "check_incarnation", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(2) line 279, col 5 to line 281, col 124 of module GuardedShm>
STATE_23 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"scan", "unlink", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_24 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"claim", "unlink", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_25 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "unlink", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


\* <Unlink(2) line 284, col 5 to line 288, col 109 of module GuardedShm>
STATE_26 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 1, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 1, 0>>
/\ seg = <<1, 1, 1>>


=================================================
