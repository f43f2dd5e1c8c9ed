---------------- MODULE /work/wt/wcq-linearizability/traces/wCQ/MC_Outrun.sim.tmp/trace_0_2 -----------------
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


\* <HelpKind(1) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 0>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"enq_faa", "idle">>
/\ helpSteps = <<1, 0>>
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
/\ held = <<{}, {1}>>
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


\* <EnqueueFaa(1) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<2, 0>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_load", "idle">>
/\ helpSteps = <<1, 0>>
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
/\ held = <<{}, {1}>>
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


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<2, 1>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"enq_load", "enq_faa">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
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


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 2>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 5,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"enq_load", "enq_load">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
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


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 3>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 5,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"enq_load", "enq_cas">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
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


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 4>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 5,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "thr_load">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 5>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 5,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "thr_store">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <ThresholdStore(2) line 413, col 5 to line 416, col 45 of module wCQ>
STATE_9 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
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
/\ pc = <<"enq_load", "idle">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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
STATE_10 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 1>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
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
/\ pc = <<"enq_load", "help_kind">>
/\ helpSteps = <<1, 0>>
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
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_11 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 2>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
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
/\ pc = <<"enq_load", "deq_faa">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_12 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 3>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"enq_load", "deq_load">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_13 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 4>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"enq_load", "deq_cas">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <DequeueInvalidate(2) line 521, col 5 to line 530, col 57 of module wCQ>
STATE_14 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 5>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"enq_load", "deq_read_tail">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <DequeueReadTail(2) line 533, col 5 to line 537, col 37 of module wCQ>
STATE_15 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"enq_load", "deq_thr">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <DequeueRetry(2) line 546, col 5 to line 549, col 74 of module wCQ>
STATE_16 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 7>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "deq_pub_seq">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishSeq(2) line 429, col 5 to line 432, col 37 of module wCQ>
STATE_17 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 8>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "deq_pub_local">>
/\ helpSteps = <<1, 1>>
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
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishLocal(2) line 435, col 5 to line 440, col 61 of module wCQ>
STATE_18 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 9>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "deq_pub_init">>
/\ helpSteps = <<1, 1>>
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
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishInit(2) line 443, col 5 to line 447, col 64 of module wCQ>
STATE_19 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 10>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "deq_pub_kind">>
/\ helpSteps = <<1, 1>>
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
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishKind(2) line 450, col 5 to line 453, col 64 of module wCQ>
STATE_20 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 11>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "deq_pub_seq2">>
/\ helpSteps = <<1, 1>>
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
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishSeq2(2) line 456, col 5 to line 459, col 64 of module wCQ>
STATE_21 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 12>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
/\ pc = <<"enq_load", "si_load">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <SlowLoad(2) line 628, col 5 to line 631, col 37 of module wCQ>
STATE_22 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 13>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 5, owner |-> 0],
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
/\ pc = <<"enq_load", "si_local">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <SlowLocal(2) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_23 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 14>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "si_phase1">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <SlowPhase1(2) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_24 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 15>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "pp_load">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishPhase2Load(2) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_25 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 16>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "pp_seq1">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishPhase2Seq1(2) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_26 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 17>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "pp_local">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishPhase2Local(2) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_27 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 18>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "pp_count">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishPhase2Count(2) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_28 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 19>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "pp_seq2">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <PublishPhase2Seq2(2) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_29 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 20>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "si_global">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 5, owner |-> 0]


\* <SlowGlobal(2) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_30 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 21>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "si_thr">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 4
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 2]


\* <SlowThreshold(2) line 751, col 5 to line 754, col 58 of module wCQ>
STATE_31 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 22>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "si_phase2">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 2]


\* <SlowPhase2(2) line 757, col 5 to line 760, col 64 of module wCQ>
STATE_32 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 23>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "si_clear">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 2]


