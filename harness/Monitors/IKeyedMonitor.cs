using System.Collections.Generic;

namespace Weft;

/// <summary>
/// A monitor whose state is a family of independent parts (one per pool slot, per thread, ...), each event reading or
/// changing only the parts it names. The dpor strategy uses the parts as its dependency relation on monitor events:
/// two events of this monitor are dependent only when they name a common part and one of them changes it, so
/// events on different slots commute. Without this interface every state-changing event of a monitor is dependent
/// with every other event of that monitor.
///
/// The contract (what makes the reduction sound): the monitor's verdict, and the messages of its failures, depend
/// only on the sequence of events each part receives, not on how the sequences of different parts interleave. A part
/// an event reads must be listed when the event's check looks at it; a part it changes, when the event may change it.
/// An event the monitor ignores names no part.
/// </summary>
public interface IKeyedMonitor
{
    /// <summary>Adds to <paramref name="parts"/> the parts event <paramref name="e"/> reads or changes.</summary>
    void PartsOf(object e, List<MonitorPart> parts);
}
