using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// EfrbSearchTreeOrder: every leaf reachable from the root of an EFRB tree lies on its key's search path, i.e. for
/// every internal node on the way to it, the leaf is in the left subtree iff its key is below the node's key (keys in
/// a right subtree are at or above it; the infinities ∞1 &lt; ∞2 are above every finite key). Checked after every step.
/// </summary>
public sealed class EfrbSearchTreeOrderMonitor : PropertyMonitor, IMonitorOf<EfrbEvent>
{
    public override void OnEvent(object e) { }

    public void On(in EfrbEvent e)
    {
        if (e.Nodes.Length == 0) return;
        var byHandle = new Dictionary<long, EfrbNodeView>();
        foreach (var n in e.Nodes) byHandle.TryAdd(n.Node, n);
        string? bad = Check(e, byHandle, e.Nodes[0], lower: null, upper: null, depth: 0);
        if (bad is not null)
            Fail(string.Create(CultureInfo.InvariantCulture, $"after thread {e.Thread}'s {EfrbMatchesAbstractMonitor.Describe(e.Step)}{(e.Key is null ? "" : " of key " + e.Key)}: {bad}"));
    }

    /// <summary>Walks the subtree of <paramref name="node"/>, whose leaves must be at or above <paramref name="lower"/> and below <paramref name="upper"/> (null: unbounded).</summary>
    private static string? Check(in EfrbEvent e, Dictionary<long, EfrbNodeView> byHandle, EfrbNodeView node, EfrbNodeView? lower, EfrbNodeView? upper, int depth)
    {
        if (depth > e.Nodes.Length) return "the tree is cyclic";
        if (node.Leaf)
        {
            if (lower is { } lo && Compare(e, node, lo) < 0) return $"the leaf {Show(node)} lies in the right subtree of the node keyed {Show(lo)}";
            if (upper is { } up && Compare(e, node, up) >= 0) return $"the leaf {Show(node)} lies in the left subtree of the node keyed {Show(up)}";
            return null;
        }
        if (!byHandle.TryGetValue(node.Left, out var left) || !byHandle.TryGetValue(node.Right, out var right)) return null; // cut off by the snapshot's length bound
        return Check(e, byHandle, left, lower, node, depth + 1) ?? Check(e, byHandle, right, node, upper, depth + 1);
    }

    private static int Compare(in EfrbEvent e, EfrbNodeView a, EfrbNodeView b)
    {
        if (a.Rank != b.Rank) return a.Rank < b.Rank ? -1 : 1;
        return a.Rank == 0 ? e.CompareKeys(a.Key!, b.Key!) : 0;
    }

    private static string Show(EfrbNodeView n) => n.Rank switch
    {
        0 => string.Format(CultureInfo.InvariantCulture, "{0}", n.Key),
        1 => "∞1",
        _ => "∞2",
    };
}
