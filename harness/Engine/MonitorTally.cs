using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Counts the events each monitor observed during an exploration, summed over its iterations, so that a report can
/// tell a monitor that checked something from one that was attached but never fed. A typed event
/// (<see cref="IMonitorOf{T}"/>) counts for the monitors implementing that interface; an untyped event
/// (<see cref="PropertyMonitor.OnEvent"/>) counts only for monitors with no typed interface at all, since a typed
/// monitor ignores untyped events. Every monitor of the iteration is listed, with 0 when it observed nothing. An
/// iteration's events count only if the monitor was not <see cref="PropertyMonitor.Vacuous"/> at its end (when the
/// next iteration begins, or when the totals are read).
/// Owned by the run-token holder, like the rest of the iteration state: no synchronization.
/// </summary>
internal sealed class MonitorTally
{
    private string[] _names = Array.Empty<string>();
    private bool[] _untyped = Array.Empty<bool>();
    private long[] _counts = Array.Empty<long>();
    private long[] _iterationCounts = Array.Empty<long>();
    private PropertyMonitor[] _iterationMonitors = Array.Empty<PropertyMonitor>();

    /// <summary>Binds the tally to an iteration's monitors (the same kinds, in the same order, every iteration).</summary>
    public void BeginIteration(PropertyMonitor[] monitors)
    {
        FoldIteration();
        _iterationMonitors = monitors;
        if (_names.Length == monitors.Length) return;
        _names = new string[monitors.Length];
        _untyped = new bool[monitors.Length];
        _counts = new long[monitors.Length];
        _iterationCounts = new long[monitors.Length];
        for (int i = 0; i < monitors.Length; i++)
        {
            _names[i] = monitors[i].Name;
            _untyped[i] = !HasTypedInterface(monitors[i].GetType());
        }
    }

    /// <summary>Monitor <paramref name="index"/> received a typed event it implements <see cref="IMonitorOf{T}"/> for.</summary>
    public void Typed(int index) => _iterationCounts[index]++;

    /// <summary>Monitor <paramref name="index"/> received an untyped event: counted when that is the only kind it handles.</summary>
    public void Untyped(int index)
    {
        if (_untyped[index]) _iterationCounts[index]++;
    }

    /// <summary>Adds the ended iteration's events of every monitor that was not vacuous, and starts a new count.</summary>
    private void FoldIteration()
    {
        for (int i = 0; i < _iterationCounts.Length && i < _iterationMonitors.Length; i++)
        {
            if (!_iterationMonitors[i].Vacuous) _counts[i] += _iterationCounts[i];
            _iterationCounts[i] = 0;
        }
    }

    /// <summary>Events observed per monitor name (monitors sharing a name are summed).</summary>
    public IReadOnlyDictionary<string, long> Totals()
    {
        FoldIteration();
        var d = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++) d[_names[i]] = d.GetValueOrDefault(_names[i]) + _counts[i];
        return d;
    }

    private static bool HasTypedInterface(Type t)
    {
        foreach (var i in t.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMonitorOf<>)) return true;
        return false;
    }
}
