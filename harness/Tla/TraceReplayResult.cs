using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Weft.Engine;
using Weft.Strategies;

namespace Weft.Tla;

/// <summary>The outcome of replaying one TLC trace against the implementation.</summary>
public sealed class TraceReplayResult
{
    internal TraceReplayResult(Trace trace, int steps, TraceDivergence? divergence, string? violation, bool expectedViolation,
        IReadOnlyList<string> actions, IReadOnlyList<string> interleaving)
    {
        Trace = trace;
        Steps = steps;
        Divergence = divergence;
        Violation = violation;
        ExpectsViolation = expectedViolation;
        ActionLog = actions;
        Interleaving = interleaving;
    }

    public Trace Trace { get; }

    /// <summary>Trace states that matched the implementation's mapped state.</summary>
    public int Steps { get; }

    public TraceDivergence? Divergence { get; }

    /// <summary>The implementation-side failure that reproduces the trace's violation (monitor and message), if any.</summary>
    public string? Violation { get; }

    /// <summary>True if the trace is a counterexample that ends in a violation.</summary>
    public bool ExpectsViolation { get; }

    /// <summary>True when every state matched and, for a counterexample, the matching monitor failed as TLC's invariant did.</summary>
    public bool Conforms => Divergence is null && (!ExpectsViolation || Violation is not null);

    /// <summary>One line per replayed action: step, action, thread, labels.</summary>
    public IReadOnlyList<string> ActionLog { get; }

    /// <summary>The scheduling-point log of the run: step, thread, operation, location, value.</summary>
    public IReadOnlyList<string> Interleaving { get; }

    /// <summary>"conforms: N steps ..." or the first divergence, in one paragraph.</summary>
    public string Summary
    {
        get
        {
            var sb = new StringBuilder();
            if (Divergence is { } d)
            {
                sb.Append(CultureInfo.InvariantCulture, $"diverges at step {d.Step} ({d.Action})");
                if (d.Variable is not null)
                    sb.Append(CultureInfo.InvariantCulture, $": variable {d.Variable}: expected {d.Expected}, actual {d.Actual}");
                else sb.Append(": ").Append(d.Message);
                return sb.ToString();
            }
            sb.Append(CultureInfo.InvariantCulture, $"conforms: {Steps} steps");
            if (ExpectsViolation)
            {
                var v = Trace.Violation!;
                sb.Append(Violation is not null
                    ? $"; {v.Name ?? v.Kind} reproduced: {Violation}"
                    : $"; but {v.Name ?? v.Kind} was NOT reproduced: no monitor failed after the last state");
            }
            return sb.ToString();
        }
    }
}
