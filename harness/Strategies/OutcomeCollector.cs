using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// Explores a test to exhaustion (or a cap) and collects its set of distinct outcomes (<see cref="CheckOptions.OutcomeSink"/>:
/// the bug or "ok", then each monitor part's history of state-changing events). A reduced search is sound on a test when its
/// outcome set equals the plain search's: the check behind the DPOR tests and <c>weft bench engine --part dpor</c>.
/// Exploration goes on after bugs, so every bug of the space is an outcome.
/// </summary>
internal static class OutcomeCollector
{
    public static (ExplorationResult Result, HashSet<string> Outcomes) Explore(Action body, CheckOptions options)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-outcomes-" + Environment.ProcessId);
        try
        {
            var result = Checker.Explore(body, options with
            {
                OutcomeSink = o => outcomes.Add(o),
                StopAtFirstBug = false,
                MinimizeReplays = 0,
                ScheduleDirectory = directory,
            });
            return (result, outcomes);
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The soundness comparison: null when <paramref name="reduced"/> reached exactly the outcomes of
    /// <paramref name="plain"/>, else a message naming (up to <paramref name="shown"/> of) the outcomes only the plain
    /// search reached (the ones the reduction lost) and those only the reduced search reached.
    /// </summary>
    public static string? Difference(string plainName, IReadOnlySet<string> plain, string reducedName, IReadOnlySet<string> reduced, int shown = 2)
    {
        if (plain.SetEquals(reduced)) return null;
        var lost = new List<string>();
        foreach (var o in plain) if (!reduced.Contains(o)) lost.Add(o);
        var extra = new List<string>();
        foreach (var o in reduced) if (!plain.Contains(o)) extra.Add(o);
        lost.Sort(StringComparer.Ordinal);
        extra.Sort(StringComparer.Ordinal);
        return $"{plainName} reached {plain.Count} outcomes, {reducedName} {reduced.Count}; " +
            $"only {plainName} ({lost.Count}): {string.Join(" | ", lost.GetRange(0, Math.Min(shown, lost.Count)))}; " +
            $"only {reducedName} ({extra.Count}): {string.Join(" | ", extra.GetRange(0, Math.Min(shown, extra.Count)))}";
    }
}
