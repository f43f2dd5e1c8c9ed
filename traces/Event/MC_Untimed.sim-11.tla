---------------- MODULE /work/main/traces/Event/MC_Untimed.sim.tmp/trace_0_10 -----------------
\* <Init line 84, col 5 to line 93, col 45 of module Event>
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


\* <EvSetLoad(3) line 135, col 5 to line 138, col 90 of module Event>
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


\* <EvWaitLoad(1) line 105, col 5 to line 111, col 53 of module Event>
STATE_3 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0>>
/\ pc = <<"wait_futex", "idle", "set_cas">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvWaitFutex(1) line 120, col 5 to line 123, col 83 of module Event>
STATE_4 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {1}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 0
/\ sets = 0
/\ v = <<0, 0, 0>>
/\ pc = <<"wait_check", "idle", "set_cas">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvSetCas(3) line 141, col 5 to line 150, col 78 of module Event>
STATE_5 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {1}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"wait_check", "idle", "set_wake">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <SpuriousWake(1) line 170, col 5 to line 174, col 87 of module Event>
STATE_6 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"wait_check", "idle", "set_wake">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvWaitCheck(1) line 126, col 5 to line 129, col 93 of module Event>
STATE_7 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"returned", "idle", "set_wake">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvSetWake(3) line 153, col 5 to line 156, col 83 of module Event>
STATE_8 == 
/\ sleepOn = <<0, 0, 0>>
/\ seen = <<0, 0, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 0, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"returned", "idle", "done">>
/\ setAtBegin = <<FALSE, FALSE, FALSE>>


\* <EvWaitLoad(2) line 105, col 5 to line 111, col 53 of module Event>
STATE_9 == 
/\ sleepOn = <<0, 3, 0>>
/\ seen = <<0, 3, 0>>
/\ expired = <<FALSE, FALSE, FALSE>>
/\ sleepers = {}
/\ setsAtBegin = <<0, 1, 0>>
/\ word = 3
/\ sets = 1
/\ v = <<0, 0, 0>>
/\ pc = <<"returned", "returned", "done">>
/\ setAtBegin = <<FALSE, TRUE, FALSE>>


=================================================
