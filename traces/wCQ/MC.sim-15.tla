---------------- MODULE /work/wt/wcq-linearizability/traces/wCQ/MC.sim.tmp/trace_0_14 -----------------
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


\* <EnqueueLast(2) line 422, col 5 to line 426, col 40 of module wCQ>
STATE_3 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<0, 2>>
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


\* <HelpKind(1) line 299, col 5 to line 313, col 40 of module wCQ>
STATE_4 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 2>>
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
/\ pc = <<"enq_last", "enq_pub_seq">>
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


\* <PublishSeq(2) line 429, col 5 to line 432, col 37 of module wCQ>
STATE_5 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<1, 3>>
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
/\ pc = <<"enq_last", "enq_pub_local">>
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


\* <EnqueueLast(1) line 422, col 5 to line 426, col 40 of module wCQ>
STATE_6 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<2, 3>>
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
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_seq", "enq_pub_local">>
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


\* <PublishSeq(1) line 429, col 5 to line 432, col 37 of module wCQ>
STATE_7 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<3, 3>>
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
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_local", "enq_pub_local">>
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


\* <PublishLocal(2) line 435, col 5 to line 440, col 61 of module wCQ>
STATE_8 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<3, 4>>
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
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_local", "enq_pub_init">>
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


\* <PublishInit(2) line 443, col 5 to line 447, col 64 of module wCQ>
STATE_9 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<3, 5>>
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
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_local", "enq_pub_kind">>
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


\* <PublishKind(2) line 450, col 5 to line 453, col 64 of module wCQ>
STATE_10 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<3, 6>>
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
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_local", "enq_pub_seq2">>
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


\* <PublishLocal(1) line 435, col 5 to line 440, col 61 of module wCQ>
STATE_11 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<4, 6>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_init", "enq_pub_seq2">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
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


\* <PublishSeq2(2) line 456, col 5 to line 459, col 64 of module wCQ>
STATE_12 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<4, 7>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_init", "si_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
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


\* <PublishInit(1) line 443, col 5 to line 447, col 64 of module wCQ>
STATE_13 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<5, 7>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_kind", "si_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowLoad(2) line 628, col 5 to line 631, col 37 of module wCQ>
STATE_14 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<5, 8>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_kind", "si_local">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 0,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <PublishKind(1) line 450, col 5 to line 453, col 64 of module wCQ>
STATE_15 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<6, 8>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"enq_pub_seq2", "si_local">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 0,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <PublishSeq2(1) line 456, col 5 to line 459, col 64 of module wCQ>
STATE_16 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<7, 8>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_load", "si_local">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowLocal(2) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_17 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<7, 9>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_load", "si_phase1">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowPhase1(2) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_18 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<7, 10>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_load", "pp_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowLoad(1) line 628, col 5 to line 631, col 37 of module wCQ>
STATE_19 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<8, 10>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_local", "pp_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowLocal(1) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_20 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<9, 10>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_phase1", "pp_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <PublishPhase2Load(2) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_21 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<9, 11>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_phase1", "pp_seq1">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 3, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
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


\* <SlowPhase1(1) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_22 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<10, 11>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_load", "pp_seq1">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
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


\* <PublishPhase2Seq1(2) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_23 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<10, 12>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_load", "pp_local">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
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


\* <PublishPhase2Load(1) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_24 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<11, 12>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_seq1", "pp_local">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
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


\* <PublishPhase2Local(2) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_25 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<11, 13>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_seq1", "pp_count">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
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


\* <PublishPhase2Seq1(1) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_26 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<12, 13>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_local", "pp_count">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <PublishPhase2Count(2) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_27 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<12, 14>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_local", "pp_seq2">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <PublishPhase2Seq2(2) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_28 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 4, owner |-> 0]
/\ steps = <<12, 15>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_local", "si_global">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <SlowGlobal(2) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_29 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 2]
/\ steps = <<12, 16>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_local", "si_phase2">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <SlowPhase2(2) line 757, col 5 to line 760, col 64 of module wCQ>
STATE_30 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 2]
/\ steps = <<12, 17>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_local", "si_clear">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <PublishPhase2Local(1) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_31 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 2]
/\ steps = <<13, 17>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_count", "si_clear">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <SlowClear(2) line 763, col 5 to line 767, col 54 of module wCQ>
STATE_32 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<13, 18>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_count", "es_seq1">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <EnqueueSlowSeq1(2) line 773, col 5 to line 777, col 27 of module wCQ>
STATE_33 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<13, 19>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_count", "es_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <EnqueueSlowLoad(2) line 791, col 5 to line 793, col 37 of module wCQ>
STATE_34 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<13, 20>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_count", "es_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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


