---------------- MODULE /work/main/traces/GuardedShm/MC.sim.tmp/trace_0_15 -----------------
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


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_3 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "attach_open", "cleanup_open">>
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


\* <OpenAttach(2) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_4 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"publish", "done", "cleanup_open">>
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


\* <Publish(1) line 175, col 5 to line 178, col 113 of module GuardedShm>
STATE_5 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "done", "cleanup_open">>
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


\* <CleanupOpen(3) line 242, col 5 to line 251, col 95 of module GuardedShm>
STATE_6 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attached", "done", "scan">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {1}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Scan(3) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_7 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attached", "done", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {1}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


\* <Crash(1) line 225, col 5 to line 229, col 117 of module GuardedShm>
STATE_8 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<FALSE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {1}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 0, 1>>


=================================================
