using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// What a stateful spec search (<see cref="TraceExport.SearchStateful"/>) reached. <paramref name="States"/>: distinct
/// fingerprints within the constraint (TLC's distinct states); <paramref name="Depth"/>: TLC's depth (states on the
/// longest shortest behaviour); <paramref name="Transitions"/>: transitions run into states within the constraint;
/// <paramref name="OutsideConstraint"/>: successors outside it; <paramref name="ActionsRun"/> of which
/// <paramref name="ActionsReplayed"/> re-ran known prefixes; <paramref name="FingerprintSeconds"/>: time spent mapping and
/// hashing states; <paramref name="Constrained"/>: the model implements the configuration's CONSTRAINT;
/// <paramref name="Uncovered"/>: unmapped spec variables the fingerprint does not cover; <paramref name="CutByActionBound"/>:
/// runs the action bound ended (0 when the bound did not limit the search, so an exhausted search covered every state).
/// </summary>
public sealed record StateSpaceSummary(int States, int Depth, long Transitions, long OutsideConstraint, int MaxPathActions,
    long ActionsRun, long ActionsReplayed, double FingerprintSeconds, bool Constrained, IReadOnlyList<string> Uncovered, long CutByActionBound);
