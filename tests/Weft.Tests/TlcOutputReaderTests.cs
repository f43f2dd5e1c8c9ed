using System;
using System.IO;
using System.Linq;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The TLC <c>-tool</c> output reader against outputs captured from real TLC 2.20 runs (fixtures/tlc: the Treiber
/// spec's ABA counterexample and a simulation, and a toy spec's deadlock, invariant, assertion, lasso, stuttering,
/// pass and parse-error runs), and against truncated and malformed outputs.
/// </summary>
public sealed class TlcOutputReaderTests
{
    internal static string Fixture(params string[] parts) =>
        Path.Combine(new[] { SourceDir(), "fixtures", "tlc" }.Concat(parts).ToArray());

    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private const string Version = "TLC2 Version 2.20 of Day Month 20?? (rev: 96056d9)";

    [Fact]
    public void Output_TLC_did_not_finish_quotes_TLC_s_last_lines()
    {
        const string crashed = "@!@!@STARTMSG 2262:0 @!@!@\nTLC2 Version 2.20\n@!@!@ENDMSG 2262 @!@!@\nException in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n";
        var e = Assert.Throws<WeftInputException>(() => TlcProcess.Read(crashed, "run.out"));
        Assert.StartsWith("run.out:", e.Message, StringComparison.Ordinal);
        Assert.Contains("TLC did not finish normally; its last lines:", e.Message, StringComparison.Ordinal);
        Assert.Contains("java.lang.OutOfMemoryError: Java heap space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Treiber_counterexample_matches_the_manifest()
    {
        var r = TlcOutputReader.Read(Fixture("treiber-untagged.out"));
        Assert.Equal(Version, r.Version);
        Assert.False(r.Simulation);
        Assert.Equal(TlcOutcome.Violation, r.Outcome);
        Assert.Equal(new TraceViolation("invariant", "StackMatchesAbstract", "Invariant StackMatchesAbstract is violated."), r.Violation);
        // tla/Treiber/manifest.yaml, MC_Untagged.cfg.
        Assert.Equal(new TlcStatistics(80650, 37765, 12210, 16), r.Statistics);
        var t = Assert.Single(r.Traces);
        Assert.Equal(TraceKind.Counterexample, t.Kind);
        Assert.Equal(r.Violation, t.Violation);
        Assert.Null(t.LoopsBackTo);
        Assert.Equal(16, t.Steps.Count);
        Assert.Equal(Enumerable.Range(1, 16), t.Steps.Select(s => s.Index));
        var first = t.Steps[0];
        Assert.Equal("Init", first.Action);
        Assert.Empty(first.Parameters);
        Assert.Null(first.Location);
        Assert.Equal(15, first.State.Count);
        Assert.Equal(TlaValue.Seq(new long[] { 2, 0 }), first.State["top"]);
        Assert.Equal(TlaValue.Seq(TlaValue.Str("live"), TlaValue.Str("live"), TlaValue.Str("free")), first.State["nodeState"]);
        Assert.Equal(TlaValue.Bool(false), first.State["doubleFree"]);
        Assert.Equal(TlaValue.Seq(new long[] { -1, -1, -1 }), first.State["val"]);
        var last = t.Steps[^1];
        Assert.Equal("TreiberPopCas", last.Action);
        Assert.Equal(new[] { TlaValue.Int(2) }, last.Parameters);
        Assert.Equal("line 201, col 5 to line 209, col 100 of module Treiber", last.Location);
        Assert.Equal(TlaValue.Seq(Array.Empty<TlaValue>()), last.State["abs"]);
        // The step's line is the line of its header in the output.
        var lines = File.ReadAllLines(Fixture("treiber-untagged.out"));
        Assert.StartsWith("16: <TreiberPopCas(2)", lines[last.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlock_trace_with_records_functions_and_sets()
    {
        var r = TlcOutputReader.Read(Fixture("toy", "deadlock.out"));
        Assert.Equal(TlcOutcome.Violation, r.Outcome);
        Assert.Equal(new TraceViolation("deadlock", null, "Deadlock reached."), r.Violation);
        Assert.Equal(new TlcStatistics(7, 7, 3, 3), r.Statistics);
        var t = Assert.Single(r.Traces);
        Assert.Equal(3, t.Steps.Count);
        var s3 = t.Steps[2];
        Assert.Equal("Inc", s3.Action);
        Assert.Equal(new[] { TlaValue.Model("p1") }, s3.Parameters);
        Assert.Equal(TlaValue.Int(2), s3.State["f"][TlaValue.Model("p1")]);
        Assert.Equal(TlaValue.Set(new[] { TlaValue.Str("q\"uote"), TlaValue.Str("back\\slash") }), s3.State["r"]["b"]);
        Assert.Equal(2, s3.State["s"].AsList().Count);
    }

    [Fact]
    public void Invariant_and_assertion_violations()
    {
        var inv = TlcOutputReader.Read(Fixture("toy", "invariant.out"));
        Assert.Equal(("invariant", "NotThree"), (inv.Violation!.Kind, inv.Violation.Name));
        Assert.Equal(4, Assert.Single(inv.Traces).Steps.Count);
        Assert.Equal(TlaValue.Int(3), inv.Traces[0].Steps[^1].State["x"]);

        var a = TlcOutputReader.Read(Fixture("toy", "assert.out"));
        Assert.Equal(TlcOutcome.Violation, a.Outcome);
        Assert.Equal("assertion", a.Violation!.Kind);
        Assert.Contains("\"x reached two\"", a.Violation.Message, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(a.Traces).Steps.Count);
    }

    [Fact]
    public void Lasso_back_to_state_ends_with_the_closing_step()
    {
        var r = TlcOutputReader.Read(Fixture("toy", "lasso.out"));
        Assert.Equal(new TraceViolation("property", null, "Temporal properties were violated."), r.Violation);
        var t = Assert.Single(r.Traces);
        Assert.Equal(1, t.LoopsBackTo);
        Assert.Equal(4, t.Steps.Count);
        Assert.Equal("Reset", t.Steps[3].Action);
        Assert.Equal("line 18, col 10 to line 23, col 19 of module Toy", t.Steps[3].Location);
        Assert.Equal(t.Steps[0].State, t.Steps[3].State);
    }

    [Fact]
    public void Stuttering_ends_with_a_stuttering_step()
    {
        var r = TlcOutputReader.Read(Fixture("toy", "stutter.out"));
        var t = Assert.Single(r.Traces);
        Assert.Equal(3, t.LoopsBackTo);
        Assert.Equal(4, t.Steps.Count);
        Assert.Equal("Stuttering", t.Steps[3].Action);
        Assert.Equal(t.Steps[2].State, t.Steps[3].State);
    }

    [Fact]
    public void Pass_and_parse_error()
    {
        var p = TlcOutputReader.Read(Fixture("toy", "pass.out"));
        Assert.Equal(TlcOutcome.Pass, p.Outcome);
        Assert.Null(p.Violation);
        Assert.Empty(p.Traces);
        Assert.Equal(new TlcStatistics(7, 7, 0, 3), p.Statistics);

        var e = TlcOutputReader.Read(Fixture("toy", "parse-error.out"));
        Assert.Equal(TlcOutcome.Error, e.Outcome);
        Assert.Contains("Unknown operator: `Append'", e.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulation_output_and_trace_modules()
    {
        var r = TlcOutputReader.Read(Fixture("treiber-sim", "treiber-sim.out"));
        Assert.True(r.Simulation);
        Assert.Equal(TlcOutcome.Pass, r.Outcome);
        Assert.Equal(61, r.Statistics.StatesGenerated);
        Assert.Null(r.Statistics.DistinctStates);
        Assert.Empty(r.Traces);

        var behaviours = new[] { "trace_0_0", "trace_0_1", "trace_0_2" }
            .Select(f => TlcOutputReader.ReadTraceModule(Fixture("treiber-sim", f))).ToList();
        foreach (var t in behaviours)
        {
            Assert.Equal(TraceKind.Simulation, t.Kind);
            Assert.Equal("Init", t.Steps[0].Action);
            Assert.StartsWith("line ", t.Steps[0].Location, StringComparison.Ordinal);
            Assert.All(t.Steps.Skip(1), s => Assert.StartsWith("Treiber", s.Action, StringComparison.Ordinal));
            Assert.All(t.Steps.Skip(1), s => Assert.Single(s.Parameters));
            Assert.Equal(15, t.Steps[^1].State.Count);
        }
        Assert.Equal("TreiberPushAlloc", behaviours[0].Steps[1].Action);
        Assert.Equal(3, behaviours.Select(b => string.Join(";", b.Steps.Select(s => s.Action + string.Join(",", s.Parameters)))).Distinct().Count());
    }

    // ------------------------------------------------------------------ malformed output

    private static string Text(string fixture) => File.ReadAllText(Fixture(fixture));

    private static WeftInputException Rejects(string text)
    {
        var e = Assert.Throws<WeftInputException>(() => TlcOutputReader.Parse(text, "out.txt"));
        Assert.Equal("out.txt", e.File);
        Assert.StartsWith($"out.txt:{e.Line}:{e.Column}: ", e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void Truncated_output_is_an_error_at_its_end()
    {
        var lines = Text("treiber-untagged.out").Split('\n');
        // Cut inside the 10th state of the trace.
        int cut = Array.FindIndex(lines, l => l.StartsWith("10: <", StringComparison.Ordinal)) + 3;
        var e = Rejects(string.Join("\n", lines.Take(cut)));
        Assert.Equal(cut, e.Line);
        Assert.Contains("closing message 2217", e.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);

        // Cut right after a complete state: the trace is unterminated.
        int after = Array.FindIndex(lines, l => l.StartsWith("16: <", StringComparison.Ordinal));
        while (lines[after] != "@!@!@ENDMSG 2217 @!@!@") after++;
        e = Rejects(string.Join("\n", lines.Take(after + 1)) + "\n");
        Assert.Contains("end of the error trace", e.Message, StringComparison.Ordinal);

        // Everything there, but no final message.
        var full = Text("toy/pass.out");
        e = Rejects(full[..full.IndexOf("@!@!@STARTMSG 2186", StringComparison.Ordinal)]);
        Assert.Contains("2186", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_output_names_line_and_column()
    {
        var e = Rejects("hello\nworld\n");
        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("-tool", e.Message, StringComparison.Ordinal);

        var text = Text("toy/deadlock.out");
        var lines = text.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("2: <Inc(p1)", StringComparison.Ordinal));

        // A bad value inside a state: the column of the offending character.
        var bad = (string[])lines.Clone();
        int fLine = header + 1;
        Assert.StartsWith("/\\ f = (p1 :> 1 @@ p2 :> 0)", bad[fLine], StringComparison.Ordinal);
        bad[fLine] = "/\\ f = (p1 :> 1 @@ p2 := 0)";
        e = Rejects(string.Join("\n", bad));
        Assert.Equal((fLine + 1, 23), (e.Line, e.Column));
        Assert.Contains("expected ':>'", e.Message, StringComparison.Ordinal);

        // A bad action header.
        bad = (string[])lines.Clone();
        bad[header] = "2: <Inc(p1 line 12, col 11 to line 17, col 62 of module Toy>";
        e = Rejects(string.Join("\n", bad));
        Assert.Equal(header + 1, e.Line);
        Assert.Contains("expected", e.Message, StringComparison.Ordinal);

        // States out of order.
        bad = (string[])lines.Clone();
        bad[header] = bad[header].Replace("2: <", "5: <", StringComparison.Ordinal);
        e = Rejects(string.Join("\n", bad));
        Assert.Equal((header + 1, 1), (e.Line, e.Column));
        Assert.Contains("expected state 2 of the trace, found state 5", e.Message, StringComparison.Ordinal);

        // A mismatched end marker and a marker inside a line.
        bad = (string[])lines.Clone();
        int end = Array.IndexOf(bad, "@!@!@ENDMSG 2114 @!@!@");
        bad[end] = "@!@!@ENDMSG 2115 @!@!@";
        e = Rejects(string.Join("\n", bad));
        Assert.Equal((end + 1, 13), (e.Line, e.Column));
        Assert.Contains("closing message 2114", e.Message, StringComparison.Ordinal);
        bad = (string[])lines.Clone();
        bad[end] = "x @!@!@ENDMSG 2114 @!@!@";
        e = Rejects(string.Join("\n", bad));
        Assert.Equal((end + 1, 3), (e.Line, e.Column));

        // A variable missing from a later state.
        bad = lines.Where((l, i) => !(i == header + 3 && l.StartsWith("/\\ s = ", StringComparison.Ordinal))).ToArray();
        Assert.Equal(lines.Length - 1, bad.Length);
        e = Rejects(string.Join("\n", bad));
        Assert.Contains("missing s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_wrapped_across_lines_are_read_whole()
    {
        var text = Text("toy/deadlock.out").Replace(
            "/\\ r = [a |-> 1, b |-> {\"q\\\"uote\", \"back\\\\slash\"}, c |-> <<p1>>]",
            "/\\ r = [ a |-> 1,\n  b |-> {\"q\\\"uote\", \"back\\\\slash\"},\n  c |-> <<p1>> ]", StringComparison.Ordinal);
        var r = TlcOutputReader.Parse(text, "out.txt");
        Assert.Equal(TlaValue.Seq(TlaValue.Model("p1")), r.Traces[0].Steps[1].State["r"]["c"]);
        Assert.Equal(4, r.Traces[0].Steps[1].State.Count);
    }

    [Fact]
    public void Trace_module_errors()
    {
        var text = Text("treiber-sim/trace_0_0");
        var half = text[..text.IndexOf('\n', text.Length / 2)];
        var e = Assert.Throws<WeftInputException>(() => TlcOutputReader.ParseTraceModule(half, "m.tla"));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<WeftInputException>(() => TlcOutputReader.ParseTraceModule(text.Replace("STATE_3 ==", "STATE_4 ==", StringComparison.Ordinal), "m.tla"));
        Assert.Contains("expected state 3 of the trace, found state 4", e.Message, StringComparison.Ordinal);
        Assert.Equal(7, e.Column);
        e = Assert.Throws<WeftInputException>(() => TlcOutputReader.ParseTraceModule("garbage", "m.tla"));
        Assert.Equal((1, 1), (e.Line, e.Column));
    }
}
