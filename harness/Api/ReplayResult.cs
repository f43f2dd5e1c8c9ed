using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using Weft.Engine;
using Weft.Schedules;
using Weft.Strategies;

namespace Weft;

/// <summary>The outcome of a replay: the bug it reproduced (if any) and the interleaving log.</summary>
public sealed class ReplayResult
{
    internal ReplayResult(Schedule schedule, BugReport? bug, int steps, IReadOnlyList<LogEntry> log)
    {
        Schedule = schedule;
        Bug = bug;
        Steps = steps;
        _log = log;
    }

    private readonly IReadOnlyList<LogEntry> _log;

    public Schedule Schedule { get; }
    public BugReport? Bug { get; }
    public int Steps { get; }

    /// <summary>True when the replay hit the same kind of bug at the same step as recorded.</summary>
    public bool Reproduced => Bug is not null && Schedule.Bug is { } sb && sb.Kind == Bug.Kind && sb.Step == Bug.Step;

    /// <summary>One line per step: step, thread, operation, location, value.</summary>
    public IReadOnlyList<string> LogLines
    {
        get
        {
            var lines = new List<string>(_log.Count);
            foreach (var e in _log) lines.Add(e.ToString());
            return lines;
        }
    }
}
