using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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

/// <summary>
/// NmTreeMatchesAbstract: an abstract set follows the linearization points (an insert's winning CAS adds its key, a
/// winning splice removes the keys of the leaves it cuts off), and after every structural step the keys of the
/// reachable real leaves, in order, are exactly that set: no insert lost, no key removed before its leaf left the tree.
/// </summary>
public sealed class NmTreeMatchesAbstractMonitor : PropertyMonitor, IMonitorOf<NmTreeEvent>
{
    private readonly Dictionary<int, SortedSet<long>> _sets = new();

    public override void OnEvent(object e) { }

    public void On(in NmTreeEvent e)
    {
        if (!_sets.TryGetValue(e.Tree, out var set)) _sets[e.Tree] = set = new SortedSet<long>();
        if (e.Step == NmTreeStep.Added) set.Add(e.Key);
        foreach (long k in e.RemovedKeys) set.Remove(k);
        var present = e.Nodes.Where(n => n.IsLeaf && n.Rank == 0).Select(n => n.Key).ToList(); // preorder: leaves left to right
        if (!present.SequenceEqual(set))
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"after thread {e.Thread}'s {NmTreeShapes.Describe(e.Step)} of key {e.Key}, the reachable leaves hold {Show(present)}, but the abstract set is {Show(set)}"));
    }

    private static string Show(IEnumerable<long> keys) => "{" + string.Join(", ", keys.Select(k => k.ToString(CultureInfo.InvariantCulture))) + "}";
}

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

/// <summary>What the Natarajan-Mittal tree monitors share: the snapshot by handle, the (rank, key) order, names.</summary>
internal static class NmTreeShapes
{
    public static Dictionary<long, NmTreeNodeView> ByNode(NmTreeNodeView[] nodes)
    {
        var byNode = new Dictionary<long, NmTreeNodeView>();
        foreach (var n in nodes) byNode[n.Node] = n;
        return byNode;
    }

    /// <summary>Real keys by value, below every sentinel; sentinels by rank.</summary>
    public static int Compare(NmTreeNodeView a, NmTreeNodeView b) =>
        a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Rank != 0 ? 0 : a.Key.CompareTo(b.Key);

    public static string Show(NmTreeNodeView n) =>
        n.Rank == 0 ? n.Key.ToString(CultureInfo.InvariantCulture) : "∞" + (n.Rank - 1).ToString(CultureInfo.InvariantCulture);

    public static string Describe(NmTreeStep step) => step switch
    {
        NmTreeStep.Added => "insert",
        NmTreeStep.Flagged => "flag",
        NmTreeStep.Tagged => "tag",
        _ => "splice",
    };
}
