using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// The mutations <see cref="RffStrategy"/> applies to a corpus schedule. A schedule here is the sequence of threads
/// chosen at the decisions that had a choice (two or more candidates); a switch point is a position whose thread differs
/// from the one before, and a run is a maximal stretch of one thread between switch points. A mutant is followed as far
/// as it stays feasible and then continued by partial-order sampling, so every mutation is "replay a prefix, then
/// explore": the mutations decide how the prefix differs from the parent.
/// <list type="bullet">
/// <item>shift: move one switch point 1, 2, 4, 8 or 16 decisions earlier or later (the thread before it runs longer or shorter);</item>
/// <item>postpone: move a run past the next 1..8 runs (with one, a swap of two adjacent runs: the second thread's run happens first);</item>
/// <item>insert: give a short run to another thread of the schedule at a random position (a new preemption);</item>
/// <item>truncate: keep a random prefix only.</item>
/// </list>
/// One to three mutations are stacked (AFL's havoc stage), and half of the mutants are then cut a few decisions after
/// the last mutated position, so the sampler explores the continuation of the change instead of the parent's old tail.
/// </summary>
internal static class ScheduleMutation
{
    /// <summary>A mutant of <paramref name="parent"/> drawn from <paramref name="rng"/>.</summary>
    public static int[] Mutate(int[] parent, ref Rng rng)
    {
        var schedule = new List<int>(parent);
        if (schedule.Count < 2) return schedule.ToArray();
        int last = 0, stacked = 1 + rng.Next(3);
        for (int i = 0; i < stacked && schedule.Count >= 2; i++)
        {
            last = rng.Next(4) switch
            {
                0 => Shift(schedule, ref rng),
                1 => Swap(schedule, ref rng),
                2 => Insert(schedule, ref rng),
                _ => Truncate(schedule, ref rng),
            };
        }
        if (rng.Next(2) == 0)
        {
            int keep = Math.Min(schedule.Count, last + 1 + rng.Next(8));
            schedule.RemoveRange(keep, schedule.Count - keep);
        }
        return schedule.ToArray();
    }

    /// <summary>Moves a switch point by ±1..4 decisions; returns the lowest position changed.</summary>
    private static int Shift(List<int> schedule, ref Rng rng)
    {
        var switches = SwitchPoints(schedule);
        if (switches.Count == 0) return Insert(schedule, ref rng);
        int at = switches[rng.Next(switches.Count)];
        int delta = 1 << rng.Next(5); // 1, 2, 4, 8 or 16 decisions
        if (rng.Next(2) == 0)
        {
            // Later: the thread before the switch keeps running for delta more decisions.
            int end = Math.Min(schedule.Count, at + delta);
            for (int i = at; i < end; i++) schedule[i] = schedule[at - 1];
            return at;
        }
        // Earlier: the thread after the switch starts delta decisions sooner.
        int start = Math.Max(0, at - delta);
        for (int i = start; i < at; i++) schedule[i] = schedule[at];
        return start;
    }

    /// <summary>
    /// Postpones a run past the next 1..8 runs (one run: a swap of two adjacent runs), which move up; returns where the
    /// postponed run began.
    /// </summary>
    private static int Swap(List<int> schedule, ref Rng rng)
    {
        var switches = SwitchPoints(schedule);
        if (switches.Count == 0) return Insert(schedule, ref rng);
        int k = rng.Next(switches.Count);
        int middle = switches[k];
        int start = k == 0 ? 0 : switches[k - 1];
        int passed = 1 + rng.Next(8);
        int end = k + passed < switches.Count ? switches[k + passed] : schedule.Count;
        var postponed = schedule.GetRange(start, middle - start);
        var moved = schedule.GetRange(middle, end - middle);
        moved.AddRange(postponed);
        for (int i = 0; i < moved.Count; i++) schedule[start + i] = moved[i];
        return start;
    }

    /// <summary>Gives 1..4 decisions at a random position to another thread of the schedule; returns the position.</summary>
    private static int Insert(List<int> schedule, ref Rng rng)
    {
        int at = rng.Next(schedule.Count);
        int other = schedule[rng.Next(schedule.Count)];
        if (other == schedule[at])
        {
            // Pick a thread that differs from the one at the position, if the schedule has one.
            for (int i = 0; i < schedule.Count && other == schedule[at]; i++) other = schedule[(at + 1 + i) % schedule.Count];
        }
        int end = Math.Min(schedule.Count, at + 1 + rng.Next(4));
        for (int i = at; i < end; i++) schedule[i] = other;
        return at;
    }

    /// <summary>Keeps a random non-empty prefix; returns its length.</summary>
    private static int Truncate(List<int> schedule, ref Rng rng)
    {
        int keep = 1 + rng.Next(schedule.Count);
        schedule.RemoveRange(keep, schedule.Count - keep);
        return keep - 1;
    }

    private static List<int> SwitchPoints(List<int> schedule)
    {
        var points = new List<int>();
        for (int i = 1; i < schedule.Count; i++)
            if (schedule[i] != schedule[i - 1]) points.Add(i);
        return points;
    }
}
