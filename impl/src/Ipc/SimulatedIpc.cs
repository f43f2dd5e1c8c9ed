#if WEFT_CONTROLLED
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Weft.Engine;
using Weft.Monitors;

namespace Weft.Ipc;

/// <summary>
/// Controlled build only: the operating system an IPC test talks to, simulated inside one scheduler iteration, so
/// that several processes and the shared-memory namespace are controlled state.
/// <list type="bullet">
/// <item><b>Processes.</b> Every controlled thread is a process of its own: thread t has pid <c>FirstPid + t</c>
/// (<see cref="ProcessLiveness.CurrentPid"/>), alive until it calls <see cref="Crash"/> (<see cref="ProcessLiveness.IsAlive"/>).
/// A crashed process does nothing more: its thread returns at once, leaving whatever it held in shared memory.</item>
/// <item><b>Names.</b> <see cref="ShmSegment.CreateNamed"/>, <see cref="ShmSegment.OpenNamed"/>,
/// <see cref="ShmSegment.Unlink"/> and <see cref="ShmSegment.Exists"/> work on an in-process name table: each name
/// maps to a segment object (an incarnation) in pinned memory that every handle opened on it shares; unlinking
/// removes the name and leaves the memory mapped for the handles that have it, as <c>shm_unlink</c> does. Each name
/// operation is one scheduling point.</item>
/// </list>
/// A test body calls <see cref="BeginIteration"/> first (it starts a fresh namespace with no crashed process); without
/// it the controlled build keeps the real pid and <c>/dev/shm</c>, as the mutex, semaphore and event tests use them.
/// Monitors see <see cref="ShmEvent"/>s: <see cref="ShmOp.Created"/>, <see cref="ShmOp.Unlinked"/> and
/// <see cref="ShmOp.Crashed"/>.
/// </summary>
public static class SimulatedIpc
{
    /// <summary>The pid of controlled thread 0 (the test body); thread t has pid <c>FirstPid + t</c>.</summary>
    public const int FirstPid = 100;

    private static readonly ConditionalWeakTable<object, SimulatedWorld> Worlds = new();

    /// <summary>Starts this iteration's simulated processes and namespace (call at the start of the test body).</summary>
    public static void BeginIteration()
    {
        var t = Sched.CurrentThread ?? throw new InvalidOperationException("SimulatedIpc.BeginIteration: call it inside a Weft test body");
        Worlds.AddOrUpdate(t.Runtime, new SimulatedWorld());
    }

    /// <summary>This iteration's world, or null when the test did not begin one (or runs outside the scheduler).</summary>
    internal static SimulatedWorld? Current => Sched.CurrentThread is { } t && Worlds.TryGetValue(t.Runtime, out var w) ? w : null;

    /// <summary>This iteration's world (for a refinement mapping, which reads it while every thread is paused).</summary>
    internal static SimulatedWorld CurrentWorld => Current ?? throw new InvalidOperationException("SimulatedIpc.BeginIteration was not called");

    /// <summary>True when the current test simulates processes and names.</summary>
    public static bool Active => Current is not null;

    /// <summary>The pid of the calling controlled thread.</summary>
    public static int CurrentPid => FirstPid + Sched.ThreadId;

    /// <summary>The pid of controlled thread <paramref name="thread"/>.</summary>
    public static int PidOf(int thread) => FirstPid + thread;

    /// <summary>The controlled thread of <paramref name="pid"/> (the inverse of <see cref="PidOf"/>).</summary>
    public static int ThreadOf(int pid) => pid - FirstPid;

    /// <summary>True if <paramref name="pid"/> is a simulated process that has not crashed.</summary>
    internal static bool IsAlive(SimulatedWorld world, int pid) => pid >= FirstPid && !world.Crashed.Contains(pid);

    /// <summary>
    /// The calling process dies now (one scheduling point: its death is a step other processes can observe between
    /// any two of theirs). The caller returns from its thread body without touching shared memory again.
    /// </summary>
    public static void Crash([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var world = Current ?? throw new InvalidOperationException("SimulatedIpc.Crash: call SimulatedIpc.BeginIteration at the start of the test body");
        Sched.Access(OpKind.Store, world.ProcessTable, file, line);
        int pid = CurrentPid;
        world.Crashed.Add(pid);
        Sched.Emit(new ShmEvent(ShmOp.Crashed, 0, pid));
    }
}

/// <summary>One iteration's simulated processes and shared-memory names (see <see cref="SimulatedIpc"/>).</summary>
internal sealed class SimulatedWorld
{
    /// <summary>The scheduling resource of process deaths.</summary>
    public readonly object ProcessTable = new();

    public readonly HashSet<int> Crashed = new();

    private readonly Dictionary<string, SimulatedShmObject> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _nameResources = new(StringComparer.Ordinal);
    private int _objects;

    /// <summary>The scheduling resource of one name (operations on different names are independent).</summary>
    public object NameResource(string name)
    {
        if (!_nameResources.TryGetValue(name, out var r)) _nameResources[name] = r = new object();
        return r;
    }

    public SimulatedShmObject Create(string name, int size)
    {
        if (_names.ContainsKey(name))
            throw new IOException($"shared-memory object '{name}' already exists ({ShmSegment.PathOf(name)}); open it, or unlink it first");
        var o = new SimulatedShmObject(++_objects, size);
        _names[name] = o;
        _all.Add(o);
        Sched.Emit(new ShmEvent(ShmOp.Created, o.Id, SimulatedIpc.CurrentPid));
        return o;
    }

    public SimulatedShmObject Open(string name) =>
        _names.TryGetValue(name, out var o) ? o : throw new FileNotFoundException($"shared-memory object '{name}' does not exist ({ShmSegment.PathOf(name)})", ShmSegment.PathOf(name));

    public bool Unlink(string name)
    {
        if (!_names.Remove(name, out var o)) return false;
        Sched.Emit(new ShmEvent(ShmOp.Unlinked, o.Id, SimulatedIpc.CurrentPid));
        return true;
    }

    public bool Exists(string name) => _names.ContainsKey(name);

    /// <summary>The number of the object <paramref name="name"/> refers to, 0 if none (no scheduling point).</summary>
    public int PeekName(string name) => _names.TryGetValue(name, out var o) ? o.Id : 0;

    /// <summary>The objects created so far, by number (1-based; index 0 unused).</summary>
    public IReadOnlyList<SimulatedShmObject?> Objects => _all;

    private readonly List<SimulatedShmObject?> _all = new() { null };
}

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
#endif
