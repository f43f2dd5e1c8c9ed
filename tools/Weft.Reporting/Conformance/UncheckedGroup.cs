using System.Collections.Generic;
using System.Linq;

namespace Weft.Reporting;

/// <summary>Things not checked for one reason (a gap kind), e.g. "monitors that never observed an event".</summary>
public sealed record UncheckedGroup(string Kind, string Reason, IReadOnlyList<string> Subjects)
{
    /// <summary>At most this many subjects are named at the top of the report; the open-gaps table lists them all.</summary>
    public const int ShownSubjects = 12;

    /// <summary>The subjects for the top of the report: the first <see cref="ShownSubjects"/>, then how many more.</summary>
    public string ShortList() => Subjects.Count <= ShownSubjects
        ? string.Join(", ", Subjects)
        : string.Join(", ", Subjects.Take(ShownSubjects)) + $" and {Subjects.Count - ShownSubjects} more (see the open gaps)";
}
