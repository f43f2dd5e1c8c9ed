---------------- MODULE /work/wt/wcq-linearizability/traces/wCQ/MC.sim.tmp/trace_0_1 -----------------
\* <Init line 173, col 5 to line 187, col 38 of module wCQ>
STATE_1 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<0, 0>>
/\ l = << [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "idle">>
/\ helpSteps = <<0, 0>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <DequeueCheckThreshold(1) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_2 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 0>>
/\ l = << [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "idle">>
/\ helpSteps = <<0, 0>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_3 == 
/\ opsDone = <<1, 1>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 1>>
/\ l = << [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "none",
     idx |-> -1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 0,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> -1, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "idle">>
/\ helpSteps = <<0, 0>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {1}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


=================================================
