---------------- MODULE /work/wt/region-rest/traces/RegionRC/MC.sim.tmp/trace_0_3 -----------------
\* <Init line 95, col 5 to line 110, col 35 of module RegionRC>
STATE_1 == 
/\ pc = <<"send", "recv">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<3, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<TRUE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<0, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<0, 0>>


\* <Send(1) line 182, col 5 to line 186, col 58 of module RegionRC>
STATE_2 == 
/\ pc = <<"exit", "recv">>
/\ channel = "full"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<3, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<TRUE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<0, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<0, 0>>


\* <ExitR(1) line 189, col 5 to line 191, col 107 of module RegionRC>
STATE_3 == 
/\ pc = <<"dec", "recv">>
/\ channel = "full"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<3, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 0>>


\* <Dec(1) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_4 == 
/\ pc = <<"done", "recv">>
/\ channel = "full"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 0>>


\* <Recv(2) line 199, col 5 to line 203, col 58 of module RegionRC>
STATE_5 == 
/\ pc = <<"done", "tether">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 0>>


\* <TetherR(2) line 206, col 5 to line 211, col 58 of module RegionRC>
STATE_6 == 
/\ pc = <<"done", "release">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 0>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 0>>


\* <ReleaseHandle(2) line 214, col 5 to line 216, col 107 of module RegionRC>
STATE_7 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_8 == 
/\ pc = <<"done", "borrowRead">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <ReadR(2,"borrowRead","allocY") line 220, col 5 to line 223, col 58 of module RegionRC>
STATE_9 == 
/\ pc = <<"done", "allocY">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {}
/\ created = <<TRUE, FALSE, FALSE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <AllocY(2) line 236, col 14 to line 236, col 83 of module RegionRC>
STATE_10 == 
/\ pc = <<"done", "allocZ">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<4, 1, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>}
/\ created = <<TRUE, TRUE, FALSE>>
/\ scope = <<FALSE, TRUE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <AllocZ(2) line 237, col 14 to line 237, col 84 of module RegionRC>
STATE_11 == 
/\ pc = <<"done", "storeZY">>
/\ channel = "empty"
/\ rc = <<2, 1, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<4, 3, 1>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, TRUE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <StoreZY(2) line 268, col 5 to line 271, col 111 of module RegionRC>
STATE_12 == 
/\ pc = <<"done", "storeYR">>
/\ channel = "empty"
/\ rc = <<2, 1, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<4, 3, 1>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, TRUE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <StoreYR(2) line 274, col 5 to line 280, col 111 of module RegionRC>
STATE_13 == 
/\ pc = <<"done", "exitZ">>
/\ channel = "empty"
/\ rc = <<2, 1, 0>>
/\ decReturn = <<"done", "borrowRead">>
/\ life = <<4, 3, 1>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, TRUE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <ExitZ(2) line 289, col 13 to line 289, col 56 of module RegionRC>
STATE_14 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<2, 1, 0>>
/\ decReturn = <<"done", "exitY">>
/\ life = <<4, 3, 1>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 1>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 3>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_15 == 
/\ pc = <<"done", "free">>
/\ channel = "empty"
/\ rc = <<2, 1, 0>>
/\ decReturn = <<"done", "exitY">>
/\ life = <<4, 3, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, FALSE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 1>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 3>>


\* <Free(2) line 162, col 5 to line 172, col 106 of module RegionRC>
STATE_16 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "exitY">>
/\ life = <<4, 3, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 2>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_17 == 
/\ pc = <<"done", "exitY">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "exitY">>
/\ life = <<4, 1, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, TRUE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 2>>


\* <ExitY(2) line 290, col 13 to line 290, col 57 of module RegionRC>
STATE_18 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "global">>
/\ life = <<4, 1, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 1>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 2>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_19 == 
/\ pc = <<"done", "free">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "global">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, FALSE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 1>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 2>>


\* <Free(2) line 162, col 5 to line 172, col 106 of module RegionRC>
STATE_20 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "global">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_21 == 
/\ pc = <<"done", "global">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "global">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <GlobalStore(2) line 293, col 5 to line 297, col 58 of module RegionRC>
STATE_22 == 
/\ pc = <<"done", "untether">>
/\ channel = "empty"
/\ rc = <<2, 0, 0>>
/\ decReturn = <<"done", "global">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<1, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Untether(2) line 300, col 5 to line 305, col 98 of module RegionRC>
STATE_23 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "readGlobal">>
/\ life = <<4, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_24 == 
/\ pc = <<"done", "readGlobal">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "readGlobal">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <ReadR(2,"readGlobal","clear") line 220, col 5 to line 223, col 58 of module RegionRC>
STATE_25 == 
/\ pc = <<"done", "clear">>
/\ channel = "empty"
/\ rc = <<1, 0, 0>>
/\ decReturn = <<"done", "readGlobal">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <ClearGlobal(2) line 308, col 5 to line 312, col 107 of module RegionRC>
STATE_26 == 
/\ pc = <<"done", "dec">>
/\ channel = "empty"
/\ rc = <<0, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<2, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Dec(2) line 128, col 5 to line 142, col 52 of module RegionRC>
STATE_27 == 
/\ pc = <<"done", "free">>
/\ channel = "empty"
/\ rc = <<0, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<0, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<FALSE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


\* <Free(2) line 162, col 5 to line 172, col 106 of module RegionRC>
STATE_28 == 
/\ pc = <<"done", "done">>
/\ channel = "empty"
/\ rc = <<0, 0, 0>>
/\ decReturn = <<"done", "done">>
/\ life = <<0, 0, 0>>
/\ rewroteExternal = FALSE
/\ tethers = <<0, 0, 0>>
/\ edges = {<<2, 1>>, <<3, 1>>}
/\ created = <<TRUE, TRUE, TRUE>>
/\ scope = <<FALSE, FALSE, FALSE>>
/\ doubleFree = FALSE
/\ freed = <<TRUE, TRUE, TRUE>>
/\ into = <<0, 0, 0>>
/\ decAmount = <<1, 2>>
/\ seen = <<0, 0>>
/\ decRegion = <<1, 1>>


=================================================
