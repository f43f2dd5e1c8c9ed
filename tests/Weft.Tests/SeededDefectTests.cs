using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Every check can fail. For every invariant or property a spec's manifest maps to a monitor (<c>monitors:</c>), the
/// manifest's <c>seeded_defects:</c> entry names the seeded defects that break it, and this test shows each of them
/// firing: the monitor type exists; every listed negative control is registered, declares that monitor, and is caught
/// by exactly that monitor under the default strategy within its budget, its schedule replaying to the same failure;
/// every listed TLA+ configuration exists and is recorded as a violation of that invariant; an entry with no
/// configuration says why in its note. A <c>trace-replay</c> invariant (TypeOK) names the xunit tests that show trace
/// replay rejecting a state that breaks it. <c>Deadlock</c> (TLC's deadlock check, the engine's deadlock detection)
/// may have an entry too, checked the same way against deadlocks. One case per spec and invariant.
/// </summary>
public sealed class SeededDefectTests
{
    /// <summary>The name a seeded_defects entry uses for TLC's deadlock check (no monitor: the engine's detection).</summary>
    private const string Deadlock = "Deadlock";

    private static string TlaDir => Path.Combine(TraceReplayTests.RepoRoot, "tla");

    private static TlcManifest Manifest(string spec) =>
        TlcManifest.Load(Path.Combine(TlaDir, spec, "manifest.yaml"), $"tla/{spec}/manifest.yaml");

