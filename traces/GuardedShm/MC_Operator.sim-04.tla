---------------- MODULE /work/wt/guarded-shm/traces/GuardedShm/MC_Operator.sim.tmp/trace_0_3 -----------------
\* <Init line 107, col 5 to line 121, col 36 of module GuardedShm>
STATE_1 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "operator_unlink">>
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


\* <OperatorUnlink(3) line 153, col 5 to line 157, col 118 of module GuardedShm>
STATE_2 == 
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


\* <Create(2) line 160, col 5 to line 168, col 104 of module GuardedShm>
STATE_3 == 
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


\* <Create(3) line 160, col 5 to line 168, col 104 of module GuardedShm>
STATE_4 == 
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


\* <Publish(2) line 171, col 5 to line 177, col 94 of module GuardedShm>
STATE_5 == 
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


\* <OpenAttach(3) line 180, col 5 to line 187, col 114 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attached", "attach_load">>
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
/\ seg = <<0, 1, 1>>


\* <Create(1) line 160, col 5 to line 168, col 104 of module GuardedShm>
STATE_7 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "attached", "attach_load">>
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
/\ seg = <<0, 1, 1>>


\* <AttachLoad(3) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_8 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "attached", "attach_load">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <AttachLoad(3) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_9 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "attached", "attach_cas">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <AttachCas(3) line 208, col 5 to line 217, col 100 of module GuardedShm>
STATE_10 == 
/\ mine = <<0, 1, 2>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "attached", "attached">>
/\ slot = <<<<2, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <Crash(3) line 223, col 5 to line 227, col 117 of module GuardedShm>
STATE_11 == 
/\ mine = <<0, 1, 2>>
/\ alive = <<TRUE, TRUE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "attached", "done">>
/\ slot = <<<<2, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <Crash(2) line 223, col 5 to line 227, col 117 of module GuardedShm>
STATE_12 == 
/\ mine = <<0, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "done", "done">>
/\ slot = <<<<2, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <OpenAttach(1) line 180, col 5 to line 187, col 114 of module GuardedShm>
STATE_13 == 
/\ mine = <<0, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_load", "done", "done">>
/\ slot = <<<<2, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(1) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_14 == 
/\ mine = <<0, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_cas", "done", "done">>
/\ slot = <<<<2, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(1) line 208, col 5 to line 217, col 100 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "done", "done">>
/\ slot = <<<<1, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(1) line 230, col 5 to line 236, col 87 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 248, col 5 to line 256, col 119 of module GuardedShm>
STATE_17 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 248, col 5 to line 256, col 119 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 259, col 5 to line 268, col 115 of module GuardedShm>
STATE_19 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_open", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckOpen(1) line 273, col 5 to line 279, col 118 of module GuardedShm>
STATE_20 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_incarnation", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(1) line 282, col 5 to line 284, col 124 of module GuardedShm>
STATE_21 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"unlink", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Unlink(1) line 287, col 5 to line 291, col 109 of module GuardedShm>
STATE_22 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<TRUE, FALSE, FALSE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 3>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<1, 1>>, <<1, 2>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 2>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


=================================================
