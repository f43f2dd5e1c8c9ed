namespace Weft.Monitors;

/// <summary>What happened to a pool slot.</summary>
public enum SlotOp : byte
{
    Allocate,
    Retire,
    Free,
    /// <summary>A read of a node field (the link or the payload).</summary>
    Read,
    /// <summary>A write or CAS of a node field.</summary>
    Write,
}