    /// <summary>(spec, invariant) for every monitored invariant and every seeded_defects entry of every manifest.</summary>
    public static TheoryData<string, string> Invariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(TlaDir, "manifest.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var spec = Path.GetFileName(Path.GetDirectoryName(file)!);
            var m = Manifest(spec);
            foreach (var name in m.Monitors.Keys.Union(m.SeededDefects.Keys).Order(StringComparer.Ordinal))
                data.Add(spec, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Invariants))]
    public void Every_invariant_has_a_seeded_defect_that_its_monitor_catches(string spec, string invariant)
    {
        var m = Manifest(spec);
        string where = $"tla/{spec}/manifest.yaml: {invariant}";
        string? monitor = m.Monitors.GetValueOrDefault(invariant);
        Assert.True(monitor is not null || invariant == Deadlock, $"{where}: a seeded_defects entry for an invariant the monitors: map does not list");
        Assert.True(m.SeededDefects.TryGetValue(invariant, out var entry), $"{where}: no seeded_defects entry");
        Assert.True(entry!.Tests.Count > 0, $"{where}: seeded_defects lists no test that shows the check failing");
        Assert.True(entry.Configs.Count > 0 || !string.IsNullOrWhiteSpace(entry.Note),
            $"{where}: seeded_defects lists no TLA+ configuration and no note saying why");
        foreach (var config in entry.Configs) ConfigViolates(m, spec, invariant, config);
        if (monitor == "trace-replay")
        {
            foreach (var test in entry.Tests) XunitTestExists(where, test);
            return;
        }
        string? name = monitor is null ? null : MonitorName(where, monitor);
        foreach (var id in entry.Tests) CaughtBy(where, id, name);
    }

    /// <summary>The name the monitor type reports its failures under (<see cref="PropertyMonitor.Name"/>).</summary>
    private static string MonitorName(string where, string typeName)
    {
        var type = new[] { typeof(PropertyMonitor).Assembly, typeof(Weft.Specs.SpecModels).Assembly, typeof(Weft.Scenarios.Canonical).Assembly }
            .Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is not null);
        Assert.True(type is not null, $"{where}: no monitor type {typeName}");
        Assert.True(typeof(PropertyMonitor).IsAssignableFrom(type), $"{where}: {typeName} is not a PropertyMonitor");
        return ((PropertyMonitor)Activator.CreateInstance(type!)!).Name;
    }

    /// <summary>
    /// The negative control <paramref name="id"/> declares <paramref name="monitor"/> (null: a deadlock) and is caught
    /// by it with the default strategy within its budget; its schedule replays to the same failure.
    /// </summary>
    private static void CaughtBy(string where, string id, string? monitor)
    {
        var test = CanonicalBugTests.All.SingleOrDefault(t => t.Id == id);
        Assert.True(test is not null, $"{where}: {id} is not a registered test");
        Assert.True(test!.NegativeControl, $"{where}: {id} is not a negative control");
        if (monitor is null)
        {
            Assert.True(test.ExpectedBug == BugKind.Deadlock, $"{where}: {id} expects {test.ExpectedBug}, not a deadlock");
        }
        else
        {
            Assert.True(test.ExpectedMonitor == monitor, $"{where}: {id} declares ExpectedMonitor {test.ExpectedMonitor ?? "(none)"}, not {monitor}");
        }
        var r = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        Assert.True(r.Bug is not null, $"{where}: {id} was not caught in {r.Iterations} iterations ({r.Strategy})");
        Assert.True(r.Bug!.Monitor == monitor, $"{where}: {id} was caught by {r.Bug.Monitor ?? "no monitor"} ({r.Bug.Kind}: {r.Bug.Message}), not by {monitor ?? "the deadlock detection"}");
        CanonicalBugTests.CaughtAndReplays(test, r, monitor);
    }

    /// <summary>The configuration is in the manifest, recorded as TLC's violation of <paramref name="invariant"/>, and its file exists.</summary>
    private static void ConfigViolates(TlcManifest m, string spec, string invariant, string config)
    {
        string where = $"tla/{spec}/manifest.yaml: {invariant}: {config}";
        var c = m.Find(config);
        Assert.True(c is not null, $"{where}: no such configuration in the manifest");
        Assert.True(File.Exists(Path.Combine(TlaDir, spec, config)), $"{where}: tla/{spec}/{config} does not exist");
        Assert.True(c!.Expected == "violation", $"{where}: expected {c.Expected}, not a violation");
        if (invariant == Deadlock)
            Assert.True(c.ViolatedProperty == Deadlock, $"{where}: violates {c.ViolatedInvariant ?? c.ViolatedProperty}, not a deadlock");
        else
            Assert.True(c.ViolatedInvariant == invariant || c.ViolatedProperty == invariant,
                $"{where}: violates {c.ViolatedInvariant ?? c.ViolatedProperty}, not {invariant}");
    }

    /// <summary><paramref name="test"/> (Class.Method) is an xunit test of this assembly.</summary>
    private static void XunitTestExists(string where, string test)
    {
        int dot = test.LastIndexOf('.');
        Assert.True(dot > 0, $"{where}: '{test}' is not Class.Method");
        var type = typeof(SeededDefectTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == test[..dot]);
        var method = type?.GetMethod(test[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        Assert.True(method is not null, $"{where}: no test method {test} in tests/Weft.Tests");
        Assert.True(method!.GetCustomAttributes<FactAttribute>(inherit: true).Any(), $"{where}: {test} is not an xunit [Fact] or [Theory]");
    }

    [Fact]
    public void A_malformed_seeded_defects_entry_is_an_input_error_with_a_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weft-seeded-{Environment.ProcessId}.yaml");
        const string head = "spec: X\nmonitors:\n  Inv: Weft.Monitors.X\nconfigs:\n  - config: MC.cfg\n    expected: pass\n";
        try
        {
            void Bad(string seeded, string expected)
            {
                File.WriteAllText(path, head + seeded);
                var e = Assert.Throws<WeftInputException>(() => TlcManifest.Load(path));
                Assert.StartsWith($"{path}:{expected}", e.Message, StringComparison.Ordinal);
            }
            Bad("seeded_defects: [Inv]\n", "7:17: seeded_defects: expected a map");
            Bad("seeded_defects:\n  Inv: ipc/x\n", "8:8: seeded_defects: Inv: expected a mapping with tests, configs");
            Bad("seeded_defects:\n  Inv:\n    tests: ipc/x\n    configs: []\n", "9:12: seeded_defects: Inv: tests: expected a list");
            Bad("seeded_defects:\n  Inv:\n    tests: [ipc/x]\n", "9:5: seeded_defects: Inv: missing key 'configs'");
            Bad("seeded_defects:\n  Inv:\n    tests: [ipc/x]\n    configs: []\n    notes: typo\n", "11:5: seeded_defects: Inv: unknown key 'notes'");
            Bad("seeded_defects:\n  Inv:\n    tests: [ipc/x]\n    configs: [[MC.cfg]]\n", "10:15: seeded_defects: Inv: configs: expected names");

            File.WriteAllText(path, head + "seeded_defects:\n  Inv:\n    tests: [ipc/x]\n    configs: []\n    note: 'TLA+ cannot express it'\n");
            var ok = TlcManifest.Load(path).SeededDefects["Inv"];
            Assert.Equal(("ipc/x", 0, "TLA+ cannot express it", 8), (string.Join(",", ok.Tests), ok.Configs.Count, ok.Note, ok.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
