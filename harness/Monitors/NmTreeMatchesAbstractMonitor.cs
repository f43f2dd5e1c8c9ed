using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

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
