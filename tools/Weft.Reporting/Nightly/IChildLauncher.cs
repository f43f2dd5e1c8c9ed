using System;

namespace Weft.Reporting;

/// <summary>Runs one planned test somewhere else than in this process.</summary>
public interface IChildLauncher
{
    ChildOutcome Run(PlannedTest test, string shard, string scheduleDir, TimeSpan timeout);
}
