using System;
using System.Collections.Generic;
using System.IO;
using Weft.Engine;
using Weft.Monitors;

namespace Weft.Ipc;

/// <summary>One iteration's simulated processes and shared-memory names (see <see cref="SimulatedIpc"/>).</summary>
internal sealed class SimulatedWorld
{
    /// <summary>The scheduling resource of process deaths.</summary>
    public readonly object ProcessTable = new();

    public readonly HashSet<int> Crashed = new();

    /// <summary>True when processes may die at the implementation's crash points (<see cref="SimulatedIpc.CrashPoint"/>).</summary>
    public bool CrashPoints { get; init; }

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
        SchedulingHooks.Emit(new ShmEvent(ShmOp.Created, o.Id, SimulatedIpc.CurrentPid));
        return o;
    }

    public SimulatedShmObject Open(string name) =>
        _names.TryGetValue(name, out var o) ? o : throw new FileNotFoundException($"shared-memory object '{name}' does not exist ({ShmSegment.PathOf(name)})", ShmSegment.PathOf(name));

    public bool Unlink(string name)
    {
        if (!_names.Remove(name, out var o)) return false;
        SchedulingHooks.Emit(new ShmEvent(ShmOp.Unlinked, o.Id, SimulatedIpc.CurrentPid));
        return true;
    }

    public bool Exists(string name) => _names.ContainsKey(name);

    /// <summary>The number of the object <paramref name="name"/> refers to, 0 if none (no scheduling point).</summary>
    public int PeekName(string name) => _names.TryGetValue(name, out var o) ? o.Id : 0;

    /// <summary>The objects created so far, by number (1-based; index 0 unused).</summary>
    public IReadOnlyList<SimulatedShmObject?> Objects => _all;

    private readonly List<SimulatedShmObject?> _all = new() { null };
}
