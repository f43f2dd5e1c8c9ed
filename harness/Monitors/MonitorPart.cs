using System.Collections.Generic;
using Weft.Monitors;

namespace Weft;

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

    /// <summary>
    /// The parts of the slot and neutralization monitors (NoUseAfterFree, NeutralizationSafety): a slot's transition
    /// changes its slot; an access reads its slot and reads, or when <paramref name="accessChangesThread"/> changes,
    /// its thread's part; a neutralization or validation changes its thread's part.
    /// </summary>
    public static void OfSlotAccess(object e, List<MonitorPart> parts, bool accessChangesThread)
    {
        switch (e)
        {
            case SlotEvent s when s.Op is SlotOp.Read or SlotOp.Write:
                parts.Add(Slot(s.Pool, s.Slot, changes: false));
                parts.Add(Thread(s.Thread, changes: accessChangesThread));
                break;
            case SlotEvent s:
                parts.Add(Slot(s.Pool, s.Slot, changes: true));
                break;
            case NeutralizeEvent n:
                parts.Add(Thread(n.Thread, changes: true));
                break;
            case ValidateEvent v:
                parts.Add(Thread(v.Thread, changes: true));
                break;
        }
    }
}
