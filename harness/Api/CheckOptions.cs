using System;
using System.Collections.Generic;
using System.Globalization;

namespace Weft;

/// <summary>
/// Immutable options of one exploration. Use <c>with</c> expressions to derive variants:
/// <c>CheckOptions.Default with { Strategy = "pct", Iterations = 500 }</c>.
/// </summary>
public sealed record CheckOptions
{
    /// <summary>The defaults: the portfolio strategy, 1,000 iterations, 10,000 steps per iteration.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>Strategy name: <c>portfolio</c> (default), <c>random</c>, <c>prob</c>, <c>pct</c>, <c>delay</c>, <c>dfs</c>, <c>dpor</c>, <c>periodic</c>, <c>pos</c>, <c>rff</c> or <c>stall</c>.</summary>
    public string Strategy { get; init; } = "portfolio";

    /// <summary>Maximum number of iterations (schedules) to run; DFS stops earlier when its bounded space is exhausted.</summary>
    public int Iterations { get; init; } = 1000;

    /// <summary>Optional wall-clock budget; exploration stops at whichever of this and <see cref="Iterations"/> comes first.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>Root seed of the random strategies. The same seed, test and options explore the same schedules.</summary>
    public ulong Seed { get; init; } = 0x5EED;

    /// <summary>
    /// Steps allowed in one iteration before it is reported as a suspected livelock. Yields are fair (a thread paused at
    /// a yield waits for the threads that have not yielded since), so a spin-wait that can end does end well within it.
    /// </summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>
    /// PCT depth: the number of priority change points is <c>PctDepth - 1</c>. The default, 2, finds every bug that
    /// needs one preemption at the right step with probability at least 1/(n k); a deeper search spends its extra
    /// change points on long runs where they undo the one that mattered. The portfolio also runs depth 3.
    /// </summary>
    public int PctDepth { get; init; } = 2;

    /// <summary>Probabilistic strategy: switch threads with probability 2^-k at each point.</summary>
    public int SwitchExponent { get; init; } = 1;

    /// <summary>Delay-bounding strategy: the number of delays per iteration.</summary>
    public int DelayBound { get; init; } = 2;

    /// <summary>Periodic strategy: each thread's quantum (consecutive scheduling points per turn) is drawn from 1..MaxQuantum.</summary>
    public int MaxQuantum { get; init; } = 8;

    /// <summary>DFS: the maximum number of preemptive context switches per schedule.</summary>
    public int PreemptionBound { get; init; } = 2;

    /// <summary>Initial step-count estimate used by PCT and delay-bounding before the first iteration has finished.</summary>
    public int InitialStepEstimate { get; init; } = 64;

    /// <summary>
    /// The memory model the atomics layer runs under: <see cref="Weft.MemoryModel.SC"/> (default),
    /// <see cref="Weft.MemoryModel.TSO"/> (per-thread store buffers whose flushes are scheduling decisions) or
    /// <see cref="Weft.MemoryModel.RA"/> (release/acquire/relaxed: which store a load reads is a decision).
    /// </summary>
    public MemoryModel MemoryModel { get; init; } = MemoryModel.SC;

    /// <summary>
    /// The happens-before data-race detector: plain data accessed through the atomics layer's checked accessor
    /// (<c>Weft.Atomics.Plain</c>) is checked, and two accesses to one location, at least one a write, that no chain of
    /// synchronization orders are a <see cref="BugKind.DataRace"/>. Off by default (<c>--race-detector</c>,
    /// <c>WEFT_RACE_DETECTOR=1</c>); it runs under SC, TSO and RA (under RA its happens-before is the model's).
    /// </summary>
    public bool RaceDetector { get; init; }

    /// <summary>
    /// The memory-order mutation check (<c>weft mutate-orders</c>): the one atomics call site that runs with an order one
    /// step weaker than declared in this run, or null. The controlled build only; see <see cref="Engine.OrderMutation"/>.
    /// </summary>
    internal Engine.OrderMutant? OrderMutant { get; init; }

