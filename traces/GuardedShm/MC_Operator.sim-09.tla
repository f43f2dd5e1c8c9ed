---------------- MODULE /work/wt/guarded-shm/traces/GuardedShm/MC_Operator.sim.tmp/trace_0_8 -----------------
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


\* <Publish(2) line 171, col 5 to line 177, col 94 of module GuardedShm>
STATE_4 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attached", "create">>
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


\* <Crash(2) line 223, col 5 to line 227, col 117 of module GuardedShm>
STATE_5 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "done", "create">>
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


\* <Create(1) line 160, col 5 to line 168, col 104 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "done", "create">>
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


\* <OpenAttach(1) line 180, col 5 to line 187, col 114 of module GuardedShm>
STATE_7 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_load", "done", "create">>
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
/\ seg = <<1, 1, 0>>


\* <Create(3) line 160, col 5 to line 168, col 104 of module GuardedShm>
STATE_8 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_load", "done", "attach_open">>
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
/\ seg = <<1, 1, 0>>


\* <OpenAttach(3) line 180, col 5 to line 187, col 114 of module GuardedShm>
STATE_9 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_load", "done", "attach_load">>
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
/\ seg = <<1, 1, 1>>


\* <AttachLoad(1) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_10 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_cas", "done", "attach_load">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(1) line 208, col 5 to line 217, col 100 of module GuardedShm>
STATE_11 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "done", "attach_load">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(3) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_12 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "done", "attach_load">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Crash(1) line 223, col 5 to line 227, col 117 of module GuardedShm>
STATE_13 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<FALSE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "attach_load">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(3) line 197, col 5 to line 205, col 113 of module GuardedShm>
STATE_14 == 
/\ mine = <<1, 1, 0>>
/\ alive = <<FALSE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "attach_cas">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<2, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(3) line 208, col 5 to line 217, col 100 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<FALSE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "attached">>
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


\* <Crash(3) line 223, col 5 to line 227, col 117 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 1, 2>>
/\ alive = <<FALSE, FALSE, FALSE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "done">>
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


=================================================
