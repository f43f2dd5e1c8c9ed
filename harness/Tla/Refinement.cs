using System.Collections.Generic;
using System.Linq;

namespace Weft.Tla;

/// <summary>
/// Building blocks of refinement mappings whose values name nodes. The implementation's nodes are pool slots and
/// the spec's are integers 1..K; which slot a spec node is need not be fixed in advance: a mapping produces
/// <see cref="Node"/>(slot) where the spec has a node, and <see cref="ByNode"/> for a function over the spec's
/// nodes. Comparing with a trace state (<see cref="StateMatcher"/>) matches slots to spec nodes as they are first
/// met, and from then on holds the mapping to that renaming (a bijection).
/// </summary>
public static class Refinement
{
    /// <summary>The spec node that is pool slot <paramref name="slot"/> (0-based).</summary>
    public static TlaValue Node(int slot) => new TlaSlot(slot);

    /// <summary>
    /// A value the implementation keeps only in a local variable at this point (a register the mapping cannot read):
    /// it matches anything, and the report counts it as not compared.
    /// </summary>
    public static TlaValue Any { get; } = new TlaAny();

    /// <summary>A function over the spec's nodes: its value at the node that is slot <c>i</c> is <c>values[i]</c>.</summary>
    public static TlaValue ByNode(IEnumerable<TlaValue> values) => new TlaSlotFunction(values.ToArray());
}
