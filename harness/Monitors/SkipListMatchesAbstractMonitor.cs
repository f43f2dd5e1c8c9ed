using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// SkipListMatchesAbstract: an abstract set follows the linearization points (an Add's winning level-0 CAS, a
/// Remove's winning level-0 mark), and after every structural step the keys of the level-0 nodes that are not
/// deleted must be exactly the abstract set, in increasing order: no key lost (an insert dropped by an unlink) and no
/// phantom key. Attach it to tests of <c>LockFreeSkipList</c> and <c>LockedSkipList</c> (it reacts only to
/// <see cref="SkipListEvent"/>; the locked skiplist's linearization points are setting fullyLinked and marked, and
/// its nodes not yet fully linked show as deleted).
/// </summary>
public sealed class SkipListMatchesAbstractMonitor : PropertyMonitor, IMonitorOf<SkipListEvent>
{
    private readonly Dictionary<int, SortedSet<long>> _sets = new();

    public override void OnEvent(object e) { }

    public void On(in SkipListEvent e)
    {
        if (!_sets.TryGetValue(e.List, out var set)) _sets[e.List] = set = new SortedSet<long>();
        if (e.Step == SkipListStep.Added) set.Add(e.Key);
        else if (e.Step == SkipListStep.Removed) set.Remove(e.Key);
        var present = e.Levels[0].Where(n => !n.Deleted).Select(n => n.Key).ToList();
        if (!present.SequenceEqual(set))
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"after thread {e.Thread}'s {Describe(e.Step)} of key {e.Key}, level 0 holds {Show(present)}, but the abstract set is {Show(set)}"));
    }

    internal static string Describe(SkipListStep step) => step switch
    {
        SkipListStep.Added => "add",
        SkipListStep.Removed => "remove",
        SkipListStep.Linked => "upper-level link",
        _ => "unlink",
    };

    internal static string Show(IEnumerable<long> keys) => "{" + string.Join(", ", keys.Select(k => k.ToString(CultureInfo.InvariantCulture))) + "}";
}
