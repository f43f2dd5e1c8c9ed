using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// SkipListMarkedNeverUnmarked (tla/SkipList/SkipList.tla, <c>MarkedNeverUnmarked</c>:
/// <c>[][\A n, l : live(n) /\ marked(n, l) => link'[n][l] = link[n][l]]_vars</c>), as the structural events of
/// <see cref="SkipListEvent"/> show it: a node (handle, generation included) once marked on a level (a
/// <see cref="SkipListMarkEvent"/>, or seen marked there) is never seen unmarked on it again, and a node marked at
/// level 0 is marked on every level it is seen on (towers are marked top-down, so a mark can only be lost by an
/// unmarking write). Checked after every structural step of a <c>LockFreeSkipList</c> or a <c>LockedSkipList</c>.
/// </summary>
public sealed class SkipListMarkStableMonitor : PropertyMonitor, IMonitorOf<SkipListEvent>, IMonitorOf<SkipListMarkEvent>
{
    private readonly HashSet<(int List, int Level, long Node)> _marked = new();

    public override void OnEvent(object e) { }

    public void On(in SkipListMarkEvent e) => _marked.Add((e.List, e.Level, e.Node));

    public void On(in SkipListEvent e)
    {
        var markedAtZero = new HashSet<long>();
        foreach (var n in e.Levels[0])
        {
            if (n.MarkedHere) markedAtZero.Add(n.Node);
        }
        for (int level = 0; level < e.Levels.Length; level++)
        {
            foreach (var n in e.Levels[level])
            {
                if (n.MarkedHere)
                {
                    _marked.Add((e.List, level, n.Node));
                    continue;
                }
                if (_marked.Contains((e.List, level, n.Node)) || markedAtZero.Contains(n.Node))
                    Fail(string.Create(CultureInfo.InvariantCulture,
                        $"after thread {e.Thread}'s {SkipListMatchesAbstractMonitor.Describe(e.Step)} of key {e.Key}, the node of key {n.Key} is unmarked on level {level} though it was marked (there or at level 0)"));
            }
        }
    }
}
