namespace Weft.Monitors;

/// <summary>What happened to a named shared-memory object, a guarded segment's pid table, or a simulated process.</summary>
public enum ShmOp : byte
{
    /// <summary>A name was created for a new object (<c>Segment</c>), by <c>Process</c>.</summary>
    Created,
    /// <summary><c>Process</c> removed the name of object <c>Segment</c>.</summary>
    Unlinked,
    /// <summary>Simulated process <c>Process</c> died.</summary>
    Crashed,
    /// <summary><c>Process</c> took pid slot <c>Slot</c> of guarded segment <c>Segment</c>, which held <c>Value</c> (0 or a dead pid).</summary>
    Attached,
    /// <summary><c>Process</c> gave back slot <c>Slot</c>: its clearing step found <c>Value</c> there, and <c>Cleared</c> says whether the slot was set to 0.</summary>
    Detached,
    /// <summary><c>Process</c> begins a liveness scan of guarded segment <c>Segment</c>'s pid table (before its first slot read).</summary>
    ScanBegan,
}
