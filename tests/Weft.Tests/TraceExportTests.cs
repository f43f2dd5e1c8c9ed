using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The reverse direction of trace replay: behaviours the engine explores at the spec's granularity are exported
/// with the refinement mapping as TLA+ trace-validation modules, and TLC (when a jar is available) accepts them as
/// behaviours of the spec, and rejects an exported behaviour with one state changed.
/// </summary>
public sealed class TraceExportTests
{
    private static string Root => TraceReplayTests.RepoRoot;

    private static ExportedBehaviour Export(string spec, ulong seed, int actions = 40)
    {
        var constants = TlcConfig.ReadConstants(Path.Combine(Root, "tla", spec, "MC.cfg"));
        return TraceExport.Explore(SpecModels.Find(spec), constants, seed, actions);
    }

    [Theory]
    [InlineData("IBR")]
    [InlineData("DEBRA")]
    [InlineData("Treiber")]
    [InlineData("FutexMutex")]
    [InlineData("Semaphore")]
    [InlineData("Event")]
    public void Explored_behaviour_is_exported_state_by_state(string spec)
    {
        var b = Export(spec, 7);
        Assert.Null(b.Bug);
        Assert.Null(b.Error);
        Assert.True(b.States.Count > 10, $"{b.States.Count} states");
        Assert.Equal(0, b.States[0].Thread);
        int threads = ((TlaSeq)b.States[0].State["pc"]).Items.Count; // pc is a function over the spec's threads
        Assert.All(b.States.Skip(1), s => Assert.InRange(s.Thread, 1, threads));
        var module = TraceExport.ValidationModule(b);
        Assert.Contains($"MODULE {spec}_Validate", module, StringComparison.Ordinal);
        Assert.Contains($"EXTENDS {spec}, TLC", module, StringComparison.Ordinal);
        Assert.Equal(b.States.Count, module.Split('\n').Count(l => l.TrimStart().StartsWith('[')));
        Assert.Contains("pc |-> ", module, StringComparison.Ordinal);
        var cfg = TraceExport.ValidationConfig(b);
        Assert.Contains("INVARIANT NotAccepted", cfg, StringComparison.Ordinal);
        foreach (var k in b.Constants.Keys) Assert.Contains($"    {k} = ", cfg, StringComparison.Ordinal);
        // The same seed explores the same behaviour.
        var again = Export(spec, 7);
        Assert.Equal(module, TraceExport.ValidationModule(again));
    }

    [Theory]
    [InlineData("IBR", "Init", "Next")]
    [InlineData("Semaphore", "InitState", "Next")]
    public void The_validation_module_starts_from_the_spec_s_own_initial_predicate(string spec, string init, string next)
    {
        var text = File.ReadAllText(Path.Combine(Root, "tla", spec, spec + ".tla"));
        Assert.Equal((init, next), TraceExport.SpecFormula(text));
        var module = TraceExport.ValidationModule(Export(spec, 3), init, next);
        Assert.Contains($"ValInit == {init} /\\ ", module, StringComparison.Ordinal);
        Assert.Contains($" /\\ {next} /\\ ", module, StringComparison.Ordinal);
    }

    [Fact]
    public void Pct_over_action_boundaries_is_deterministic_and_differs_from_uniform_choice()
    {
        var constants = TlcConfig.ReadConstants(Path.Combine(Root, "tla", "IBR", "MC.cfg"));
        var a = TraceExport.Explore(new IbrModel(), constants, 11, 40, pctDepth: 3);
        var b = TraceExport.Explore(new IbrModel(), constants, 11, 40, pctDepth: 3);
        var u = TraceExport.Explore(new IbrModel(), constants, 11, 40);
        Assert.Equal(41, a.States.Count);
        Assert.Equal(TraceExport.ValidationModule(a), TraceExport.ValidationModule(b));
        Assert.NotEqual(a.States.Select(s => s.Thread), u.States.Select(s => s.Thread));
        // PCT runs the highest-priority thread until a change point: long runs of one thread.
        int switches = a.States.Skip(2).Zip(a.States.Skip(1)).Count(p => p.First.Thread != p.Second.Thread);
        Assert.True(switches <= 2, $"{switches} switches with 2 change points");
    }

    [Fact]
    public void Unobservable_values_are_left_unconstrained_and_slots_become_nodes()
    {
        Assert.Null(TraceExport.Concrete(TlaValue.Seq(TlaValue.Int(1), Refinement.Any)));
        Assert.Equal(TlaValue.Seq(TlaValue.Int(3), TlaValue.Int(0)), TraceExport.Concrete(TlaValue.Seq(Refinement.Node(2), TlaValue.Int(0))));
        Assert.Equal(TlaValue.Seq(TlaValue.Str("live"), TlaValue.Str("free")),
            TraceExport.Concrete(Refinement.ByNode(new[] { TlaValue.Str("live"), TlaValue.Str("free") })));
    }

    private static string? Jar() => Reporting.TlcRunner.FindJar(Root);

    private static string RunTlc(string jar, string dir, string module) =>
        TlcProcess.Run(TlcProcess.Arguments(jar, module + ".cfg", module + ".tla"), dir).Output;

    [Theory]
    [InlineData("IBR", 3UL)]
    [InlineData("DEBRA", 3UL)]
    [InlineData("Treiber", 2UL)]
    [InlineData("FutexMutex", 1UL)]
    [InlineData("Semaphore", 1UL)]
    [InlineData("Event", 1UL)]
    public void Tlc_accepts_the_exported_behaviour_and_rejects_an_edited_one(string spec, ulong seed)
    {
        var jar = Jar();
        Assert.SkipWhen(jar is null, "no TLC: set TLA2TOOLS_JAR or put tla2tools.jar in tools/ to run the trace validation against TLC");
        var b = Export(spec, seed);
        var dir = Directory.CreateTempSubdirectory("weft-validate-");
        try
        {
            TraceExport.WriteValidation(b, Path.Combine(Root, "tla", spec, spec + ".tla"), dir.FullName);
            var ok = TlcOutputReader.Parse(RunTlc(jar!, dir.FullName, spec + "_Validate"), "validate.out");
            Assert.Equal(TlcOutcome.Violation, ok.Outcome);
            Assert.Equal("NotAccepted", ok.Violation?.Name);

            // Change one state of the middle of the behaviour: no behaviour of the spec passes through it.
            var states = b.States.ToList();
            int k = states.Count / 2;
            var edited = states[k].State.ToDictionary(p => p.Key, p => p.Key == "pc" ? TlaValue.Seq(((TlaSeq)p.Value).Items.Select(_ => TlaValue.Str("nowhere"))) : p.Value);
            states[k] = states[k] with { State = edited };
            TraceExport.WriteValidation(b with { States = states }, Path.Combine(Root, "tla", spec, spec + ".tla"), dir.FullName);
            var bad = TlcOutputReader.Parse(RunTlc(jar!, dir.FullName, spec + "_Validate"), "validate.out");
            Assert.Equal(TlcOutcome.Pass, bad.Outcome);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
