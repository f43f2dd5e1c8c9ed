---------------- MODULE /work/wt/guarded-shm/traces/GuardedShm/MC_Recreate.sim.tmp/trace_0_19 -----------------
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


\* <Create(3) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_2 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "publish">>
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
/\ seg = <<0, 0, 1>>


\* <Create(1) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_3 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attach_open", "create", "publish">>
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
/\ seg = <<0, 0, 1>>


\* <OpenAttach(1) line 177, col 5 to line 184, col 114 of module GuardedShm>
STATE_4 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "create", "publish">>
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
/\ seg = <<0, 0, 1>>


\* <Create(2) line 157, col 5 to line 165, col 104 of module GuardedShm>
STATE_5 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "attach_open", "publish">>
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
/\ seg = <<0, 0, 1>>


\* <OpenAttach(2) line 177, col 5 to line 184, col 114 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "publish">>
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
/\ seg = <<0, 0, 1>>


\* <Publish(3) line 168, col 5 to line 174, col 94 of module GuardedShm>
STATE_7 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"done", "done", "attached">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <DetachClear(3) line 227, col 5 to line 233, col 87 of module GuardedShm>
STATE_8 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_9 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <Scan(3) line 245, col 5 to line 253, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 3>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <ClaimStep(3) line 256, col 5 to line 265, col 115 of module GuardedShm>
STATE_11 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "check_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <CheckOpen(3) line 270, col 5 to line 276, col 118 of module GuardedShm>
STATE_12 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "check_incarnation">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<0, 0, 1>>


\* <CheckIncarnationStep(3) line 279, col 5 to line 281, col 124 of module GuardedShm>
STATE_13 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "unlink">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<0, 0, 1>>


\* <Unlink(3) line 284, col 5 to line 288, col 109 of module GuardedShm>
STATE_14 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<0, 0, 1>>


=================================================
