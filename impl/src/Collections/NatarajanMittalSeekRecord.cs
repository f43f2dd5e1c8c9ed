namespace Weft.Collections;

/// <summary>
/// What a seek of <see cref="NatarajanMittalTree{TKey, TComparer}"/> found on the access path of a key (Natarajan
/// and Mittal's seek record): the leaf the path ends at, its parent, and the last edge of the path that was read
/// untagged, from <see cref="Ancestor"/> to <see cref="Successor"/>. Every edge from the successor down to the parent
/// was read tagged, so those nodes are being removed and a cleanup splices the whole chain out with one CAS on the
/// ancestor's edge. Plain thread-local values (a local of the operation).
/// </summary>
internal struct NatarajanMittalSeekRecord
{
    public long Ancestor;
    public long Successor;
    public long Parent;
    public long Leaf;
}
