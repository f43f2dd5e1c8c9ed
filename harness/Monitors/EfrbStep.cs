namespace Weft.Monitors;

/// <summary>A step of an EFRB tree (the controlled build of <c>EfrbTree</c> emits these after each winning CAS that changes it).</summary>
public enum EfrbStep : byte
{
    /// <summary>An insert's child CAS (ichild) replaced a leaf by a new internal node: <c>Key</c> entered the set (the insert's linearization point).</summary>
    Inserted,
    /// <summary>A delete's child CAS (dchild) replaced the marked parent by the leaf's sibling: <c>Key</c> left the set (the delete's linearization point).</summary>
    Deleted,
    /// <summary>A CAS on a node's update field (iflag, dflag, mark, unflag or backtrack) won: <c>Node</c> went from <c>OldState</c> to <c>NewState</c>.</summary>
    UpdateChanged,
}
