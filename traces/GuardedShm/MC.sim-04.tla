---------------- MODULE /work/main/traces/GuardedShm/MC.sim.tmp/trace_0_3 -----------------
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


\* <CleanupOpen(3) line 242, col 5 to line 251, col 95 of module GuardedShm>
STATE_2 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "done">>
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


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_3 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "publish", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <Create(1) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_4 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "publish", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <Crash(2) line 225, col 5 to line 229, col 117 of module GuardedShm>
STATE_5 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "done", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


\* <OpenAttach(1) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 1, 0>>
/\ alive = <<TRUE, FALSE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 0>>


=================================================
