using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// SkipListLevelsSorted (tla/SkipList/SkipList.tla, <c>LevelsSorted</c>): on every level, the nodes whose link at
/// that level is unmarked have strictly increasing keys in list order,
/// <c>\A l, i, j : i &lt; j /\ unmarked(l, i) /\ unmarked(l, j) => key[i] &lt; key[j]</c>. (A marked node may
/// still stand before a node of its own key, re-added, until it is unlinked.) Checked after every structural step of
/// a <c>LockFreeSkipList</c> or a <c>LockedSkipList</c> (whose marked nodes show as marked at every level).
/// </summary>
public sealed class SkipListSortedMonitor : PropertyMonitor, IMonitorOf<SkipListEvent>
{
    public override void OnEvent(object e) { }

    public void On(in SkipListEvent e)
    {
        for (int level = 0; level < e.Levels.Length; level++)
        {
            bool any = false;
            long previous = 0;
            foreach (var n in e.Levels[level])
            {
                if (n.MarkedHere) continue;
                if (any && n.Key <= previous)
                    Fail(string.Create(CultureInfo.InvariantCulture,
                        $"after thread {e.Thread}'s {SkipListMatchesAbstractMonitor.Describe(e.Step)} of key {e.Key}, level {level} holds the unmarked key {n.Key} after {previous}: not strictly sorted"));
                any = true;
                previous = n.Key;
            }
        }
    }
}