    /// <summary>The mutation check's discovery run: records every atomics call site the run executes, or null.</summary>
    internal Engine.OrderSiteRecorder? OrderSites { get; init; }

    /// <summary>Spurious futex wake-ups the scheduler may inject per iteration (0 disables them).</summary>
    public int SpuriousWakeups { get; init; }

    /// <summary>A liveness monitor that stays hot for this many consecutive steps is reported (0: only checked at the end).</summary>
    public int LivenessThreshold { get; init; }

    /// <summary>How long a running controlled thread may go without reaching a scheduling point before it is reported as blocked outside the runtime.</summary>
    public TimeSpan WatchdogTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Monitors instantiated for every iteration.</summary>
    public IReadOnlyList<Func<PropertyMonitor>> Monitors { get; init; } = Array.Empty<Func<PropertyMonitor>>();

    /// <summary>Directory where bug schedules are written (default <c>.weft/schedules</c> or <c>$WEFT_SCHEDULE_DIR</c>).</summary>
    public string? ScheduleDirectory { get; init; }

    /// <summary>
    /// The registered test id recorded in schedules so <c>weft replay</c> can find the test body. Left null by a user's
    /// test, which <see cref="Checker.Check"/> names after the calling method and replays through <c>WEFT_REPLAY</c>.
    /// </summary>
    public string? TestId { get; init; }

    /// <summary>Record one interleaving-log line per step (used by verbose replay).</summary>
    public bool RecordLog { get; init; }

    /// <summary>Continue after a bug instead of stopping at the first one.</summary>
    public bool StopAtFirstBug { get; init; } = true;

    /// <summary>
    /// Schedule minimization: the most replays spent minimizing each bug's schedule (0: bug reports carry no minimized
    /// schedule). A bug found by exploration is written twice, as found and minimized (fewest preemptions, then fewest
    /// steps); whichever of this and <see cref="MinimizeTimeBudget"/> runs out first ends the minimization, and the report
    /// says so.
    /// </summary>
    public int MinimizeReplays { get; init; } = 2000;

    /// <summary>Schedule minimization: the wall-clock budget per bug (see <see cref="MinimizeReplays"/>).</summary>
    public TimeSpan MinimizeTimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called after every iteration with (iterations done, total steps); for progress displays.</summary>
    public Action<int, long>? Progress { get; init; }

    /// <summary>
    /// Called after every explored iteration (not pruned by partial-order reduction) with its outcome: the bug (kind,
    /// monitor, message) or <c>ok</c>, then the iteration's history of monitor events that change monitor state, one line
    /// per monitor and part of its state (<see cref="IKeyedMonitor"/>), so that schedules equivalent under partial-order
    /// reduction have the same outcome. The set of distinct outcomes is what a reduced search must preserve: comparing it between <c>dfs</c> and
    /// <c>dpor</c> on the same test checks the reduction (<c>weft bench engine --part dpor</c>).
    /// </summary>
    public Action<string>? OutcomeSink { get; init; }

    /// <summary>
    /// The DPOR strategy only: keep DFS's <see cref="PreemptionBound"/> and run bounded partial-order reduction (Coons,
    /// Musuvathi, McKinley, OOPSLA 2013: persistent sets, conservative branch points, no sleep sets). Default false: the
    /// bound is ignored and DPOR (source sets and sleep sets) exhausts the unbounded space.
    /// </summary>
    public bool DporBounded { get; init; }

    /// <summary>
    /// The DPOR strategy only: a seeded defect of its dependency relation (<see cref="Strategies.DporDefect"/>), for the
    /// negative control of the soundness check. Default none.
    /// </summary>
    internal Strategies.DporDefect DporDefect { get; init; }

