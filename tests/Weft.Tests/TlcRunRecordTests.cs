using System;
using System.IO;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>The provenance record weft tlc writes beside a raw output.</summary>
public sealed class TlcRunRecordTests
{
    [Fact]
    public void Round_trips_and_rejects_unknown_keys_with_a_position()
    {
        var dir = Directory.CreateTempSubdirectory("weft-prov-");
        try
        {
            var sha = new string('a', 64);
            var r = new TlcRunRecord("Treiber", "tla/Treiber/Treiber.tla", sha, "MC.cfg", sha, "TLC2 Version 2.20",
                "java -cp $TLA2TOOLS_JAR tlc2.TLC -simulate file=/x/trace,num=2 -depth 5 -seed -3 Treiber.tla", "2026-11-21T21:00:00Z",
                "MC.sim.out", 0, new TlcSimulation(2, 5, -3, new[] { "MC.sim-01.tla", "MC.sim-02.tla" }));
            var path = TlcRunRecord.PathFor(Path.Combine(dir.FullName, "MC.sim.out"));
            Assert.Equal(Path.Combine(dir.FullName, "MC.sim.provenance.yaml"), path);
            File.WriteAllText(path, r.Serialize());
            var back = TlcRunRecord.Load(path);
            Assert.Equal(r with { Simulation = null }, back with { Simulation = null });
            Assert.Equal((2, 5, -3L), (back.Simulation!.Num, back.Simulation.Depth, back.Simulation.Seed));
            Assert.Equal(r.Simulation!.TraceModules, back.Simulation.TraceModules);

            File.WriteAllText(path, r.Serialize().Replace("exit_code:", "exit_kode:", StringComparison.Ordinal));
            var e = Assert.Throws<WeftInputException>(() => TlcRunRecord.Load(path));
            Assert.Contains("unknown key 'exit_kode'", e.Message, StringComparison.Ordinal);
            Assert.Equal(1, e.Column);
            File.WriteAllText(path, r.Serialize().Replace("- MC.sim-02.tla", "- ../MC.sim-02.tla", StringComparison.Ordinal));
            e = Assert.Throws<WeftInputException>(() => TlcRunRecord.Load(path));
            Assert.Contains("expected a file name without directories, found '../MC.sim-02.tla'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
