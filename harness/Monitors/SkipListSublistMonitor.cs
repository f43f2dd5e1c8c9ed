using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// SkipListSublist: every node on level i + 1 whose link at level i + 1 is unmarked is also on level i (upper levels
/// are shortcuts over the level below, linked bottom-up; a remover marks a tower top-down before any level is
/// unlinked). Checked after every structural step of a <c>LockFreeSkipList</c> or a <c>LockedSkipList</c> (whose
/// marked nodes show as marked at every level).
/// </summary>
public sealed class SkipListSublistMonitor : PropertyMonitor, IMonitorOf<SkipListEvent>
{
    public override void OnEvent(object e) { }

    public void On(in SkipListEvent e)
    {
        for (int level = 1; level < e.Levels.Length; level++)
        {
            var below = new HashSet<long>(e.Levels[level - 1].Select(n => n.Node));
            foreach (var n in e.Levels[level])
            {
                if (n.MarkedHere || below.Contains(n.Node)) continue;
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"after thread {e.Thread}'s {SkipListMatchesAbstractMonitor.Describe(e.Step)} of key {e.Key}, the node of key {n.Key} is linked (unmarked) on level {level} but not on level {level - 1}"));
            }
        }
    }
}
