---------------- MODULE /work/main/traces/GuardedShm/MC_Recreate.sim.tmp/trace_0_19 -----------------
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


\* <Create(3) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_2 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "create", "publish">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <Create(2) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_3 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attach_open", "publish">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<FALSE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 1, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 0, 1>>


\* <Publish(3) line 175, col 5 to line 178, col 113 of module GuardedShm>
STATE_4 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attach_open", "attached">>
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


\* <OpenAttach(2) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_5 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attach_load", "attached">>
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
/\ seg = <<0, 1, 1>>


\* <AttachLoad(2) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_6 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 0>>
/\ pc = <<"create", "attach_load", "attached">>
/\ slot = <<<<3, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<1, 1>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <DetachClear(3) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_7 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"create", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <Create(1) line 161, col 5 to line 172, col 85 of module GuardedShm>
STATE_8 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_open", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<0, 1, 1>>


\* <OpenAttach(1) line 181, col 5 to line 188, col 114 of module GuardedShm>
STATE_9 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_load", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 1>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_10 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_load", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(1) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_11 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_cas", "attach_load", "scan">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 2>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <Scan(3) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_12 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_cas", "attach_load", "claim">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<FALSE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(3) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_13 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_cas", "attach_load", "check_open">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 0>>
/\ seg = <<1, 1, 1>>


\* <CheckOpen(3) line 288, col 5 to line 294, col 118 of module GuardedShm>
STATE_14 == 
/\ mine = <<0, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attach_cas", "attach_load", "check_incarnation">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(1) line 209, col 5 to line 218, col 100 of module GuardedShm>
STATE_15 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attached", "attach_load", "check_incarnation">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <CheckIncarnationStep(3) line 297, col 5 to line 299, col 124 of module GuardedShm>
STATE_16 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attached", "attach_load", "unlink">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 1
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 0>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <Unlink(3) line 302, col 5 to line 306, col 109 of module GuardedShm>
STATE_17 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<0, 0, 1>>
/\ pc = <<"attached", "attach_load", "done">>
/\ slot = <<<<1, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{}, {}, {3}>>
/\ name = 0
/\ holds = <<<<1, 1>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(1) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_18 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_load", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<1, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_19 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_load", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <AttachLoad(2) line 198, col 5 to line 206, col 113 of module GuardedShm>
STATE_20 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"scan", "attach_cas", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<2, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <Scan(1) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_21 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"claim", "attach_cas", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(1) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_22 == 
/\ mine = <<1, 0, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"done", "attach_cas", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <AttachCas(2) line 209, col 5 to line 218, col 100 of module GuardedShm>
STATE_23 == 
/\ mine = <<1, 2, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 0, 1>>
/\ pc = <<"done", "attached", "done">>
/\ slot = <<<<0, 2>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<1, 2>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <DetachClear(2) line 232, col 5 to line 238, col 87 of module GuardedShm>
STATE_24 == 
/\ mine = <<1, 2, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 1, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_25 == 
/\ mine = <<1, 2, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "scan", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 2, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <Scan(2) line 263, col 5 to line 271, col 119 of module GuardedShm>
STATE_26 == 
/\ mine = <<1, 2, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "claim", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


\* <ClaimStep(2) line 274, col 5 to line 283, col 115 of module GuardedShm>
STATE_27 == 
/\ mine = <<1, 2, 1>>
/\ alive = <<TRUE, TRUE, TRUE>>
/\ scanSeg = <<1, 1, 1>>
/\ pc = <<"done", "done", "done">>
/\ slot = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ scanLive = <<{1}, {2}, {3}>>
/\ name = 0
/\ holds = <<<<0, 0>>, <<0, 0>>, <<0, 0>>>>
/\ removed = <<0, 0, 1>>
/\ published = <<TRUE, FALSE, FALSE>>
/\ created = 1
/\ idx = <<3, 3, 3>>
/\ claimed = <<TRUE, FALSE, FALSE>>
/\ seen = <<0, 0, 1>>
/\ seg = <<1, 1, 1>>


=================================================
