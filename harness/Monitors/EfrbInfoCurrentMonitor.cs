using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// EfrbInfoCurrent: info records of an EFRB tree are only helped while current. A child CAS that changes the tree on
/// behalf of an info record (an insert's ichild, a delete's dchild) must happen while the record is still in its
/// node's update field with its flag: the parent's field holds IFlag with the IInfo, the grandparent's DFlag with
/// the DInfo. A help of a record that is no longer there (its operation finished, and the field was unflagged or
/// reused) must not change the tree: it would re-execute a finished operation over newer changes.
/// </summary>
public sealed class EfrbInfoCurrentMonitor : PropertyMonitor, IMonitorOf<EfrbEvent>
{
    public override void OnEvent(object e) { }

    public void On(in EfrbEvent e)
    {
        if (e.Step == EfrbStep.UpdateChanged) return;
        if (e.FlaggedState == e.ExpectedState && e.FlaggedInfo == e.Info) return;
        Fail(string.Create(CultureInfo.InvariantCulture,
            $"thread {e.Thread}'s {EfrbMatchesAbstractMonitor.Describe(e.Step)}{(e.Key is null ? "" : " of key " + e.Key)} changed the tree for info record {e.Info:x} while the update field of node {e.FlaggedNode:x} held {e.FlaggedState} with record {e.FlaggedInfo:x}, not {e.ExpectedState} with it"));
    }
}
