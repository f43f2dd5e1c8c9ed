using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Weft.Reporting;

/// <summary>The outcome of a nightly run: the results of every test of the shard, earlier runs' included when resuming.</summary>
public sealed record NightlyOutcome(string Directory, RunHeader Header, IReadOnlyList<TestResult> Results, int Resumed)
{
    public int Failures => Results.Count(r => !r.Passed);
}
