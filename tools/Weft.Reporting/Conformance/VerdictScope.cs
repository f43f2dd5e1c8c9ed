using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>
/// The reach of a verdict: what was checked (each line a measured claim) and what was not (grouped by reason,
/// with every subject named). The report prints both at its top, beside the verdict, before any detail.
/// </summary>
public sealed record VerdictScope(IReadOnlyList<string> Checked, IReadOnlyList<UncheckedGroup> NotChecked)
{
    /// <summary>The headline: "conforms" is always qualified by what was checked; failures come first.</summary>
    public string Headline(bool conforms) => (conforms, NotChecked.Count) switch
    {
        (false, _) => "FAILURES",
        (true, 0) => "conforms: everything listed was checked",
        (true, _) => "conforms for what was checked; see below what was not",
    };
}

/// <summary>Things not checked for one reason (a gap kind), e.g. "monitors that never observed an event".</summary>
public sealed record UncheckedGroup(string Kind, string Reason, IReadOnlyList<string> Subjects);
