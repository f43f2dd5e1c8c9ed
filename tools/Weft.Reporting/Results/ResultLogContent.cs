using System.Collections.Generic;
using System.IO;

namespace Weft.Reporting;

/// <summary>What a results log holds: its header and its result lines, in order.</summary>
public sealed record ResultLogContent(string Path, RunHeader Header, IReadOnlyList<TestResult> Results, bool TornTail);
