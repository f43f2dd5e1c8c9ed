---------------- MODULE /work/wt/monitors-ipc/traces/Event/MC_Untimed.sim.tmp/trace_0_16 -----------------
\* <Init line 96, col 5 to line 105, col 45 of module Event>
STATE_1 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "idle">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvSetLoad(3) line 154, col 5 to line 157, col 90 of module Event>
STATE_2 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "set_cas">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvSetCas(3) line 160, col 5 to line 169, col 78 of module Event>
STATE_3 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"idle", "idle", "set_wake">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvWaitLoad(2) line 117, col 5 to line 123, col 53 of module Event>
STATE_4 == 
/\ sleepOn = <<0, 3, 0>>
/\ seen = <<0, 3, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 1, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"idle", "returned", "set_wake">>
/\ setAtBegin = <<FALSE, TRUE, FALSE>>


\* <EvSetWake(3) line 172, col 5 to line 175, col 83 of module Event>
STATE_5 == 
/\ sleepOn = <<0, 3, 0>>
/\ seen = <<0, 3, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 1, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"idle", "returned", "done">>
/\ setAtBegin = <<FALSE, TRUE, FALSE>>


\* <EvWaitLoad(1) line 117, col 5 to line 123, col 53 of module Event>
STATE_6 == 
/\ sleepOn = <<3, 3, 0>>
/\ seen = <<3, 3, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 1, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"returned", "returned", "done">>
/\ setAtBegin = <<TRUE, TRUE, FALSE>>


=================================================
