using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// EfrbMatchesAbstract: an abstract set follows the linearization points of an EFRB tree (an insert's winning child
/// CAS adds its key, a delete's winning child CAS removes its key), and after every step the finite keys of the leaves
/// reachable from the root must be exactly the abstract set, each once: no key lost (an insert below a node that a
/// delete then unlinks) and no phantom key (a deleted leaf still reachable). Attach it to tests of <c>EfrbTree</c>.
/// </summary>
public sealed class EfrbMatchesAbstractMonitor : PropertyMonitor, IMonitorOf<EfrbEvent>
{
    private readonly Dictionary<int, HashSet<object>> _sets = new();

    public override void OnEvent(object e) { }

    public void On(in EfrbEvent e)
    {
        if (!_sets.TryGetValue(e.Tree, out var set)) _sets[e.Tree] = set = new HashSet<object>();
        if (e.Step == EfrbStep.Inserted && e.Key is not null) set.Add(e.Key);
        else if (e.Step == EfrbStep.Deleted && e.Key is not null) set.Remove(e.Key);
        var leaves = e.Nodes.Where(n => n.Leaf && n.Rank == 0).Select(n => n.Key!).ToList();
        if (leaves.Count == set.Count && set.SetEquals(leaves)) return;
        Fail(string.Create(CultureInfo.InvariantCulture,
            $"after thread {e.Thread}'s {Describe(e.Step)}{(e.Key is null ? "" : " of key " + e.Key)}, the reachable leaves hold {Show(leaves)}, but the abstract set is {Show(set)}"));
    }

    internal static string Describe(EfrbStep step) => step switch
    {
        EfrbStep.Inserted => "insert (ichild)",
        EfrbStep.Deleted => "delete (dchild)",
        _ => "update-field CAS",
    };

    internal static string Show(IEnumerable<object> keys) =>
        "{" + string.Join(", ", keys.Select(k => string.Format(CultureInfo.InvariantCulture, "{0}", k)).Order(System.StringComparer.Ordinal)) + "}";
}
