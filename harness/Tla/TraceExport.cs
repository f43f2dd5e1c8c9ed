using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Weft.Engine;
using Weft.Strategies;

namespace Weft.Tla;

/// <summary>
/// The reverse direction of trace replay (trace validation): the engine explores the spec's workload at the spec's
/// granularity (a seeded random choice of the thread at every action boundary, every action run whole), the
/// refinement mapping turns every state into the spec's variables, and <see cref="WriteValidation"/> writes a TLA+
/// module that TLC checks: it extends the spec with a step counter and accepts exactly the behaviours of the spec
/// whose states match the exported ones. TLC reporting the invariant <c>NotAccepted</c> violated means the whole
/// exported behaviour is a behaviour of the spec.
/// </summary>
public static class TraceExport
{
    public const string StepVariable = "weftStep";

    /// <summary>An action bound at or above this does not bound the stateful search (no re-expansion of states met again shallower).</summary>
    public const int UnboundedActions = 100_000;

    public static ExportedBehaviour Explore(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, ulong seed, int actions, CheckOptions? options = null, int pctDepth = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (actions < 1) throw new WeftInputException($"--actions: expected at least 1, found {actions}");
        if (ControlledThread.Current is not null) throw new InvalidOperationException("TraceExport.Explore cannot be nested inside a controlled test");
        var instance = model.Create(constants);
        var o = TraceReplay.RunOptions(options, instance);
        var cursor = new TraceCursor(model, instance, seed, actions, pctDepth);
        ReplayOutcome outcome;
        using (var rt = new ControlledRuntime(o, new RandomStrategy(0)))
            outcome = rt.RunTrace(instance.Body, cursor, $"export/{model.Spec}");
        return Behaviour(model, constants, seed, cursor, outcome);
    }

    /// <summary>The behaviour a recording cursor ran: its states, the bug or divergence that ended it, its action log.</summary>
    private static ExportedBehaviour Behaviour(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, ulong seed,
        TraceCursor cursor, ReplayOutcome outcome, string? error = null) =>
        new(model.Spec, constants, seed, cursor.Recorded.Select(r => new ExportedState(r.Thread, r.Label, r.State)).ToList(),
            outcome.Bug, cursor.Divergence?.Message ?? error, cursor.ActionLog);

    /// <summary>
    /// Searches the workload of <paramref name="model"/> systematically at the spec's granularity: a
    /// preemption-bounded depth-first search (<see cref="ActionDfs"/>) over the thread of every action and every value
    /// choice, each schedule at most <paramref name="actions"/> actions long, until a monitor or the implementation
    /// fails, every schedule within <paramref name="preemptions"/> preemptions has run, or
    /// <paramref name="maxSchedules"/> schedules have run. A failing schedule is run once more with every state
    /// mapped, so it comes back as a behaviour that <see cref="WriteValidation"/> turns into a TLA+ module.
    /// With <paramref name="actionConstraint"/> (the configuration's <c>ACTION_CONSTRAINT</c>, which the model must
    /// transcribe: <see cref="SpecInstance.ActionConstraint"/>) only the steps it allows are taken, as TLC does, and the
    /// search is delay-bounded from round-robin (<see cref="ActionDfs"/>): <paramref name="preemptions"/> then bounds
    /// the delays.
    /// </summary>
    public static ActionSearchResult Search(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, int actions, int preemptions,
        long maxSchedules, CheckOptions? options = null, string? actionConstraint = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (actions < 1) throw new WeftInputException($"--actions: expected at least 1, found {actions}");
        if (preemptions < 0) throw new WeftInputException($"--preemptions: expected 0 or more, found {preemptions}");
        if (ControlledThread.Current is not null) throw new InvalidOperationException("TraceExport.Search cannot be nested inside a controlled test");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var instance = model.Create(constants);
        var constraint = actionConstraint is null ? null : instance.ActionConstraint(actionConstraint)
            ?? throw new WeftInputException($"ACTION_CONSTRAINT {actionConstraint}: the {model.Spec} model does not transcribe it, so the search cannot restrict itself to the steps TLC explores");
        bool roundRobin = constraint is not null;
        var o = TraceReplay.RunOptions(options, instance, model.SpuriousWakeups(constants));
        var dfs = new ActionDfs(preemptions, roundRobin);
        using var rt = new ControlledRuntime(o, new RandomStrategy(0));
        while (true)
        {
            dfs.BeginIteration();
            var cursor = new TraceCursor(model, instance, dfs, actions, record: false, constraint);
            var outcome = rt.RunTrace(instance.Body, cursor, $"search/{model.Spec}", log: false);
            if (outcome.Bug is not null || cursor.Divergence is not null)
            {
                var path = dfs.Path;
                long schedules = dfs.Schedules;
                // The same schedule again, every state mapped and every action logged.
                var again = new ActionDfs(preemptions, roundRobin);
                again.BeginIteration(path);
                var recorder = new TraceCursor(model, instance, again, actions, record: true, constraint);
                var replayed = rt.RunTrace(instance.Body, recorder, $"search/{model.Spec}");
                var behaviour = Behaviour(model, constants, 0, recorder, replayed, cursor.Divergence?.Message);
                return new ActionSearchResult(schedules, false, behaviour, path, clock.Elapsed);
            }
            if (dfs.Schedules >= maxSchedules) return new ActionSearchResult(dfs.Schedules, false, null, null, clock.Elapsed);
            if (!dfs.Advance()) return new ActionSearchResult(dfs.Schedules, true, null, null, clock.Elapsed);
        }
    }

