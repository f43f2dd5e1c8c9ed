using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// NmTreeEdgesFrozen: a flagged or tagged edge is never cleared while its operation is pending. A leaf once reached
/// through a flagged edge is reached only through flagged edges while it stays reachable (its removal is pending until
/// a splice cuts it off; a splice that lifts it keeps the flag), and an edge once tagged stays tagged, to the same
/// child, while the node it leaves is reachable (that node's removal is pending until it is spliced out). Handles
/// carry the slot's generation, so a recycled slot is a new node.
/// </summary>
public sealed class NmTreeEdgesFrozenMonitor : PropertyMonitor, IMonitorOf<NmTreeEvent>
{
    private readonly Dictionary<int, HashSet<long>> _flaggedLeaves = new();
    private readonly Dictionary<int, Dictionary<(long Node, int Side), long>> _taggedEdges = new();

    public override void OnEvent(object e) { }

    public void On(in NmTreeEvent e)
    {
        if (!_flaggedLeaves.TryGetValue(e.Tree, out var flagged)) _flaggedLeaves[e.Tree] = flagged = new HashSet<long>();
        if (!_taggedEdges.TryGetValue(e.Tree, out var tagged)) _taggedEdges[e.Tree] = tagged = new Dictionary<(long, int), long>();
        var byNode = NmTreeShapes.ByNode(e.Nodes);
        foreach (var n in e.Nodes)
        {
            if (n.IsLeaf) continue;
            for (int side = 0; side < 2; side++)
            {
                long edge = side == 0 ? n.Left : n.Right;
                long child = NmTreeEdge.Address(edge);
                bool childIsLeaf = byNode.TryGetValue(child, out var c) && c.IsLeaf;
                if (childIsLeaf && (edge & NmTreeEdge.Flag) == 0 && flagged.Contains(child))
                    Fail(Where(e, $"leaf {NmTreeShapes.Show(c)} was flagged for removal and is now reached through a clean edge of {NmTreeShapes.Show(n)} while still in the tree"));
                if (tagged.TryGetValue((n.Node, side), out long was) && ((edge & NmTreeEdge.Tag) == 0 || child != was))
                    Fail(Where(e, $"the tagged {(side == 0 ? "left" : "right")} edge of {NmTreeShapes.Show(n)} changed to {Describe(edge)} while the node is still in the tree"));
                if (childIsLeaf && (edge & NmTreeEdge.Flag) != 0) flagged.Add(child);
                if ((edge & NmTreeEdge.Tag) != 0) tagged[(n.Node, side)] = child;
            }
        }
    }

    private static string Where(in NmTreeEvent e, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"after thread {e.Thread}'s {NmTreeShapes.Describe(e.Step)} of key {e.Key}, {what}");

    private static string Describe(long edge) =>
        ((edge & NmTreeEdge.Tag) == 0 ? "an untagged edge" : "a tagged edge") + " to node " + NmTreeEdge.Address(edge).ToString(CultureInfo.InvariantCulture);
}
