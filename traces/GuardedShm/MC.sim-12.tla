---------------- MODULE /work/main/traces/GuardedShm/MC.sim.tmp/trace_0_11 -----------------
\* <Init line 109, col 5 to line 123, col 36 of module GuardedShm>
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


\* <Create(1) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_2 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "create", "cleanup_open">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 0>>


\* <CleanupOpen(3) line 242, col 5 to line 251, col 95 of module GuardedShm>
STATE_3 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "create", "cleanup_creator">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_4 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "attach_open", "cleanup_creator">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <CleanupCreator(3) line 254, col 5 to line 260, col 100 of module GuardedShm>
STATE_5 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "attach_open", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Publish(1) line 175, col 5 to line 178, col 113 of module GuardedShm>
STATE_6 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "attach_open", "done">>
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
/\ seg = <<1, 0, 1>>


\* <OpenAttach(2) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_7 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "attach_load", "done">>
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
/\ seg = <<1, 1, 1>>


\* <AttachLoad(2) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_8 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "attach_load", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(1) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_9 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_load", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_load", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(2) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_11 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_cas", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(2) line 209, col 5 to line 218, col 100 of module GuardedShm>
STATE_12 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attached", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Crash(2) line 225, col 5 to line 229, col 117 of module GuardedShm>
STATE_13 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_14 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_open", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckOpen(1) line 288, col 5 to line 294, col 118 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_incarnation", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(1) line 297, col 5 to line 299, col 124 of module GuardedShm>
STATE_17 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"unlink", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Unlink(1) line 302, col 5 to line 306, col 109 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 2, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<TRUE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


=================================================
