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

/// <summary>A part of a keyed monitor's state (<see cref="IKeyedMonitor"/>) and whether an event changes it (else only reads it).</summary>
public readonly record struct MonitorPart(long Part, bool Changes)
{
    private const long SlotTag = 1L << 60, ThreadTag = 2L << 60, GlobalTag = 3L << 60;

    /// <summary>The state the monitor keeps for slot <paramref name="slot"/> of pool <paramref name="pool"/>.</summary>
    public static MonitorPart Slot(int pool, int slot, bool changes) => new(SlotTag | ((long)(pool & 0xF_FFFF) << 28) | (slot & 0x0FFF_FFFFL), changes);

    /// <summary>The state the monitor keeps for thread <paramref name="thread"/>.</summary>
    public static MonitorPart Thread(int thread, bool changes) => new(ThreadTag | (uint)thread, changes);

    /// <summary>State the monitor keeps across all slots and threads (a count, a declared bound).</summary>
    public static MonitorPart Global(bool changes) => new(GlobalTag, changes);

    public override string ToString() => (Part >> 60) switch
    {
        1 => $"slot {(Part >> 28) & 0xF_FFFF}/{Part & 0x0FFF_FFFF}",
        2 => $"thread {Part & 0xFFFF_FFFF}",
        _ => "global",
    };
}
