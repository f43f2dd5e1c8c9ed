using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

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