    /// <summary>
    /// Searches the workload of <paramref name="model"/> statefully at the spec's granularity, as TLC explores a
    /// configuration: a depth-first search over every decision (no preemption bound) that fingerprints each state it
    /// reaches (<see cref="StateFingerprint"/>) and ends a run at a state reached before (<see cref="StateSpace"/>), until a
    /// monitor or the implementation fails, every reachable state within the configuration's constraint and
    /// <paramref name="maxActions"/> actions has been expanded (exhausted), or <paramref name="budget"/> runs out. The
    /// implementation cannot be snapshotted, so a run reaches a state only by running a path to it from the start;
    /// without an action bound the runs' decisions come from the state graph seen so far (<see cref="StateGraphWalk"/>),
    /// so a run goes on along known edges to the next untried decision instead of starting again for each one.
    /// </summary>
    public static ActionSearchResult SearchStateful(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, int maxActions,
        TimeSpan budget, CheckOptions? options = null) =>
        SearchStateful(model, constants, maxActions, budget, options, prune: true, out _);

    /// <inheritdoc cref="SearchStateful(SpecModel, IReadOnlyDictionary{string, TlaValue}, int, TimeSpan, CheckOptions?)"/>
    /// <param name="prune">false: no run ends at a revisit (every schedule within the action bound runs; the soundness check of pruning)</param>
    /// <param name="fingerprints">the fingerprints of the states reached (for comparing two searches' state sets)</param>
    /// <param name="walkStateGraph">false: backtrack depth-first even without an action bound (see <see cref="StateGraphWalk"/>)</param>
    internal static ActionSearchResult SearchStateful(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, int maxActions,
        TimeSpan budget, CheckOptions? options, bool prune, out IReadOnlyCollection<UInt128> fingerprints, bool walkStateGraph = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (maxActions < 1) throw new WeftInputException($"--actions: expected at least 1, found {maxActions}");
        if (ControlledThread.Current is not null) throw new InvalidOperationException("TraceExport.SearchStateful cannot be nested inside a controlled test");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var instance = model.Create(constants);
        var o = TraceReplay.RunOptions(options, instance, model.SpuriousWakeups(constants));
        var space = new StateSpace { Prune = prune, ReexpandShallower = maxActions < UnboundedActions };
        var dfs = new ActionDfs(ActionDfs.Unbounded, space: space, walkStateGraph: walkStateGraph);
        fingerprints = space.Fingerprints;
        using var rt = new ControlledRuntime(o, new RandomStrategy(0));
        while (true)
        {
            dfs.BeginIteration();
            var cursor = new TraceCursor(model, instance, dfs, space, maxActions);
            var outcome = rt.RunTrace(instance.Body, cursor, $"search/{model.Spec}", log: false);
            if (outcome.Bug is not null || cursor.Divergence is not null)
            {
                var path = dfs.Path;
                var again = new ActionDfs(ActionDfs.Unbounded, canonicalOrder: dfs.CanonicalOrder);
                again.BeginIteration(path);
                var recorder = new TraceCursor(model, instance, again, maxActions, record: true);
                var replayed = rt.RunTrace(instance.Body, recorder, $"search/{model.Spec}");
                // The failure as the search met it, if the recording run does not meet it again.
                var behaviour = Behaviour(model, constants, 0, recorder, replayed.Bug is null && recorder.Divergence is null ? outcome : replayed, cursor.Divergence?.Message);
                return new ActionSearchResult(dfs.Schedules, false, behaviour, path, clock.Elapsed) { Space = Summary(model, instance, space) };
            }
            bool more = dfs.Advance();
            if (!more || clock.Elapsed >= budget)
                return new ActionSearchResult(dfs.Schedules, !more, null, null, clock.Elapsed) { Space = Summary(model, instance, space) };
        }
    }

