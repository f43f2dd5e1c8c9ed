---------------- MODULE /work/main/traces/GuardedShm/MC_Recreate.sim.tmp/trace_0_1 -----------------
\* <Init line 109, col 5 to line 123, col 36 of module GuardedShm>
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


\* <Create(1) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_2 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "create", "create">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Create(3) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_3 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "create", "attach_open">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_4 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "attach_open", "attach_open">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <OpenAttach(2) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_5 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "done", "attach_open">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <OpenAttach(3) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_6 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "done", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Publish(1) line 175, col 5 to line 178, col 113 of module GuardedShm>
STATE_7 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "done", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <DetachClear(1) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_8 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_9 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <ClaimStep(1) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_11 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_open", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <CheckOpen(1) line 288, col 5 to line 294, col 118 of module GuardedShm>
STATE_12 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_incarnation", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <CheckIncarnationStep(1) line 297, col 5 to line 299, col 124 of module GuardedShm>
STATE_13 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"unlink", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <Unlink(1) line 302, col 5 to line 306, col 109 of module GuardedShm>
STATE_14 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 0, 0>>


=================================================
