using System;
using System.IO;
using Weft.Atomics;

namespace Weft.Ipc;

/// <summary>
/// A named shared-memory segment that knows which processes are attached and removes itself when the last of them
/// detaches or dies.
///
/// Layout: a 64-byte header (magic, version, data size, an incarnation id), then a table of
/// <see cref="MaxProcesses"/> pid slots (0 = free), then the caller's data from <see cref="DataOffset"/> (64-byte
/// aligned). Attaching claims a slot with a CAS from 0, or from the pid of a dead process (a slot whose process died
/// without detaching is reclaimed). Detaching clears the slot with a CAS from our pid; the detacher that then finds no
/// live pid in the table unlinks the name. <see cref="CleanupIfAbandoned"/> unlinks a segment whose recorded processes
/// are all dead (run it at start-up to clear what crashed runs left behind).
///
/// Invariant: a slot holds the pid of a process that attached and has not detached, or 0; a live attached process
/// always holds a slot. Benign race: a process that attaches while the last one detaches may map the segment just
/// before its name is unlinked; it keeps a working mapping that no later process can open. The unlink compares the
/// incarnation id stored in the header with the one found under the name, so it never removes a newer segment that
/// reuses the name. Pid reuse makes a dead process look alive (the segment then lingers; it is never removed early).
/// </summary>
public sealed class GuardedSharedMemory : IDisposable
{
    /// <summary>Processes (attachments) one segment can track.</summary>
    public const int MaxProcesses = 64;

    private const int DataSizeField = 16, IncarnationField = 24, TableOffset = IpcHeader.Size;

    /// <summary>Where the caller's data begins in <see cref="Segment"/>.</summary>
    public const int DataOffset = TableOffset + MaxProcesses * 4;

    private readonly int _slot;
    private bool _detached;

    private GuardedSharedMemory(ShmSegment segment, string name, int slot)
    {
        Segment = segment;
        Name = name;
        _slot = slot;
    }

    public string Name { get; }

    /// <summary>The whole mapping; the caller's data is at <see cref="DataOffset"/> (use <see cref="ShmSegment.Int32At"/> for atomics).</summary>
    public ShmSegment Segment { get; }

    /// <summary>Bytes of caller data.</summary>
    public int DataSize => Segment.Int32At(DataSizeField).Load(MemoryOrder.Relaxed);

    /// <summary>The caller's data (not atomic).</summary>
    public Span<byte> Data => Segment.Bytes(DataOffset, DataSize);

    private static long NewIncarnation() => BitConverter.ToInt64(Guid.NewGuid().ToByteArray(), 0) | 1;

    /// <summary>Creates the named segment with <paramref name="dataSize"/> zero bytes of data and attaches this process.</summary>
    public static GuardedSharedMemory Create(string name, int dataSize)
    {
        if (dataSize <= 0 || dataSize > int.MaxValue - DataOffset)
            throw new ArgumentOutOfRangeException(nameof(dataSize), dataSize, $"data size must lie in [1, {int.MaxValue - DataOffset}]");
        var s = ShmSegment.CreateNamed(name, DataOffset + dataSize);
        try
        {
            s.Int32At(DataSizeField).Store(dataSize, MemoryOrder.Relaxed);
            s.Int64At(IncarnationField).Store(NewIncarnation(), MemoryOrder.Relaxed);
            s.Int32At(TableOffset).Store(ProcessLiveness.CurrentPid, MemoryOrder.Relaxed);
            IpcHeader.Publish(s, 0, IpcHeader.GuardMagic);
        }
        catch
        {
            s.Dispose();
            ShmSegment.Unlink(name);
            throw;
        }
        return new GuardedSharedMemory(s, name, 0);
    }

    /// <summary>Attaches this process to an existing guarded segment. Throws if all <see cref="MaxProcesses"/> slots hold live processes.</summary>
    public static GuardedSharedMemory Attach(string name)
    {
        var s = Open(name);
        try
        {
            int me = ProcessLiveness.CurrentPid;
            for (int i = 0; i < MaxProcesses; i++)
            {
                ref AtomicInt32 slot = ref s.Int32At(TableOffset + 4 * i);
                int p = slot.Load(MemoryOrder.Acquire);
                if (p != 0 && (p == me || ProcessLiveness.IsAlive(p))) continue;
                // Winning this CAS (free or dead pid -> our pid) makes the slot ours; losing means another process
                // claimed it first, and we move on.
                if (slot.CompareExchange(p, me, MemoryOrder.AcqRel) == p) return new GuardedSharedMemory(s, name, i);
            }
            throw new InvalidOperationException($"guarded segment '{name}' already tracks {MaxProcesses} live attachments");
        }
        catch
        {
            s.Dispose();
            throw;
        }
    }

    private static ShmSegment Open(string name)
    {
        var s = ShmSegment.OpenNamed(name, DataOffset);
        try
        {
            IpcHeader.Validate(s, 0, IpcHeader.GuardMagic, "guarded segment", TimeSpan.FromSeconds(2));
            int size = s.Int32At(DataSizeField).Load(MemoryOrder.Relaxed);
            if (size <= 0 || size > s.Size - DataOffset)
                throw new InvalidDataException($"guarded segment '{name}' declares {size} data bytes but maps {s.Size - DataOffset}");
        }
        catch
        {
            s.Dispose();
            throw;
        }
        return s;
    }

    /// <summary>Live processes attached now (a snapshot; one process attached twice counts twice).</summary>
    public int AttachedProcessCount => CountLive(Segment);

    private static int CountLive(ShmSegment s)
    {
        int n = 0;
        for (int i = 0; i < MaxProcesses; i++)
        {
            int p = s.Int32At(TableOffset + 4 * i).Load(MemoryOrder.Acquire);
            if (p != 0 && ProcessLiveness.IsAlive(p)) n++;
        }
        return n;
    }

    /// <summary>
    /// Unlinks the guarded segment <paramref name="name"/> if every process recorded in it is dead. True if it was
    /// removed; false if it does not exist or a live process is attached.
    /// </summary>
    public static bool CleanupIfAbandoned(string name)
    {
        ShmSegment s;
        try
        {
            s = Open(name);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        using (s)
        {
            if (CountLive(s) > 0) return false;
            return UnlinkIfSame(name, s.Int64At(IncarnationField).Load(MemoryOrder.Relaxed));
        }
    }

    private static bool UnlinkIfSame(string name, long incarnation)
    {
        try
        {
            using var now = ShmSegment.OpenNamed(name, DataOffset);
            if (now.Int64At(IncarnationField).Load(MemoryOrder.Relaxed) != incarnation) return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        return ShmSegment.Unlink(name);
    }

    /// <summary>Detaches this process; the last live process to detach unlinks the name. Then unmaps.</summary>
    public void Dispose()
    {
        if (_detached) return;
        _detached = true;
        try
        {
            // Winning this CAS (our pid -> 0) gives the slot back; it fails only if a process that saw us as dead
            // (impossible while we run) reclaimed it.
            Segment.Int32At(TableOffset + 4 * _slot).CompareExchange(ProcessLiveness.CurrentPid, 0, MemoryOrder.AcqRel);
            if (CountLive(Segment) == 0) UnlinkIfSame(Name, Segment.Int64At(IncarnationField).Load(MemoryOrder.Relaxed));
        }
        finally
        {
            Segment.Dispose();
        }
    }
}
