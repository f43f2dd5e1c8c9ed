using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// NmTreeOrder: every reachable leaf of a Natarajan-Mittal tree lies on its key's search path: for every internal
/// node with routing key k, the leaves of its left subtree are below k and those of its right subtree at or above k
/// (the sentinels ∞0 &lt; ∞1 &lt; ∞2 above every real key). Checked after every structural step of a
/// <c>NatarajanMittalTree</c> (<see cref="NmTreeEvent"/>).
/// </summary>
public sealed class NmTreeOrderMonitor : PropertyMonitor, IMonitorOf<NmTreeEvent>
{
    public override void OnEvent(object e) { }

    public void On(in NmTreeEvent e)
    {
        var byNode = NmTreeShapes.ByNode(e.Nodes);
        string? violation = Check(byNode, e.Nodes[0], null, null, 0);
        if (violation is not null)
            Fail(string.Create(CultureInfo.InvariantCulture, $"after thread {e.Thread}'s {NmTreeShapes.Describe(e.Step)} of key {e.Key}, {violation}"));
    }

    private static string? Check(Dictionary<long, NmTreeNodeView> byNode, NmTreeNodeView node, NmTreeNodeView? low, NmTreeNodeView? high, int depth)
    {
        if (depth > byNode.Count) return "the tree is cyclic";
        if (node.IsLeaf)
        {
            if (low is { } l && NmTreeShapes.Compare(node, l) < 0)
                return $"leaf {NmTreeShapes.Show(node)} is in the right subtree of routing key {NmTreeShapes.Show(l)}: off its search path";
            if (high is { } h && NmTreeShapes.Compare(node, h) >= 0)
                return $"leaf {NmTreeShapes.Show(node)} is in the left subtree of routing key {NmTreeShapes.Show(h)}: off its search path";
            return null;
        }
        if (!byNode.TryGetValue(NmTreeEdge.Address(node.Left), out var left) || !byNode.TryGetValue(NmTreeEdge.Address(node.Right), out var right))
            return $"internal node {NmTreeShapes.Show(node)} has a child the snapshot does not hold";
        return Check(byNode, left, low, node, depth + 1) ?? Check(byNode, right, node, high, depth + 1);
    }
}
