using System;
using System.IO;
using System.Linq;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>The trace commands end to end: <c>weft replay &lt;trace&gt;</c> exit codes and messages, <c>weft trace export</c>, <c>weft tlc --validate</c> without TLC.</summary>
public sealed class TraceCliTests
{
    /// <summary>Runs <c>weft args</c> from the repository root, without TLC.</summary>
    private static (int Exit, string Out, string Err) Weft(params string[] args) => WeftCli.Run(TraceReplayTests.RepoRoot, null, args);

    [Fact]
    public void Replaying_a_counterexample_prints_conforms_and_the_reproduced_violation()
    {
        var (exit, output, err) = Weft("replay", "traces/DEBRA/MC_Unbounded.counterexample.yaml");
        Assert.True(exit == 0, output + err);
        Assert.Contains("conforms: 64 steps; BoundedPending reproduced: BoundedPendingMonitor failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diverging_trace_exits_2_with_the_step_the_variable_and_the_interleaving()
    {
        var t = TraceFile.Load(Path.Combine(TraceReplayTests.RepoRoot, "traces/Treiber/MC.sim-01.yaml"));
        var steps = t.Steps.ToList();
        var s5 = steps[4];
        steps[4] = s5 with { State = s5.State.ToDictionary(p => p.Key, p => p.Key == "opsDone" ? TlaValue.Seq(TlaValue.Int(9), TlaValue.Int(9), TlaValue.Int(9)) : p.Value) };
        var dir = Directory.CreateTempSubdirectory("weft-cli-trace-");
        try
        {
            var path = Path.Combine(dir.FullName, "edited.yaml");
            TraceFile.Write(t with { Steps = steps }, path);
            var (exit, output, err) = Weft("replay", path);
            Assert.True(exit == 2, output + err);
            Assert.Contains("diverges at step 5", output, StringComparison.Ordinal);
            Assert.Contains("variable opsDone", output, StringComparison.Ordinal);
            Assert.Contains(" step  thread op", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_stale_trace_exits_1_without_a_stack_trace()
    {
        var t = TraceFile.Load(Path.Combine(TraceReplayTests.RepoRoot, "traces/IBR/MC.sim-01.yaml"));
        var dir = Directory.CreateTempSubdirectory("weft-cli-stale-");
        try
        {
            var path = Path.Combine(dir.FullName, "stale.yaml");
            TraceFile.Write(t with { SpecSha256 = new string('a', 64) }, path);
            var (exit, output, err) = Weft("replay", path);
            Assert.True(exit == 1, output + err);
            Assert.Contains("is stale", err, StringComparison.Ordinal);
            Assert.Contains("stale.yaml:", err, StringComparison.Ordinal); // file:line:col of the recorded hash
            Assert.Matches(@"stale\.yaml:\d+:14: ", err);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_writes_a_validation_module_and_validate_without_tlc_says_how_to_get_it()
    {
        var dir = Directory.CreateTempSubdirectory("weft-cli-export-");
        try
        {
            var (exit, output, err) = Weft("trace", "export", "tla/DEBRA", "--config", "MC_Debra.cfg", "--seed", "5", "--actions", "30", "--out", dir.FullName);
            Assert.True(exit == 0, output + err);
            Assert.Contains("31 states, 30 actions", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir.FullName, "DEBRA_Validate.tla")));
            Assert.True(File.Exists(Path.Combine(dir.FullName, "DEBRA_Validate.cfg")));
            Assert.True(File.Exists(Path.Combine(dir.FullName, "DEBRA.tla")));
            var (vexit, vout, verr) = Weft("tlc", dir.FullName, "--validate");
            Assert.True(vexit == 1, vout + verr);
            Assert.Contains("TLA2TOOLS_JAR", verr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