\* <EnqueueSlowCas(2) line 802, col 5 to line 813, col 57 of module wCQ>
STATE_35 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<13, 21>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_count", "fe_fin">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Count(1) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_36 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<14, 21>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_seq2", "fe_fin">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
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
/\ held = <<{}, {}>>
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
STATE_37 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<14, 22>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"pp_seq2", "fe_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Seq2(1) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_38 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<15, 22>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_global", "fe_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <SlowGlobal(1) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_39 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<16, 22>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_reload", "fe_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_40 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<16, 23>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_reload", "fe_cas">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_41 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<16, 24>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
/\ pc = <<"si_reload", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <SlowReload(1) line 745, col 5 to line 748, col 37 of module wCQ>
STATE_42 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<17, 24>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
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
/\ pc = <<"si_local", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_43 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<17, 25>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
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
/\ pc = <<"si_local", "thr_store">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_44 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<17, 26>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     obs |-> [pos |-> 5, owner |-> 0],
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
/\ pc = <<"si_local", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <SlowLocal(1) line 640, col 5 to line 643, col 27 of module wCQ>
STATE_45 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<18, 26>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
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
/\ pc = <<"si_phase1", "thr_load">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_46 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<18, 27>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
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
/\ pc = <<"si_phase1", "enq_retire">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_47 == 
/\ opsDone = <<0, 0>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<18, 28>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
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
/\ pc = <<"si_phase1", "enq_retire_kind">>
/\ helpSteps = <<1, 1>>
/\ rec = << [ seq1 |-> 1,
     seq2 |-> 1,
     kind |-> 2,
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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
STATE_48 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<18, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
     rqSeq |-> 1,
     hseq |-> 0,
     hkind |-> 0,
     hinit |-> -1,
     spos |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
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
     ltail |-> [pos |-> 4, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <SlowPhase1(1) line 693, col 5 to line 704, col 51 of module wCQ>
STATE_49 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<19, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Load(1) line 707, col 5 to line 710, col 37 of module wCQ>
STATE_50 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<20, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 2,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Seq1(1) line 713, col 5 to line 716, col 64 of module wCQ>
STATE_51 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<21, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Local(1) line 719, col 5 to line 722, col 64 of module wCQ>
STATE_52 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<22, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 4,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Count(1) line 725, col 5 to line 728, col 64 of module wCQ>
STATE_53 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<23, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 2 ],
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
/\ held = <<{}, {}>>
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


\* <PublishPhase2Seq2(1) line 731, col 5 to line 734, col 64 of module wCQ>
STATE_54 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 5, owner |-> 0]
/\ steps = <<24, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <SlowGlobal(1) line 737, col 5 to line 742, col 57 of module wCQ>
STATE_55 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 1]
/\ steps = <<25, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> TRUE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <SlowPhase2(1) line 757, col 5 to line 760, col 64 of module wCQ>
STATE_56 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 1]
/\ steps = <<26, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     pseq |-> 3,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <SlowClear(1) line 763, col 5 to line 767, col 54 of module wCQ>
STATE_57 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<27, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <EnqueueSlowSeq1(1) line 773, col 5 to line 777, col 27 of module wCQ>
STATE_58 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<28, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <EnqueueSlowLoad(1) line 791, col 5 to line 793, col 37 of module wCQ>
STATE_59 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<29, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
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
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
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


\* <EnqueueSlowCas(1) line 802, col 5 to line 813, col 57 of module wCQ>
STATE_60 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<30, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
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
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <FinishEnqueueFin(1) line 816, col 5 to line 822, col 61 of module wCQ>
STATE_61 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<31, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
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
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <FinishEnqueueLoad(1) line 829, col 5 to line 831, col 37 of module wCQ>
STATE_62 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<32, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 0,
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
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> FALSE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <FinishEnqueueCas(1) line 834, col 5 to line 839, col 57 of module wCQ>
STATE_63 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<33, 29>>
/\ l = << [ op |-> "enq",
     idx |-> 0,
     att |-> 0,
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
     spos |-> [pos |-> 5, fin |-> FALSE, inc |-> FALSE],
     obs |-> [pos |-> -1, owner |-> 0],
     cnt |-> 5,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <ThresholdLoad(1) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_64 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<34, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <ThresholdLoad(1) line 408, col 5 to line 410, col 27 of module wCQ>
STATE_65 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<35, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <RetireSeq(1) line 462, col 5 to line 465, col 64 of module wCQ>
STATE_66 == 
/\ opsDone = <<0, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<36, 29>>
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
     slow |-> TRUE,
     help |-> FALSE,
     rq |-> 1,
     rqIdx |-> 0,
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
  2 :>
      [ cycle |-> 0,
        note |-> 0,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 7 ] @@
  3 :>
      [cycle |-> 0, note |-> 0, unsafe |-> FALSE, final |-> TRUE, index |-> 7] )
/\ head = [pos |-> 4, owner |-> 0]


\* <RetireKind(1) line 468, col 5 to line 471, col 80 of module wCQ>
STATE_67 == 
/\ opsDone = <<1, 1>>
/\ tail = [pos |-> 6, owner |-> 0]
/\ steps = <<37, 29>>
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
     ltail |-> [pos |-> 5, fin |-> TRUE, inc |-> FALSE],
     itail |-> 3,
     lhead |-> [pos |-> 0, fin |-> FALSE, inc |-> FALSE],
     ihead |-> 0,
     p2seq1 |-> 3,
     p2local |-> 0,
     p2count |-> 5,
     p2seq2 |-> 3 ],
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
/\ held = <<{}, {}>>
/\ threshold = 5
/\ entries = ( 0 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 1 ] @@
  1 :>
      [ cycle |-> 1,
        note |-> 1,
        unsafe |-> FALSE,
        final |-> TRUE,
        index |-> 0 ] @@
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