    /// <summary>
    /// Bounded DPOR only: where it keeps sleep sets (<see cref="Strategies.DporBoundedSleep"/>): a thread sleeps at a
    /// decision once its subtree there is done, when the bound took nothing from that subtree. Default: no thread of a
    /// backtrack set excluded by the bound; <c>None</c> is the published bounded POR (the baseline of
    /// <c>weft bench engine --part dpor</c>).
    /// </summary>
    internal Strategies.DporBoundedSleep DporSleep { get; init; } = Strategies.DporBoundedSleep.NoBacktrackExcluded;

    /// <summary>
    /// Applies nightly knobs from environment variables, parsed strictly:
    /// <c>WEFT_STRATEGY</c>, <c>WEFT_ITERATIONS</c>, <c>WEFT_SEED</c>, <c>WEFT_MAX_STEPS</c>, <c>WEFT_TIME_BUDGET</c> (seconds),
    /// <c>WEFT_MINIMIZE_REPLAYS</c> (0 turns minimization off), <c>WEFT_MINIMIZE_TIME</c> (seconds),
    /// <c>WEFT_MEMORY_MODEL</c> (<c>sc</c>, <c>tso</c> or <c>ra</c>), <c>WEFT_RACE_DETECTOR</c> (<c>0</c> or <c>1</c>).
    /// A malformed value throws <see cref="WeftInputException"/> naming the variable.
    /// </summary>
    public CheckOptions WithEnvironment(Func<string, string?>? getenv = null)
    {
        getenv ??= Environment.GetEnvironmentVariable;
        var o = this;
        if (getenv("WEFT_STRATEGY") is { } s)
        {
            if (!Strategies.StrategyFactory.IsKnown(s))
                throw new WeftInputException($"WEFT_STRATEGY: unknown strategy '{s}'; expected one of {string.Join(", ", Strategies.StrategyFactory.Names)}");
            o = o with { Strategy = s };
        }
        if (getenv("WEFT_ITERATIONS") is { } it) o = o with { Iterations = ParsePositive("WEFT_ITERATIONS", it) };
        if (getenv("WEFT_MAX_STEPS") is { } ms) o = o with { MaxSteps = ParsePositive("WEFT_MAX_STEPS", ms) };
        if (getenv("WEFT_SEED") is { } seed)
        {
            if (!ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                throw new WeftInputException($"WEFT_SEED: '{seed}' is not an unsigned 64-bit integer");
            o = o with { Seed = v };
        }
        if (getenv("WEFT_TIME_BUDGET") is { } tb) o = o with { TimeBudget = TimeSpan.FromSeconds(ParsePositive("WEFT_TIME_BUDGET", tb)) };
        if (getenv("WEFT_MINIMIZE_REPLAYS") is { } mr)
        {
            if (!int.TryParse(mr, NumberStyles.None, CultureInfo.InvariantCulture, out var replays))
                throw new WeftInputException($"WEFT_MINIMIZE_REPLAYS: '{mr}' is not a non-negative integer");
            o = o with { MinimizeReplays = replays };
        }
        if (getenv("WEFT_MEMORY_MODEL") is { } mm) o = o with { MemoryModel = MemoryModels.Parse(mm, "WEFT_MEMORY_MODEL") };
        if (getenv("WEFT_RACE_DETECTOR") is { } rd)
        {
            o = o with
            {
                RaceDetector = rd switch
                {
                    "1" => true,
                    "0" => false,
                    _ => throw new WeftInputException($"WEFT_RACE_DETECTOR: '{rd}' is not 0 or 1"),
                },
            };
        }
        if (getenv("WEFT_MINIMIZE_TIME") is { } mt) o = o with { MinimizeTimeBudget = TimeSpan.FromSeconds(ParsePositive("WEFT_MINIMIZE_TIME", mt)) };
        return o;
    }

    private static int ParsePositive(string name, string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0)
            throw new WeftInputException($"{name}: '{value}' is not a positive integer");
        return v;
    }
}
