using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>The verdict words of <see cref="ModelOutcome.Verdict"/>.</summary>
public static class MutationVerdicts
{
    /// <summary>A covering test found a bug whose schedule does not fail with the declared order.</summary>
    public const string Caught = "caught";
    /// <summary>Every covering test ran within the budget and none found a bug.</summary>
    public const string NotCaught = "not caught";
    /// <summary>The site has no covering test: nothing ran.</summary>
    public const string NoTest = "no covering test";
}
