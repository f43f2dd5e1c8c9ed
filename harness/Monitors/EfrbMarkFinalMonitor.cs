using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// EfrbMarkFinal: a marked node of an EFRB tree is never unmarked. Once a delete's mark CAS sets a node's update field
/// to Mark, no CAS may change that field again (the node is being removed; an insert or delete that flagged it would
/// change a node that is leaving the tree). Checked on every winning CAS on an update field.
/// </summary>
public sealed class EfrbMarkFinalMonitor : PropertyMonitor, IMonitorOf<EfrbEvent>
{
    public override void OnEvent(object e) { }

    public void On(in EfrbEvent e)
    {
        if (e.Step != EfrbStep.UpdateChanged || e.OldState != EfrbState.Mark) return;
        Fail(string.Create(CultureInfo.InvariantCulture,
            $"thread {e.Thread} changed the update field of node {e.FlaggedNode:x} from Mark to {e.NewState}: a marked node was unmarked"));
    }
}