    /// <summary>
    /// The stateful search by iterative deepening, to find a violation by one of the shortest behaviours that show it:
    /// <see cref="SearchStateful(SpecModel, IReadOnlyDictionary{string, TlaValue}, int, TimeSpan, CheckOptions?)"/>
    /// with an action bound of <paramref name="firstBound"/>, then half as long again each time, until a run fails, a
    /// bound did not cut any behaviour (the whole space is explored), or <paramref name="budget"/> runs out. Each bounded
    /// search is exhaustive within its bound, so the first failure is within the smallest bound that has one.
    /// </summary>
    public static ActionSearchResult SearchStatefulDeepening(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, int firstBound,
        TimeSpan budget, CheckOptions? options = null)
    {
        if (firstBound < 1) throw new WeftInputException($"--actions: expected at least 1, found {firstBound}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long schedules = 0;
        for (int bound = firstBound; ; bound += Math.Max(1, bound / 2))
        {
            var left = budget - clock.Elapsed;
            var r = SearchStateful(model, constants, bound, left > TimeSpan.Zero ? left : TimeSpan.Zero, options);
            schedules += r.Schedules;
            bool whole = r.Exhausted && r.Space!.CutByActionBound == 0;
            if (r.Failure is not null || whole || !r.Exhausted || clock.Elapsed >= budget)
                return r with { Schedules = schedules, Elapsed = clock.Elapsed, Exhausted = whole };
        }
    }

    private static StateSpaceSummary Summary(SpecModel model, SpecInstance instance, StateSpace space) =>
        new(space.States, space.BreadthFirstDepth(), space.Transitions, space.OutsideConstraint, space.MaxPathActions,
            space.ActionsRun, space.ActionsReplayed, space.FingerprintTime.TotalSeconds, instance.HasConstraint,
            model.Unmapped.Keys.Where(k => !model.UnmappedLiveAtLabels.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList(),
            space.CutByActionBound);

    /// <summary>
    /// A value as the spec writes it: pool slot s is node s + 1 (the specs number nodes from 1 in the pool's slot
    /// order). Null when the value is not observable (<see cref="Refinement.Any"/> somewhere inside): the variable
    /// is then left unconstrained in that state.
    /// </summary>
    public static TlaValue? Concrete(TlaValue v)
    {
        switch (v)
        {
            case TlaAny:
                return null;
            case TlaSlot s:
                return TlaValue.Int(s.Slot + 1);
            case TlaSlotFunction f:
            {
                var items = f.Values.Select(Concrete).ToList();
                return items.Any(x => x is null) ? null : TlaValue.Seq(items!);
            }
            case TlaSeq q:
            {
                var items = q.Items.Select(Concrete).ToList();
                return items.Any(x => x is null) ? null : TlaValue.Seq(items!);
            }
            case TlaSet q:
            {
                var items = q.Items.Select(Concrete).ToList();
                return items.Any(x => x is null) ? null : TlaValue.Set(items!);
            }
            case TlaRecord r:
            {
                var fields = r.Fields.Select(f => (f.Key, Value: Concrete(f.Value))).ToList();
                return fields.Any(x => x.Value is null) ? null : TlaValue.Record(fields.Select(x => (x.Key, x.Value!)).ToArray());
            }
            case TlaFunction fn:
            {
                var pairs = fn.Pairs.Select(p => (Key: Concrete(p.Key), Value: Concrete(p.Value))).ToList();
                return pairs.Any(x => x.Key is null || x.Value is null)
                    ? null
                    : TlaValue.Function(pairs.Select(x => new KeyValuePair<TlaValue, TlaValue>(x.Key!, x.Value!)));
            }
            default:
                return v;
        }
    }

    /// <summary>
    /// The initial predicate and next-state action of a spec module, from its <c>Spec == Init /\ [][Next]_vars</c>
    /// definition (<c>Init</c> and <c>Next</c> when the module has no such definition).
    /// </summary>
    public static (string Init, string Next) SpecFormula(string moduleText)
    {
        ArgumentNullException.ThrowIfNull(moduleText);
        var m = System.Text.RegularExpressions.Regex.Match(moduleText,
            @"^Spec\s*==\s*(\w+)\s*/\\\s*\[\]\[\s*(\w+)\s*\]_", System.Text.RegularExpressions.RegexOptions.Multiline);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : ("Init", "Next");
    }

    /// <summary>
    /// The TLA+ validation module for <paramref name="b"/> (module <c>&lt;Spec&gt;_Validate</c>), over the spec's
    /// initial predicate <paramref name="init"/> and next-state action <paramref name="next"/> (see <see cref="SpecFormula"/>).
    /// </summary>
    public static string ValidationModule(ExportedBehaviour b, string init = "Init", string next = "Next")
    {
        var name = b.Spec + "_Validate";
        // The variables the refinement mapping produces; the ones it does not map stay unconstrained throughout.
        var vars = b.States.SelectMany(s => s.State.Keys).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{new string('-', 16)} MODULE {name} {new string('-', 16)}\n");
        sb.Append("(* Trace validation: a behaviour of the implementation explored by Weft's engine at the granularity   *)\n");
        sb.Append("(* of this spec's actions, every state mapped to the spec's variables by the refinement mapping of     *)\n");
        sb.Append(CultureInfo.InvariantCulture, $"(* models/Specs ({b.States.Count} states, seed {b.Seed}). TLC accepts it when NotAccepted is violated:       *)\n");
        sb.Append("(* some behaviour of the spec passes through exactly these states. A variable the implementation     *)\n");
        sb.Append("(* holds only in a local at some state is left unconstrained there.                                    *)\n");
        sb.Append(CultureInfo.InvariantCulture, $"EXTENDS {b.Spec}, TLC, Sequences, Naturals\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"VARIABLE {StepVariable}\n\n");
        sb.Append("TraceLog == <<\n");
        for (int i = 0; i < b.States.Count; i++)
        {
            var fields = new List<string>();
            foreach (var v in vars)
                if (b.States[i].State.TryGetValue(v, out var value) && Concrete(value) is { } c) fields.Add($"{v} |-> {c}");
            var who = b.States[i].Thread == 0 ? "initial state" : $"thread {b.States[i].Thread} from {b.States[i].Label}";
            sb.Append(CultureInfo.InvariantCulture, $"    \\* {i + 1}: {who}\n");
            sb.Append("    [").Append(fields.Count == 0 ? "weftNone |-> 0" : string.Join(", ", fields)).Append(']');
            sb.Append(i + 1 < b.States.Count ? ",\n" : "\n");
        }
        sb.Append(">>\n\n");
        sb.Append("Match(i) ==\n");
        foreach (var v in vars) sb.Append(CultureInfo.InvariantCulture, $"    /\\ (\"{v}\" \\in DOMAIN TraceLog[i] => {v} = TraceLog[i].{v})\n");
        if (vars.Count == 0) sb.Append("    TRUE\n");
        sb.Append("\nMatchNext(i) ==\n");
        foreach (var v in vars) sb.Append(CultureInfo.InvariantCulture, $"    /\\ (\"{v}\" \\in DOMAIN TraceLog[i] => {v}' = TraceLog[i].{v})\n");
        if (vars.Count == 0) sb.Append("    TRUE\n");
        sb.Append(CultureInfo.InvariantCulture, $"\nValInit == {init} /\\ {StepVariable} = 1 /\\ Match(1)\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"ValNext == {StepVariable} < Len(TraceLog) /\\ {next} /\\ {StepVariable}' = {StepVariable} + 1 /\\ MatchNext({StepVariable} + 1)\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"NotAccepted == {StepVariable} < Len(TraceLog)\n");
        sb.Append(new string('=', 77)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The TLC configuration of the validation module: the constants of the source configuration, the validation spec, <c>NotAccepted</c>.</summary>
    public static string ValidationConfig(ExportedBehaviour b)
    {
        var sb = new StringBuilder();
        sb.Append("\\* Trace validation (weft trace export): TLC must report NotAccepted violated.\n");
        sb.Append("CONSTANTS\n");
        foreach (var (k, v) in b.Constants.OrderBy(p => p.Key, StringComparer.Ordinal)) sb.Append(CultureInfo.InvariantCulture, $"    {k} = {v}\n");
        sb.Append("INIT ValInit\nNEXT ValNext\nINVARIANT NotAccepted\nCHECK_DEADLOCK FALSE\n");
        return sb.ToString();
    }

    /// <summary>
    /// Writes the validation module, its configuration and a copy of the spec module into <paramref name="outDir"/>
    /// (TLC resolves <c>EXTENDS</c> from the module's folder), plus <c>export.txt</c> with the action log.
    /// </summary>
    public static void WriteValidation(ExportedBehaviour b, string specTlaPath, string outDir)
    {
        var specText = File.ReadAllText(specTlaPath);
        Directory.CreateDirectory(outDir);
        TraceFile.WriteAtomically(Path.Combine(outDir, Path.GetFileName(specTlaPath)), specText);
        var (init, next) = SpecFormula(specText);
        TraceFile.WriteAtomically(Path.Combine(outDir, b.Spec + "_Validate.tla"), ValidationModule(b, init, next));
        TraceFile.WriteAtomically(Path.Combine(outDir, b.Spec + "_Validate.cfg"), ValidationConfig(b));
        TraceFile.WriteAtomically(Path.Combine(outDir, "export.txt"),
            $"spec {b.Spec}, seed {b.Seed}, {b.States.Count} states, spec sha256 {TlaSpec.Sha256OfFile(specTlaPath)}\n" +
            string.Join("\n", b.ActionLog) + "\n");
    }
}
