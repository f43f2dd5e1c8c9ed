using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>
/// The reach of a verdict: what was checked (each line a measured claim) and what was not (grouped by reason,
/// with every subject named). The report prints both at its top, beside the verdict, before any detail.
/// </summary>
public sealed record VerdictScope(IReadOnlyList<string> Checked, IReadOnlyList<UncheckedGroup> NotChecked)
{
    /// <summary>What qualifies the verdict word ("conforms" or "failures"): it covers only what was checked.</summary>
    public string Qualifier(bool conforms) => (conforms, NotChecked.Count) switch
    {
        (false, 0) => "in what was checked; everything listed below was checked",
        (false, _) => "in what was checked; see below what was not checked",
        (true, 0) => "for everything listed below: nothing was left unchecked",
        (true, _) => "for what was checked; see below what was not",
    };
}
