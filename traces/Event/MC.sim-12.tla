---------------- MODULE /work/wt/monitors-ipc/traces/Event/MC.sim.tmp/trace_0_11 -----------------
\* <Init line 96, col 5 to line 105, col 45 of module Event>
STATE_1 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "idle", "idle", "idle">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitLoad(2) line 117, col 5 to line 123, col 53 of module Event>
STATE_2 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_futex", "idle", "idle">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitFutex(2) line 132, col 5 to line 135, col 83 of module Event>
STATE_3 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {2}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_check", "idle", "idle">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetLoad(4) line 154, col 5 to line 157, col 90 of module Event>
STATE_4 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {2}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_check", "idle", "set_cas">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetCas(4) line 160, col 5 to line 169, col 78 of module Event>
STATE_5 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {2}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_check", "idle", "set_wake">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetWake(4) line 172, col 5 to line 175, col 83 of module Event>
STATE_6 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_check", "idle", "reset">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvReset(4) line 178, col 5 to line 181, col 87 of module Event>
STATE_7 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 2
/\ sets = 1
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "wait_check", "idle", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitCheck(2) line 144, col 5 to line 148, col 84 of module Event>
STATE_8 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 2
/\ sets = 1
/\ v = <<0, 0, 0, 0>>
/\ pc = <<"idle", "returned", "idle", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetLoad(3) line 154, col 5 to line 157, col 90 of module Event>
STATE_9 == 
/\ sleepOn = <<0, 0, 0, 0>>
/\ seen = <<0, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0, 0>>
/\ word = 2
/\ sets = 1
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"idle", "returned", "set_cas", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitLoad(1) line 117, col 5 to line 123, col 53 of module Event>
STATE_10 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 2
/\ sets = 1
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"wait_futex", "returned", "set_cas", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetCas(3) line 160, col 5 to line 169, col 78 of module Event>
STATE_11 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 5
/\ sets = 2
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"wait_futex", "returned", "set_wake", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitFutex(1) line 132, col 5 to line 135, col 83 of module Event>
STATE_12 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 5
/\ sets = 2
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"wait_check", "returned", "set_wake", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvWaitCheck(1) line 144, col 5 to line 148, col 84 of module Event>
STATE_13 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 5
/\ sets = 2
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"returned", "returned", "set_wake", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvSetWake(3) line 172, col 5 to line 175, col 83 of module Event>
STATE_14 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 5
/\ sets = 2
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"returned", "returned", "reset", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


\* <EvReset(3) line 178, col 5 to line 181, col 87 of module Event>
STATE_15 == 
/\ sleepOn = <<2, 0, 0, 0>>
/\ seen = <<2, 0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<1, 0, 0, 0>>
/\ word = 4
/\ sets = 2
/\ v = <<0, 0, 2, 0>>
/\ pc = <<"returned", "returned", "done", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE, FALSE>>


=================================================
