using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Trace files (schema weft-trace/1): round trips of real TLC traces, and every malformed input rejected with
/// <c>file:line:col</c> at the offending spot (inside a TLA+ value, at the offending character).
/// </summary>
public sealed class TraceFileTests
{
    private const string F = "t.yaml";
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    internal static Trace WithProvenance(Trace t, string config = "MC_Untagged.cfg") => t with
    {
        Spec = "Treiber",
        SpecFile = "tla/Treiber/Treiber.tla",
        SpecSha256 = Sha,
        Config = config,
        ConfigSha256 = Sha,
        TlcVersion = "TLC2 Version 2.20 of Day Month 20?? (rev: 96056d9)",
        Command = "java -XX:+UseParallelGC -cp $TLA2TOOLS_JAR tlc2.TLC -tool -workers 1 -config MC_Untagged.cfg Treiber.tla",
        Date = "2026-11-21T21:11:45Z",
        RawOutput = "MC_Untagged.out",
    };

    private static void AssertSame(Trace a, Trace b)
    {
        Assert.Equal(a with { Steps = Array.Empty<TraceStep>(), Path = null }, b with { Steps = Array.Empty<TraceStep>(), Path = null });
        Assert.Equal(a.Steps.Count, b.Steps.Count);
        for (int i = 0; i < a.Steps.Count; i++)
        {
            var (x, y) = (a.Steps[i], b.Steps[i]);
            Assert.Equal((x.Index, x.Action, x.Location), (y.Index, y.Action, y.Location));
            Assert.Equal(x.Parameters, y.Parameters);
            Assert.Equal(x.State.OrderBy(kv => kv.Key, StringComparer.Ordinal), y.State.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("treiber-untagged.out")]
    [InlineData("toy/deadlock.out")]
    [InlineData("toy/lasso.out")]
    [InlineData("toy/stutter.out")]
    [InlineData("toy/assert.out")]
    public void Real_traces_round_trip(string fixture)
    {
        var t = WithProvenance(TlcOutputReader.Read(TlcOutputReaderTests.Fixture(fixture.Split('/'))).Traces.Single());
        var text = TraceFile.Serialize(t);
        var back = TraceFile.Parse(text, F);
        AssertSame(t, back);
        Assert.Equal(text, TraceFile.Serialize(back));
        // Every step's line is the line of its '- step:' entry.
        var lines = text.Split('\n');
        foreach (var s in back.Steps) Assert.Equal($"- step: {s.Index}", lines[s.Line - 1]);
    }

    [Fact]
    public void Simulation_trace_round_trips_and_load_sets_the_path()
    {
        var t = WithProvenance(TlcOutputReader.ReadTraceModule(TlcOutputReaderTests.Fixture("treiber-sim", "trace_0_1")), "MC.cfg") with
        {
            RawOutput = "MC.sim-02.tla",
        };
        var dir = Directory.CreateTempSubdirectory("weft-trace-");
        try
        {
            var path = Path.Combine(dir.FullName, "MC.sim-02.yaml");
            TraceFile.Write(t, path);
            Assert.Single(Directory.GetFiles(dir.FullName));
            var back = TraceFile.Load(path);
            Assert.Equal(path, back.Path);
            Assert.Equal(TraceKind.Simulation, back.Kind);
            Assert.Null(back.Violation);
            AssertSame(t, back);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Values_needing_quotes_are_quoted()
    {
        var state = new Dictionary<string, TlaValue>
        {
            ["s"] = TlaValue.Set(new[] { TlaValue.Str("it's"), TlaValue.Str("a: b #c") }),
            ["r"] = TlaValue.Record(("a", TlaValue.Int(-1))),
            ["n"] = TlaValue.Int(-5),
            ["q"] = TlaValue.Str("\"quoted\"\n"),
            ["m"] = TlaValue.Model("NULL"),
            ["f"] = TlaValue.Function(new[] { new KeyValuePair<TlaValue, TlaValue>(TlaValue.Model("a"), TlaValue.Set(Array.Empty<TlaValue>())) }),
        };
        var t = WithProvenance(new Trace("", "", "", "", "", "", "", "", TraceKind.Simulation, null, null, null,
            new[] { new TraceStep(1, "Init", Array.Empty<TlaValue>(), null, state), new TraceStep(2, "Step", new[] { TlaValue.Str("x y"), TlaValue.Int(-2) }, "line 1, col 1 to line 2, col 2 of module M", state) }));
        AssertSame(t, TraceFile.Parse(TraceFile.Serialize(t), F));
    }

    // ------------------------------------------------------------------ errors

    private static readonly string[] Valid =
    {
        "schema: weft-trace/1",                                   // 1
        "spec: Toy",                                              // 2
        "spec_file: tla/Toy/Toy.tla",                             // 3
        $"spec_sha256: {Sha}",                                    // 4
        "config: Lasso.cfg",                                      // 5
        $"config_sha256: {Sha}",                                  // 6
        "tlc_version: TLC2 Version 2.20",                         // 7
        "command: java tlc2.TLC",                                 // 8
        "date: 2026-11-21T21:00:00Z",                             // 9
        "kind: counterexample",                                   // 10
        "violation:",                                             // 11
        "  kind: property",                                       // 12
        "  message: Temporal properties were violated.",          // 13
        "loops_back_to: 1",                                       // 14
        "steps:",                                                 // 15
        "- step: 1",                                              // 16
        "  action: Init",                                         // 17
        "  params: []",                                           // 18
        "  state:",                                               // 19
        "    x: 0",                                               // 20
        "    s: '{<<p1, 0>>}'",                                   // 21
        "- step: 2",                                              // 22
        "  action: Inc",                                          // 23
        "  params: [p1]",                                         // 24
        "  location: line 12, col 11 to line 17, col 62 of module Toy", // 25
        "  state:",                                               // 26
        "    x: 1",                                               // 27
        "    s: '{<<p1, 0>>, <<p1, 1>>}'",                        // 28
        "- step: 3",                                              // 29
        "  action: Reset",                                        // 30
        "  params: []",                                           // 31
        "  state:",                                               // 32
        "    x: 0",                                               // 33
        "    s: '{<<p1, 0>>}'",                                   // 34
    };

    private static string With(int line, string? replacement)
    {
        var l = Valid.ToList();
        if (replacement is null) l.RemoveAt(line - 1);
        else l[line - 1] = replacement;
        return string.Join("\n", l) + "\n";
    }

    private static void Rejects(string text, int line, int column, string contains)
    {
        var e = Assert.Throws<WeftInputException>(() => TraceFile.Parse(text, F));
        Assert.True(e.Line == line && e.Column == column, $"expected {line}:{column}, got {e.Message}");
        Assert.StartsWith($"{F}:{line}:{column}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(contains, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_sample_loads()
    {
        var t = TraceFile.Parse(With(1, Valid[0]), F);
        Assert.Equal(3, t.Steps.Count);
        Assert.Equal(1, t.LoopsBackTo);
        Assert.Equal(new[] { TlaValue.Model("p1") }, t.Steps[1].Parameters);
        Assert.Equal(22, t.Steps[1].Line);
    }

    [Fact]
    public void Schema_errors_name_the_spot()
    {
        Rejects(With(1, "schema: weft-trace/2"), 1, 9, "unsupported schema 'weft-trace/2'");
        Rejects(With(2, "spek: Toy"), 2, 1, "unknown key 'spek'");
        Rejects(With(2, null), 1, 1, "missing key 'spec'");
        Rejects(With(4, "spec_sha256: abc"), 4, 14, "expected a SHA-256");
        Rejects(With(10, "kind: replay"), 10, 7, "unknown trace kind 'replay'");
        Rejects(With(12, "  kind: liveness"), 12, 9, "unknown violation kind");
        Rejects(With(13, "  messag: x"), 13, 3, "unknown key 'messag' in violation");
        Rejects(With(14, "loops_back_to: 3"), 14, 16, "expected a step before the last one");
        Rejects(With(14, "loops_back_to: 2"), 14, 16, "expected the last step's state to equal the state of step 2");
        Rejects(With(16, "- step: 2"), 16, 9, "expected step 1, found 2");
        Rejects(With(17, "  action: 'Inc(p1)'"), 17, 11, "expected an action name");
        Rejects(With(18, "  params: 1"), 18, 11, "expected a sequence of TLA+ values");
        Rejects(With(23, "  actoin: Inc"), 23, 3, "unknown key 'actoin' in a step");
        Rejects(With(20, "    y: 0"), 27, 5, "missing y; unexpected x");
        Rejects(With(27, "    y: 1"), 27, 5, "missing x; unexpected y");
        var noViolation = Valid.Where((_, i) => i is not (11 or 12)).Select(l => l == "violation:" ? "violation: x" : l);
        Rejects(string.Join("\n", noViolation) + "\n", 11, 12, "expected a mapping with kind, name and message");
        Rejects(string.Join("\n", Valid.Where((_, i) => i is not (10 or 11 or 12))) + "\n", 1, 1, "missing key 'violation'");
        Rejects("- a\n- b\n", 1, 1, "expected a mapping");
        Rejects("schema: [\n", 2, 1, "malformed YAML");
    }

    [Fact]
    public void Bad_values_point_into_the_scalar()
    {
        // Plain scalar: the column of the offending character.
        Rejects(With(27, "    x: <<1 2>>"), 27, 15 - 3, "expected ',' or '>>'");
        // Single-quoted scalar: after the quote, counting '' as two characters.
        Rejects(With(28, "    s: '{<<p1, 0>>, <<p1 1>>}'"), 28, 26, "expected ',' or '>>'");
        Rejects(With(28, "    s: '{\"it''s\" x}'"), 28, 18, "expected ',' or '}'");
        Rejects(With(24, "  params: [p1, (1 :> 2 @@ 1 :> 3)]"), 24, 27, "duplicate key 1");
        Rejects(With(20, "    x: \"abc"), 20, 8, "malformed YAML");
    }

    [Fact]
    public void Check_fresh_refuses_a_changed_spec()
    {
        var root = Directory.CreateTempSubdirectory("weft-repo-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "tla", "Treiber"));
            var spec = Path.Combine(root.FullName, "tla", "Treiber", "Treiber.tla");
            File.WriteAllText(spec, "---- MODULE Treiber ----\n====\n");
            var t = WithProvenance(TlcOutputReader.Read(TlcOutputReaderTests.Fixture("treiber-untagged.out")).Traces[0]) with
            {
                SpecSha256 = TlaSpec.Sha256OfFile(spec),
            };
            TraceFile.CheckFresh(t, root.FullName);
            File.AppendAllText(spec, "\\* edited\n");
            var e = Assert.Throws<WeftInputException>(() => TraceFile.CheckFresh(t with { Path = "traces/Treiber/MC_Untagged.counterexample.yaml" }, root.FullName));
            Assert.StartsWith("trace traces/Treiber/MC_Untagged.counterexample.yaml is stale: spec tla/Treiber/Treiber.tla has changed since it was recorded (sha " + t.SpecSha256 + " vs " + TlaSpec.Sha256OfFile(spec) + "); regenerate with: weft tlc tla/Treiber --config MC_Untagged.cfg", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(true);
        }
    }
}
