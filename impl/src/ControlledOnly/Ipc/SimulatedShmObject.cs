using System;

namespace Weft.Ipc;

/// <summary>
/// A simulated shared-memory object: zeroed, 64-byte aligned pinned memory that lives as long as any handle (or the
/// name table) refers to it, so a handle never unmaps memory another handle still uses.
/// </summary>
internal sealed unsafe class SimulatedShmObject
{
    private readonly byte[] _memory;

    public SimulatedShmObject(int id, int size)
    {
        Id = id;
        Size = size;
        _memory = GC.AllocateArray<byte>(size + 64, pinned: true);
        fixed (byte* p = _memory) Address = (byte*)(((nint)p + 63) & ~(nint)63);
    }

    /// <summary>The object's number within the iteration (1, 2, ... in creation order): its identity in events.</summary>
    public int Id { get; }

    public int Size { get; }

    public byte* Address { get; }

    /// <summary>The 32-bit value at <paramref name="offset"/>, read without a scheduling point (refinement mappings).</summary>
    public int PeekInt32(int offset) => System.Threading.Volatile.Read(ref *(int*)(Address + offset));
}