\* <SlowClear(2) line 763, col 5 to line 767, col 54 of module wCQ>
STATE_33 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 24>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "ds_load">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueSlowLoad(2) line 855, col 5 to line 857, col 37 of module wCQ>
STATE_34 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 25>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "ds_fin">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueSlowFin(2) line 875, col 5 to line 881, col 51 of module wCQ>
STATE_35 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 26>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "deq_retire">>
/\ helpSteps = <<1, 1>>
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
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <RetireSeq(2) line 462, col 5 to line 465, col 64 of module wCQ>
STATE_36 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 27>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "deq_retire_kind">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 1,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <RetireKind(2) line 468, col 5 to line 471, col 80 of module wCQ>
STATE_37 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 28>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
/\ pc = <<"enq_load", "deq_final">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueFinal(2) line 610, col 5 to line 613, col 37 of module wCQ>
STATE_38 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> 5,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "deq_final_entry">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueFinalEntry(2) line 616, col 5 to line 621, col 60 of module wCQ>
STATE_39 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 30>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> -1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> FALSE,
     cpos |-> 5,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "cons_or">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_40 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 31>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "deq",
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
/\ pc = <<"enq_load", "idle">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
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
/\ head = [pos |-> 6, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_41 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<2, 1>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"enq_load", "enq_faa">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
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
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_42 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<2, 2>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"enq_load", "enq_load">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
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
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_43 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<2, 3>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"enq_load", "enq_cas">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
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
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_44 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<2, 4>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "thr_load">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_45 == 
/\ opsDone = <<0, 2>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<2, 5>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"enq_load", "thr_store">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 3
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <ThresholdStore(2) line 413, col 5 to line 416, col 45 of module wCQ>
STATE_46 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<2, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 4,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
   [ op |-> "enq",
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
/\ pc = <<"enq_load", "idle">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueLoad(1) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_47 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<3, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"enq_pub_seq", "idle">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishSeq(1) line 429, col 5 to line 432, col 37 of module wCQ>
STATE_48 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<4, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"enq_pub_local", "idle">>
/\ helpSteps = <<1, 1>>
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
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishLocal(1) line 435, col 5 to line 440, col 61 of module wCQ>
STATE_49 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<5, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"enq_pub_init", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishInit(1) line 443, col 5 to line 447, col 64 of module wCQ>
STATE_50 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<6, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"enq_pub_kind", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishKind(1) line 450, col 5 to line 453, col 64 of module wCQ>
STATE_51 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<7, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"enq_pub_seq2", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishSeq2(1) line 456, col 5 to line 459, col 64 of module wCQ>
STATE_52 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<8, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
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
   [ op |-> "enq",
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
/\ pc = <<"si_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowLoad(1) line 628, col 5 to line 631, col 37 of module wCQ>
STATE_53 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<9, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 7, owner |-> 0],
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
   [ op |-> "enq",
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
/\ pc = <<"si_local", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowLocal(1) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_54 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<10, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
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
   [ op |-> "enq",
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
/\ pc = <<"si_phase1", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowPhase1(1) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_55 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<11, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
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
   [ op |-> "enq",
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
/\ pc = <<"pp_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishPhase2Load(1) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_56 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<12, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"pp_seq1", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishPhase2Seq1(1) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_57 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<13, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"pp_local", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishPhase2Local(1) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_58 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<14, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"pp_count", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishPhase2Count(1) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_59 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<15, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"pp_seq2", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 0 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <PublishPhase2Seq2(1) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_60 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 7, owner |-> 0]
/\ steps = <<16, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"si_global", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowGlobal(1) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_61 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 1]
/\ steps = <<17, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"si_phase2", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowPhase2(1) line 757, col 5 to line 760, col 64 of module wCQ>
STATE_62 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 1]
/\ steps = <<18, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 7, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 2,
     fill |-> FALSE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"si_clear", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <SlowClear(1) line 763, col 5 to line 767, col 54 of module wCQ>
STATE_63 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<19, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
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
   [ op |-> "enq",
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
/\ pc = <<"es_seq1", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueSlowSeq1(1) line 773, col 5 to line 777, col 27 of module wCQ>
STATE_64 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<20, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
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
   [ op |-> "enq",
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
/\ pc = <<"es_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueSlowLoad(1) line 791, col 5 to line 793, col 37 of module wCQ>
STATE_65 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<21, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"es_cas", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 6, owner |-> 0]


\* <EnqueueSlowCas(1) line 802, col 5 to line 813, col 57 of module wCQ>
STATE_66 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<22, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"fe_fin", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] )
/\ head = [pos |-> 6, owner |-> 0]


\* <FinishEnqueueFin(1) line 816, col 5 to line 822, col 61 of module wCQ>
STATE_67 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<23, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "slow",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"fe_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] )
/\ head = [pos |-> 6, owner |-> 0]


\* <FinishEnqueueLoad(1) line 829, col 5 to line 831, col 37 of module wCQ>
STATE_68 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<24, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 0 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "slow",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"fe_cas", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] )
/\ head = [pos |-> 6, owner |-> 0]


