namespace Weft.Collections;

/// <summary>
/// A snapshot of one <see cref="WcqThreadRecord"/> for the wCQ spec's refinement mapping (tla/wCQ/wCQ.tla's
/// <c>rec</c>, <c>nextCheck</c>, <c>helpCursor</c>): positions are unshifted, request counters decoded.
/// </summary>
internal readonly record struct WcqRecordView(
    long Seq1, long Seq2, long Kind,
    (long Position, bool Fin, bool Inc) LocalTail, long InitTail,
    (long Position, bool Fin, bool Inc) LocalHead, long InitHead,
    long Phase2Seq1, long Phase2Local, long Phase2Count, long Phase2Seq2,
    int NextCheck, int HelpCursor);
