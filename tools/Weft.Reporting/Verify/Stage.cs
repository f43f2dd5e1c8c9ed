using System;

namespace Weft.Reporting;

/// <summary>A named stage of the pipeline.</summary>
public sealed record Stage(string Name, Func<StageResult> Run);
