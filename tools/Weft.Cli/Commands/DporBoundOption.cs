using System.CommandLine;
using Weft.Strategies;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>--dpor-bound none|class|schedule</c> of <c>weft explore</c>: what the dpor strategy does with
/// <c>--preemption-bound</c>. <c>none</c> (the default) exhausts the unbounded space; <c>class</c> runs every
/// equivalence class that has a schedule within the bound (<see cref="DporBoundedSleep.ClassBounded"/>);
/// <c>schedule</c> is bounded partial-order reduction over the schedules within the bound (Coons, Musuvathi, McKinley,
/// OOPSLA 2013, with sleep sets where the bound took nothing). Both bounded modes reach bounded DFS's outcomes on
/// every test of <c>weft bench engine --part dpor-bounded</c>; README "Class-bounded DPOR" compares them.
/// </summary>
internal static class DporBoundOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--dpor-bound")
        {
            Description = "With --strategy dpor: none (the whole unbounded space, the default), class (every class of schedules that has a schedule within --preemption-bound) or schedule (bounded partial-order reduction over the schedules within --preemption-bound)",
            DefaultValueFactory = _ => "none",
        };
        option.AcceptOnlyFromAmong("none", "class", "schedule");
        return option;
    }

    /// <summary>
    /// <paramref name="options"/> with the bounded mode <paramref name="value"/> names; a bounded mode with another
    /// strategy than dpor is an input error (exit 1), since no other strategy reads it.
    /// </summary>
    public static CheckOptions Apply(CheckOptions options, string value)
    {
        if (value == "none") return options;
        if (options.Strategy != "dpor")
            throw new WeftInputException($"--dpor-bound {value}: applies to --strategy dpor only (the strategy is {options.Strategy})");
        return options with
        {
            DporBounded = true,
            DporSleep = value == "class" ? DporBoundedSleep.ClassBounded : DporBoundedSleep.NoBacktrackExcluded,
        };
    }
}
