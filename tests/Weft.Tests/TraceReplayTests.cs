using System;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

public sealed class TraceReplayTests
{
    internal static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weft.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Weft.slnx)");
        }
    }

    private static TraceReplayResult ReplayRaw(string output, SpecModel model, string spec, string config)
    {
        var result = TlcOutputReader.Read(Path.Combine(RepoRoot, output));
        var trace = result.Traces.Single();
        var constants = TlcConfig.ReadConstants(Path.Combine(RepoRoot, "tla", spec, config));
        return TraceReplay.Run(trace, model, constants);
    }

    [Fact]
    public void Treiber_aba_counterexample_reproduces_on_the_untagged_stack()
    {
        var r = ReplayRaw("tests/Weft.Tests/fixtures/tlc/treiber-untagged.out", new TreiberModel(), "Treiber", "MC_Untagged.cfg");
        Assert.True(r.Conforms, r.Summary + "\n" + string.Join("\n", r.ActionLog.TakeLast(10)));
    }
}