\* <FinishEnqueueCas(1) line 834, col 5 to line 839, col 57 of module wCQ>
STATE_69 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<25, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 0 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "slow",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"thr_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <ThresholdLoad(1) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_70 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<26, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "owner",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"thr_load", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <ThresholdLoad(1) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_71 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<27, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"enq_retire", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <RetireSeq(1) line 462, col 5 to line 465, col 64 of module wCQ>
STATE_72 == 
/\ opsDone = <<0, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<28, 6>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> -1,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 7, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 7,
     fpo |-> 0,
     fseq |-> 0,
     flocal |-> 0,
     fcount |-> -1,
     pseq |-> 0,
     fill |-> TRUE,
     cpos |-> -1,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ],
   [ op |-> "enq",
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
/\ pc = <<"enq_retire_kind", "idle">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <RetireKind(1) line 468, col 5 to line 471, col 80 of module wCQ>
STATE_73 == 
/\ opsDone = <<1, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 6>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_74 == 
/\ opsDone = <<1, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_75 == 
/\ opsDone = <<1, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 6, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_76 == 
/\ opsDone = <<1, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_77 == 
/\ opsDone = <<1, 3>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 6,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 6,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_78 == 
/\ opsDone = <<1, 4>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_79 == 
/\ opsDone = <<1, 4>>
/\ tail = [pos |-> 8, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_80 == 
/\ opsDone = <<1, 4>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 8,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_81 == 
/\ opsDone = <<1, 4>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 8,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 6 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 6 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_82 == 
/\ opsDone = <<1, 4>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 8,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 6 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_83 == 
/\ opsDone = <<1, 5>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_84 == 
/\ opsDone = <<1, 5>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_85 == 
/\ opsDone = <<1, 5>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 7, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_86 == 
/\ opsDone = <<1, 5>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 7,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 8, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_87 == 
/\ opsDone = <<1, 5>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 7,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 7,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 8, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_88 == 
/\ opsDone = <<1, 6>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_89 == 
/\ opsDone = <<1, 6>>
/\ tail = [pos |-> 9, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_90 == 
/\ opsDone = <<1, 6>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 9,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_91 == 
/\ opsDone = <<1, 6>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 9,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_92 == 
/\ opsDone = <<1, 6>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 9,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_93 == 
/\ opsDone = <<1, 7>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_94 == 
/\ opsDone = <<1, 7>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_95 == 
/\ opsDone = <<1, 7>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 8, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_96 == 
/\ opsDone = <<1, 7>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 8,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_97 == 
/\ opsDone = <<1, 7>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 8,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 8,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_98 == 
/\ opsDone = <<1, 8>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_99 == 
/\ opsDone = <<1, 8>>
/\ tail = [pos |-> 10, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_100 == 
/\ opsDone = <<1, 8>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 10,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_101 == 
/\ opsDone = <<1, 8>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 10,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_102 == 
/\ opsDone = <<1, 8>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 10,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_103 == 
/\ opsDone = <<1, 9>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_104 == 
/\ opsDone = <<1, 9>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_105 == 
/\ opsDone = <<1, 9>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 9, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_106 == 
/\ opsDone = <<1, 9>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 9,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_107 == 
/\ opsDone = <<1, 9>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 9,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 9,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_108 == 
/\ opsDone = <<1, 10>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_109 == 
/\ opsDone = <<1, 10>>
/\ tail = [pos |-> 11, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_110 == 
/\ opsDone = <<1, 10>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 11,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_111 == 
/\ opsDone = <<1, 10>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 11,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 1, note |-> 1, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 10, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_112 == 
/\ opsDone = <<1, 10>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 11,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 10, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_113 == 
/\ opsDone = <<1, 11>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 10, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_114 == 
/\ opsDone = <<1, 11>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 10, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_115 == 
/\ opsDone = <<1, 11>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 10, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_116 == 
/\ opsDone = <<1, 11>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 10,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_117 == 
/\ opsDone = <<1, 11>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 10,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 10,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_118 == 
/\ opsDone = <<1, 12>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_119 == 
/\ opsDone = <<1, 12>>
/\ tail = [pos |-> 12, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_120 == 
/\ opsDone = <<1, 12>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 12,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_121 == 
/\ opsDone = <<1, 12>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 12,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_122 == 
/\ opsDone = <<1, 12>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 12,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_123 == 
/\ opsDone = <<1, 13>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_124 == 
/\ opsDone = <<1, 13>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_125 == 
/\ opsDone = <<1, 13>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 11, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_126 == 
/\ opsDone = <<1, 13>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 11,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 12, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_127 == 
/\ opsDone = <<1, 13>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 11,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 11,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 12, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_128 == 
/\ opsDone = <<1, 14>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_129 == 
/\ opsDone = <<1, 14>>
/\ tail = [pos |-> 13, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_130 == 
/\ opsDone = <<1, 14>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 13,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_131 == 
/\ opsDone = <<1, 14>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 13,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_132 == 
/\ opsDone = <<1, 14>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 13,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_133 == 
/\ opsDone = <<1, 15>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_134 == 
/\ opsDone = <<1, 15>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_135 == 
/\ opsDone = <<1, 15>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 12, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_136 == 
/\ opsDone = <<1, 15>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 12,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_137 == 
/\ opsDone = <<1, 15>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 12,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 12,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_138 == 
/\ opsDone = <<1, 16>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_139 == 
/\ opsDone = <<1, 16>>
/\ tail = [pos |-> 14, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_140 == 
/\ opsDone = <<1, 16>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 14,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_141 == 
/\ opsDone = <<1, 16>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 14,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 2,
        note |-> 2,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_142 == 
/\ opsDone = <<1, 16>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 14,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_143 == 
/\ opsDone = <<1, 17>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_144 == 
/\ opsDone = <<1, 17>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_145 == 
/\ opsDone = <<1, 17>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 13, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_146 == 
/\ opsDone = <<1, 17>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 13,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_147 == 
/\ opsDone = <<1, 17>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 13,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 13,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_148 == 
/\ opsDone = <<1, 18>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_149 == 
/\ opsDone = <<1, 18>>
/\ tail = [pos |-> 15, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_150 == 
/\ opsDone = <<1, 18>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 15,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_151 == 
/\ opsDone = <<1, 18>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 15,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 2, note |-> 2, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 14, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_152 == 
/\ opsDone = <<1, 18>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 15,
     seen |->
         [ cycle |-> 2,
           note |-> 2,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 14, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_153 == 
/\ opsDone = <<1, 19>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 14, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_154 == 
/\ opsDone = <<1, 19>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 14, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_155 == 
/\ opsDone = <<1, 19>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 14, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_156 == 
/\ opsDone = <<1, 19>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 14,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_157 == 
/\ opsDone = <<1, 19>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 14,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 14,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_158 == 
/\ opsDone = <<1, 20>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_159 == 
/\ opsDone = <<1, 20>>
/\ tail = [pos |-> 16, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_160 == 
/\ opsDone = <<1, 20>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 16,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_161 == 
/\ opsDone = <<1, 20>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 16,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_162 == 
/\ opsDone = <<1, 20>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 16,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_163 == 
/\ opsDone = <<1, 21>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_164 == 
/\ opsDone = <<1, 21>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_165 == 
/\ opsDone = <<1, 21>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 15, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_166 == 
/\ opsDone = <<1, 21>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 15,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 16, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_167 == 
/\ opsDone = <<1, 21>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 15,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 15,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 16, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_168 == 
/\ opsDone = <<1, 22>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_169 == 
/\ opsDone = <<1, 22>>
/\ tail = [pos |-> 17, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_170 == 
/\ opsDone = <<1, 22>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 17,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_171 == 
/\ opsDone = <<1, 22>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 17,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_172 == 
/\ opsDone = <<1, 22>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 17,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_173 == 
/\ opsDone = <<1, 23>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_174 == 
/\ opsDone = <<1, 23>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_175 == 
/\ opsDone = <<1, 23>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 16, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_176 == 
/\ opsDone = <<1, 23>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 16,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_177 == 
/\ opsDone = <<1, 23>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 16,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 16,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_178 == 
/\ opsDone = <<1, 24>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_179 == 
/\ opsDone = <<1, 24>>
/\ tail = [pos |-> 18, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_180 == 
/\ opsDone = <<1, 24>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 18,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_181 == 
/\ opsDone = <<1, 24>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 18,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 3,
        note |-> 3,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_182 == 
/\ opsDone = <<1, 24>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 18,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_183 == 
/\ opsDone = <<1, 25>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_184 == 
/\ opsDone = <<1, 25>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_185 == 
/\ opsDone = <<1, 25>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 17, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_186 == 
/\ opsDone = <<1, 25>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 17,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_187 == 
/\ opsDone = <<1, 25>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 17,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 17,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_188 == 
/\ opsDone = <<1, 26>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_189 == 
/\ opsDone = <<1, 26>>
/\ tail = [pos |-> 19, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_190 == 
/\ opsDone = <<1, 26>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 19,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_191 == 
/\ opsDone = <<1, 26>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 19,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 3, note |-> 3, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 18, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_192 == 
/\ opsDone = <<1, 26>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 19,
     seen |->
         [ cycle |-> 3,
           note |-> 3,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 18, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_193 == 
/\ opsDone = <<1, 27>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 18, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_194 == 
/\ opsDone = <<1, 27>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 18, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_195 == 
/\ opsDone = <<1, 27>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 18, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_196 == 
/\ opsDone = <<1, 27>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 18,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_197 == 
/\ opsDone = <<1, 27>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 18,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 18,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_198 == 
/\ opsDone = <<1, 28>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_199 == 
/\ opsDone = <<1, 28>>
/\ tail = [pos |-> 20, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_200 == 
/\ opsDone = <<1, 28>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 20,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_201 == 
/\ opsDone = <<1, 28>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 20,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_202 == 
/\ opsDone = <<1, 28>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 20,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_203 == 
/\ opsDone = <<1, 29>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_204 == 
/\ opsDone = <<1, 29>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_205 == 
/\ opsDone = <<1, 29>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 19, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_206 == 
/\ opsDone = <<1, 29>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 19,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 20, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_207 == 
/\ opsDone = <<1, 29>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 19,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 19,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 20, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_208 == 
/\ opsDone = <<1, 30>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_209 == 
/\ opsDone = <<1, 30>>
/\ tail = [pos |-> 21, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_210 == 
/\ opsDone = <<1, 30>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 21,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_211 == 
/\ opsDone = <<1, 30>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 21,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_212 == 
/\ opsDone = <<1, 30>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 21,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_213 == 
/\ opsDone = <<1, 31>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_214 == 
/\ opsDone = <<1, 31>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_215 == 
/\ opsDone = <<1, 31>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 20, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_216 == 
/\ opsDone = <<1, 31>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 20,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_217 == 
/\ opsDone = <<1, 31>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 20,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 20,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_218 == 
/\ opsDone = <<1, 32>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_219 == 
/\ opsDone = <<1, 32>>
/\ tail = [pos |-> 22, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_220 == 
/\ opsDone = <<1, 32>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 22,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_221 == 
/\ opsDone = <<1, 32>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 22,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 4,
        note |-> 4,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_222 == 
/\ opsDone = <<1, 32>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 22,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_223 == 
/\ opsDone = <<1, 33>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_224 == 
/\ opsDone = <<1, 33>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_225 == 
/\ opsDone = <<1, 33>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 21, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_226 == 
/\ opsDone = <<1, 33>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 21,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_227 == 
/\ opsDone = <<1, 33>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 21,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 21,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_228 == 
/\ opsDone = <<1, 34>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_229 == 
/\ opsDone = <<1, 34>>
/\ tail = [pos |-> 23, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_230 == 
/\ opsDone = <<1, 34>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 23,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_231 == 
/\ opsDone = <<1, 34>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 23,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 4, note |-> 4, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 22, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_232 == 
/\ opsDone = <<1, 34>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 23,
     seen |->
         [ cycle |-> 4,
           note |-> 4,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 22, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_233 == 
/\ opsDone = <<1, 35>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 22, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_234 == 
/\ opsDone = <<1, 35>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 22, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_235 == 
/\ opsDone = <<1, 35>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 22, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_236 == 
/\ opsDone = <<1, 35>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 22,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_237 == 
/\ opsDone = <<1, 35>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 22,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 22,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_238 == 
/\ opsDone = <<1, 36>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_239 == 
/\ opsDone = <<1, 36>>
/\ tail = [pos |-> 24, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_240 == 
/\ opsDone = <<1, 36>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 24,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_241 == 
/\ opsDone = <<1, 36>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 24,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_242 == 
/\ opsDone = <<1, 36>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 1,
     fpos |-> 24,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_243 == 
/\ opsDone = <<1, 37>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_244 == 
/\ opsDone = <<1, 37>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_245 == 
/\ opsDone = <<1, 37>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 23, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_246 == 
/\ opsDone = <<1, 37>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 23,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 24, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_247 == 
/\ opsDone = <<1, 37>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 23,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 0 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 23,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 0] )
/\ head = [pos |-> 24, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_248 == 
/\ opsDone = <<1, 38>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {0}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_249 == 
/\ opsDone = <<1, 38>>
/\ tail = [pos |-> 25, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
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
/\ pc = <<"idle", "enq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <EnqueueFaa(2) line 370, col 5 to line 375, col 59 of module wCQ>
STATE_250 == 
/\ opsDone = <<1, 38>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 25,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <EnqueueLoad(2) line 378, col 5 to line 380, col 37 of module wCQ>
STATE_251 == 
/\ opsDone = <<1, 38>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 25,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
/\ pc = <<"idle", "enq_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <EnqueueCas(2) line 388, col 5 to line 398, col 57 of module wCQ>
STATE_252 == 
/\ opsDone = <<1, 38>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
     idx |-> 0,
     att |-> 1,
     fpos |-> 25,
     seen |->
         [ cycle |-> 5,
           note |-> 5,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 0,
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
     ret |-> "fast",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_253 == 
/\ opsDone = <<1, 39>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "enq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <DequeueCheckThreshold(2) line 480, col 5 to line 489, col 37 of module wCQ>
STATE_254 == 
/\ opsDone = <<1, 39>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 1>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "help_kind">>
/\ helpSteps = <<1, 0>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 0>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_255 == 
/\ opsDone = <<1, 39>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 2>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ pc = <<"idle", "deq_faa">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 24, owner |-> 0]


\* <DequeueFaa(2) line 509, col 5 to line 513, col 60 of module wCQ>
STATE_256 == 
/\ opsDone = <<1, 39>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 3>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 24,
     seen |->
         [ cycle |-> -1,
           note |-> -1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 7 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
/\ pc = <<"idle", "deq_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 25, owner |-> 0]


\* <DequeueLoad(2) line 516, col 5 to line 518, col 37 of module wCQ>
STATE_257 == 
/\ opsDone = <<1, 39>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 4>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
     idx |-> -1,
     att |-> 1,
     fpos |-> 24,
     seen |->
         [ cycle |-> 6,
           note |-> 6,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 1 ],
     slow |-> FALSE,
     help |-> FALSE,
     rq |-> 2,
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
     cpos |-> 24,
     ch |-> -1,
     craw |-> [pos |-> -1, owner |-> 0],
     ret |-> "none",
     fr |-> 0,
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "cons_or">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 25, owner |-> 0]


\* <ConsumeOr(2) line 593, col 5 to line 598, col 70 of module wCQ>
STATE_258 == 
/\ opsDone = <<1, 40>>
/\ tail = [pos |-> 26, owner |-> 0]
/\ steps = <<29, 5>>
/\ l = << [ op |-> "enq",
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
   [ op |-> "deq",
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
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 7, fin |-> TRUE, inc |-> FALSE],
     itail |-> 4,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 7,
     p2seq2 |-> 2 ],
   [ seq1 |-> 2,
     seq2 |-> 1,
     kind |-> 0,
     ltail |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     ihead |-> 4,
     p2seq1 |-> 2,
     p2local |-> 3,
     p2count |-> 5,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{}, {1}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  1 :>
      [ cycle |-> 6,
        note |-> 6,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 5,
        note |-> 5,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 5, note |-> 5, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 25, owner |-> 0]


=================================================
