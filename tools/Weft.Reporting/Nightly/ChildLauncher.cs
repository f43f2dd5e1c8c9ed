using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace Weft.Reporting;

/// <summary>What a child process left behind: its exit code, its result line (if it printed one) and its output.</summary>
public sealed record ChildOutcome(int? ExitCode, bool TimedOut, string? ResultLine, string Output);

/// <summary>Runs one planned test somewhere else than in this process.</summary>
public interface IChildLauncher
{
    ChildOutcome Run(PlannedTest test, string shard, string scheduleDir, TimeSpan timeout);
}
