---------------- MODULE /work/wt/wcq-linearizability/traces/wCQ/MC.sim.tmp/trace_0_3 -----------------
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


\* <HelpKind(2) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_2 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<0, 1>>
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
/\ pc = <<"idle", "enq_last">>
/\ helpSteps = <<0, 1>>
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
/\ held = <<{0}, {}>>
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
STATE_3 == 
/\ opsDone = <<1, 0>>
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
/\ pc = <<"idle", "enq_last">>
/\ helpSteps = <<0, 1>>
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
/\ held = <<{0}, {}>>
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


\* <EnqueueLast(2) line 422, col 5 to line 426, col 40 of module wCQ>
STATE_4 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 2>>
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
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 0,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "enq_pub_seq">>
/\ helpSteps = <<0, 1>>
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
/\ held = <<{0}, {}>>
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


\* <PublishSeq(2) line 429, col 5 to line 432, col 37 of module wCQ>
STATE_5 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 3>>
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
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "enq_pub_local">>
/\ helpSteps = <<0, 1>>
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
/\ held = <<{0}, {}>>
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


\* <PublishLocal(2) line 435, col 5 to line 440, col 61 of module wCQ>
STATE_6 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 4>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "enq_pub_init">>
/\ helpSteps = <<0, 1>>
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
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 0,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishInit(2) line 443, col 5 to line 447, col 64 of module wCQ>
STATE_7 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 5>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "enq_pub_kind">>
/\ helpSteps = <<0, 1>>
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
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishKind(2) line 450, col 5 to line 453, col 64 of module wCQ>
STATE_8 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 6>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "enq_pub_seq2">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishSeq2(2) line 456, col 5 to line 459, col 64 of module wCQ>
STATE_9 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 7>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "si_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowLoad(2) line 628, col 5 to line 631, col 37 of module wCQ>
STATE_10 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 8>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> -1,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "si_local">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowLocal(2) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_11 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 9>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "si_phase1">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowPhase1(2) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_12 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 10>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "pp_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishPhase2Load(2) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_13 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 11>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "pp_seq1">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 1,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishPhase2Seq1(2) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_14 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 12>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "pp_local">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishPhase2Local(2) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_15 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 13>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "pp_count">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 0,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishPhase2Count(2) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_16 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 14>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "pp_seq2">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 0 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <PublishPhase2Seq2(2) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_17 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 15>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "si_global">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowGlobal(2) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_18 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 2]
/\ steps = <<1, 16>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "si_phase2">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowPhase2(2) line 757, col 5 to line 760, col 64 of module wCQ>
STATE_19 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 2]
/\ steps = <<1, 17>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 4, owner |-> 0],
     cnt |-> 4,
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
/\ pc = <<"idle", "si_clear">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <SlowClear(2) line 763, col 5 to line 767, col 54 of module wCQ>
STATE_20 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 18>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "es_seq1">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <EnqueueSlowSeq1(2) line 773, col 5 to line 777, col 27 of module wCQ>
STATE_21 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 19>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
     fpo |-> 0,
     fseq |-> 0,
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
/\ pc = <<"idle", "es_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <EnqueueSlowLoad(2) line 791, col 5 to line 793, col 37 of module wCQ>
STATE_22 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 20>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "es_cas">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
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


\* <EnqueueSlowCas(2) line 802, col 5 to line 813, col 57 of module wCQ>
STATE_23 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 21>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "fe_fin">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 1 ] @@
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


\* <FinishEnqueueFin(2) line 816, col 5 to line 822, col 61 of module wCQ>
STATE_24 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 22>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 0,
           note |-> 0,
           unsafe |-> FALSE,
           final |-> TRUE,
           index |-> 7 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "fe_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 1 ] @@
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


\* <FinishEnqueueLoad(2) line 829, col 5 to line 831, col 37 of module wCQ>
STATE_25 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 23>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 1 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "fe_cas">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 1 ] @@
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


\* <FinishEnqueueCas(2) line 834, col 5 to line 839, col 57 of module wCQ>
STATE_26 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 24>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 1 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_27 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 25>>
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
   [ op |-> "enq",
     idx |-> 1,
     att |-> 0,
     fpos |-> -1,
     seen |->
         [ cycle |-> 1,
           note |-> 1,
           unsafe |-> FALSE,
           final |-> FALSE,
           index |-> 1 ],
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_store">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = -1
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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


\* <ThresholdStore(2) line 413, col 5 to line 416, col 45 of module wCQ>
STATE_28 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 26>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "thr_load">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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


\* <ThresholdLoad(2) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_29 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 27>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "enq_retire">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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


\* <RetireSeq(2) line 462, col 5 to line 465, col 64 of module wCQ>
STATE_30 == 
/\ opsDone = <<1, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 28>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 2,
     rqIdx |-> 1,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 4,
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
     hdeq |-> FALSE ] >>
/\ pc = <<"idle", "enq_retire_kind">>
/\ helpSteps = <<0, 1>>
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
     kind |-> 3,
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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


\* <RetireKind(2) line 468, col 5 to line 471, col 80 of module wCQ>
STATE_31 == 
/\ opsDone = <<1, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<1, 29>>
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
/\ helpSteps = <<0, 1>>
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
     ltail |-> [pos |-> 4, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 2,
     p2count |-> 4,
     p2seq2 |-> 2 ] >>
/\ nextCheck = <<1, 1>>
/\ helpCursor = <<1, 0>>
/\ held = <<{0}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
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
