using System;
using System.IO;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>Comparing TLC's result with a spec's manifest.yaml entry.</summary>
public sealed class TlcManifestTests
{
    private static TlcManifest Treiber()
    {
        var root = TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root");
        return TlcManifest.Load(Path.Combine(root, "tla", "Treiber", "manifest.yaml"));
    }

    [Fact]
    public void The_captured_counterexample_agrees_with_the_repository_manifest()
    {
        var m = Treiber();
        var e = m.Find("MC_Untagged.cfg")!;
        Assert.Equal(("violation", "StackMatchesAbstract", 37765L, 16), (e.Expected, e.ViolatedInvariant, e.DistinctStates!.Value, e.Depth!.Value));
        var r = TlcOutputReader.Read(TlcOutputReaderTests.Fixture("treiber-untagged.out"));
        Assert.Equal(m.TlcVersion, r.Version);
        Assert.Empty(TlcManifest.Compare(e, r));
    }

    [Fact]
    public void Every_difference_is_reported()
    {
        var r = TlcOutputReader.Read(TlcOutputReaderTests.Fixture("treiber-untagged.out"));
        var e = Treiber().Find("MC_Untagged.cfg")!;
        var diffs = TlcManifest.Compare(e with { ViolatedInvariant = "NoUseAfterFree", DistinctStates = 1, StatesGenerated = 2, Depth = 3, StatesLeftOnQueue = 4, TraceStates = 5 }, r);
        Assert.Equal(new[]
        {
            "violated invariant: expected NoUseAfterFree; TLC: invariant StackMatchesAbstract",
            "trace states: expected 5; TLC: 16",
            "distinct states: expected 1; TLC: 37,765",
            "states generated: expected 2; TLC: 80,650",
            "states left on queue: expected 4; TLC: 12,210",
            "depth: expected 3; TLC: 16",
        }, diffs);
        var pass = Treiber().Find("MC.cfg")!;
        Assert.Equal("expected: pass; TLC: violation (invariant StackMatchesAbstract: Invariant StackMatchesAbstract is violated.)", Assert.Single(TlcManifest.Compare(pass, r)));
        var sim = TlcOutputReader.Read(TlcOutputReaderTests.Fixture("treiber-sim", "treiber-sim.out"));
        Assert.Empty(TlcManifest.Compare(pass, sim));
    }

    [Fact]
    public void A_bad_manifest_is_an_input_error_with_a_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weft-manifest-{Environment.ProcessId}.yaml");
        try
        {
            File.WriteAllText(path, "spec: X\nconfigs:\n  - config: MC.cfg\n    expected: maybe\n");
            var e = Assert.Throws<WeftInputException>(() => TlcManifest.Load(path));
            Assert.StartsWith($"{path}:4:15: expected 'pass' or 'violation', found 'maybe'", e.Message, StringComparison.Ordinal);
            File.WriteAllText(path, "spec: X\nconfigs:\n  - config: MC.cfg\n    expected: pass\n    distinct_states: lots\n");
            e = Assert.Throws<WeftInputException>(() => TlcManifest.Load(path));
            Assert.StartsWith($"{path}:5:22: expected a count", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
