using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;
using Weft.Strategies;

namespace Weft.Tla;

/// <summary>
/// Replays a TLC trace step by step against the implementation, through the model's labels and refinement
/// mapping (see <see cref="SpecModel"/>). The run happens under the controlled runtime: the trace, not a strategy,
/// picks the thread of every step, and each state of the trace is compared with the mapped implementation state.
/// </summary>
public static class TraceReplay
{
    /// <summary>
    /// Options of a trace-driven run: the log on, room for long traces, the model's monitors added, and spurious
    /// wake-ups offered only when the spec has them (the trace, not the engine, decides whether one happens).
    /// </summary>
    internal static CheckOptions RunOptions(CheckOptions? options, SpecInstance instance, bool spurious = false)
    {
        var o = (options ?? CheckOptions.Default) with
        {
            RecordLog = true,
            MaxSteps = Math.Max(100_000, (options ?? CheckOptions.Default).MaxSteps),
            SpuriousWakeups = spurious ? int.MaxValue : 0,
        };
        return instance.Monitors.Count > 0 ? o with { Monitors = o.Monitors.Concat(instance.Monitors).ToList() } : o;
    }

    public static TraceReplayResult Run(Trace trace, SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(model);
        if (trace.Steps.Count == 0) throw new WeftInputException($"{trace.Path ?? "trace"}: the trace has no states");
        if (ControlledThread.Current is not null) throw new InvalidOperationException("TraceReplay.Run cannot be nested inside a controlled test");
        var instance = model.Create(constants);
        var o = RunOptions(options, instance, model.SpuriousWakeups(constants));
        var cursor = new TraceCursor(trace, model, instance);
        ReplayOutcome outcome;
        using (var rt = new ControlledRuntime(o, new RandomStrategy(0)))
            outcome = rt.RunTrace(instance.Body, cursor, $"trace/{model.Spec}");

        var divergence = cursor.Divergence;
        string? violation = cursor.StateViolation;
        bool expects = trace.Kind == TraceKind.Counterexample && trace.Violation is not null;
        if (divergence is null && outcome.Bug is { } bug)
        {
            var expected = expects ? model.Invariants.FirstOrDefault(i => i.Name == trace.Violation!.Name) : null;
            bool atEnd = cursor.Draining || cursor.Index >= trace.Steps.Count - 1;
            if (expects && trace.Violation!.Kind == "deadlock" && bug.Kind == BugKind.Deadlock && cursor.Draining)
            {
                violation = $"deadlock after the last state: {bug.Message}";
            }
            else if (expected is not null && bug.Monitor == expected.Monitor && atEnd)
            {
                violation = $"{bug.Monitor} failed" + (cursor.DrainAction is { } da ? $" when {da} took its next step" : "") + $": {bug.Message}";
            }
            else
            {
                var step = trace.Steps[Math.Min(cursor.Index, trace.Steps.Count - 1)];
                divergence = new TraceDivergence(step.Index, step.Action, null, null, null,
                    $"the implementation failed ({bug.Kind}{(bug.Monitor is null ? "" : ", " + bug.Monitor)}: {bug.Message}) where the spec goes on",
                    step.Line);
            }
        }
        var interleaving = outcome.Log.Select(e => e.ToString()).ToList();
        return new TraceReplayResult(trace, cursor.StepsConformed, divergence, violation, expects, cursor.ActionLog, interleaving);
    }
}
