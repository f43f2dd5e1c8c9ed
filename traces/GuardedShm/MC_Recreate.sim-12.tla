---------------- MODULE /work/main/traces/GuardedShm/MC_Recreate.sim.tmp/trace_0_11 -----------------
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


\* <Publish(1) line 175, col 5 to line 178, col 113 of module GuardedShm>
STATE_3 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "create", "create">>
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


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_4 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "attach_open", "create">>
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


\* <Create(3) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_5 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"attached", "attach_open", "attach_open">>
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
STATE_6 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_open", "attach_open">>
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
STATE_7 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_open", "attach_open">>
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


\* <OpenAttach(3) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_8 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_open", "attach_load">>
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
/\ seg = <<1, 0, 1>>


\* <AttachLoad(3) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_9 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"scan", "attach_open", "attach_cas">>
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
/\ seg = <<1, 0, 1>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "attach_open", "attach_cas">>
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
/\ seg = <<1, 0, 1>>


\* <OpenAttach(2) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_11 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "attach_load", "attach_cas">>
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
/\ seg = <<1, 1, 1>>


\* <AttachLoad(2) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_12 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"claim", "attach_cas", "attach_cas">>
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
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_13 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_open", "attach_cas", "attach_cas">>
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
/\ seg = <<1, 1, 1>>


\* <CheckOpen(1) line 288, col 5 to line 294, col 118 of module GuardedShm>
STATE_14 == 
/\ mine = <<1, 0, 0>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_incarnation", "attach_cas", "attach_cas">>
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
/\ seg = <<1, 1, 1>>


\* <AttachCas(3) line 209, col 5 to line 218, col 100 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 0>>
/\ pc = <<"check_incarnation", "attach_cas", "attached">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(3) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attach_cas", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(2) line 209, col 5 to line 218, col 100 of module GuardedShm>
STATE_17 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attached", "scan">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"check_incarnation", "attached", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(1) line 297, col 5 to line 299, col 124 of module GuardedShm>
STATE_19 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"unlink", "attached", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Unlink(1) line 302, col 5 to line 306, col 109 of module GuardedShm>
STATE_20 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"done", "attached", "done">>
/\ slot = <<<<2, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<1, 1>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(2) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_21 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_22 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_23 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "claim", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(2) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_24 == 
/\ mine = <<1, 1, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<1, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 1>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<1, 0, 0>>
/\ seg = <<1, 1, 1>>


=================================================
