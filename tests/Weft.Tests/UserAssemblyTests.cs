using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Atomics;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// <c>weft ... --assembly</c> on test assemblies written as a user writes them (compiled here with Roslyn against the
/// Weft assemblies, each into a folder of its own): the racy test is found and replayed from the schedule alone, the
/// correct one passes, nightly children load the same assembly, and every bad input is exit 1 with one message
/// naming the file. Each case runs the built <c>weft</c> as a child process (loading an assembly is for the life of a
/// process). A few seconds per case.
/// </summary>
public sealed class UserAssemblyTests : IDisposable
{
    /// <summary>A racy counter (two load-then-store increments: a lost update) and a correct one (fetch-add).</summary>
    internal const string CounterTests = """
        using Weft;
        using Weft.Atomics;
        using Weft.Threading;

        [assembly: System.Reflection.AssemblyInformationalVersion("VERSION")]

        namespace MyCounters;

        public sealed class Counter
        {
            private AtomicInt32 _value;
            public int Value => _value.Load(MemoryOrder.Acquire);
            public void RacyIncrement() => _value.Store(_value.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release);
            public void Increment() => _value.FetchAdd(1, MemoryOrder.AcqRel);
        }

        public static class CounterTests
        {
            [WeftTest("counter/racy", Budget = 500)]
            public static void Racy()
            {
                var c = new Counter();
                var a = WeftThread.Start(c.RacyIncrement);
                var b = WeftThread.Start(c.RacyIncrement);
                a.Join(); b.Join();
                Checker.Assert(c.Value == 2, "both increments landed");
            }

            [WeftTest("counter/correct", Budget = 300)]
            public static void Correct()
            {
                var c = new Counter();
                var a = WeftThread.Start(c.Increment);
                var b = WeftThread.Start(c.Increment);
                a.Join(); b.Join();
                Checker.Assert(c.Value == 2, "both increments landed");
            }
        }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Explore_finds_the_racy_test_passes_the_correct_one_and_replay_loads_the_recorded_assembly()
    {
        var dll = Compile("MyCounters", CounterTests.Replace("VERSION", "1.0.0+first", StringComparison.Ordinal));
        var list = Weft("list", "--assembly", dll);
        Assert.True(list.Code == 0, list.Out + list.Err);
        Assert.Contains("counter/correct", list.Out, StringComparison.Ordinal);
        Assert.Contains("2 tests (0 negative controls)", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("treiber/", list.Out, StringComparison.Ordinal); // the built-in scenarios are replaced

        var explore = Weft("explore", "all", "--assembly", dll, "--out", Path.Combine(_dir.Path, "run"));
        Assert.True(explore.Code == 2, explore.Out + explore.Err);
        Assert.Matches(@"counter/correct\s+pass\s+pass", explore.Out);
        Assert.Matches(@"counter/racy\s+pass\s+BUG", explore.Out);
        var schedule = Regex.Match(explore.Out, @"replay: weft replay (?<path>\S+-assertion-\S+\.yaml) --verbose").Groups["path"].Value;
        Assert.True(File.Exists(schedule), "no schedule path in:\n" + explore.Out);
        var text = File.ReadAllText(schedule);
        Assert.Contains("assembly:\n  name: MyCounters\n  version: 1.0.0+first\n  path: \"" + dll + "\"\n  sha256: sha256:", text, StringComparison.Ordinal);
        var minimized = Directory.GetFiles(Path.GetDirectoryName(schedule)!, "*-minimized.yaml").Single();
        Assert.Contains("  name: MyCounters\n", File.ReadAllText(minimized), StringComparison.Ordinal);

        // From another folder, with no --assembly: the schedule names the assembly.
        var replay = Weft("replay", schedule, "--verbose");
        Assert.True(replay.Code == 2, replay.Out + replay.Err);
        Assert.Contains("reproduced: assertion failure", replay.Out, StringComparison.Ordinal);
        Assert.Contains("both increments landed", replay.Out, StringComparison.Ordinal);
        Assert.Equal("", replay.Err);

        // Minimized again by `weft minimize`: the result names the assembly too.
        var again = Path.Combine(_dir.Path, "again.yaml");
        var minimize = Weft("minimize", schedule, "--out", again);
        Assert.True(minimize.Code == 0, minimize.Out + minimize.Err);
        Assert.Contains("  name: MyCounters\n", File.ReadAllText(again), StringComparison.Ordinal);

        // Rebuilt with another version: still replayed, with a warning naming both versions.
        Compile("MyCounters", CounterTests.Replace("VERSION", "1.0.1+second", StringComparison.Ordinal));
        var changed = Weft("replay", schedule);
        Assert.True(changed.Code == 2, changed.Out + changed.Err);
        Assert.Contains("recorded with MyCounters 1.0.0+first; " + dll + " is now 1.0.1+second", changed.Err, StringComparison.Ordinal);

        // Gone: an input error at the schedule's assembly key, saying what to do.
        File.Delete(dll);
        var missing = Weft("replay", schedule);
        Assert.Equal(1, missing.Code);
        Assert.Matches($@"error: {Regex.Escape(schedule)}:\d+:\d+: the test assembly MyCounters 1\.0\.0\+first this schedule was recorded with is missing from {Regex.Escape(dll)}; .*pass --assembly path/to/MyCounters\.dll", missing.Err);
        NoStackTrace(missing);

        // ... and replayed against a copy elsewhere when --assembly names it.
        var elsewhere = Compile("MyCounters", CounterTests.Replace("VERSION", "1.0.0+first", StringComparison.Ordinal), "elsewhere");
        var moved = Weft("replay", schedule, "--assembly", elsewhere);
        Assert.True(moved.Code == 2, moved.Out + moved.Err);
        Assert.Contains("reproduced: assertion failure", moved.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Nightly_children_load_the_assembly_and_the_results_name_it()
    {
        var dll = Compile("MyCounters", CounterTests.Replace("VERSION", "1.0.0", StringComparison.Ordinal));
        var outDir = Path.Combine(_dir.Path, "nightly");
        var nightly = Weft("nightly", "--time-budget", "4s", "--assembly", dll, "--out", outDir);
        Assert.True(nightly.Code == 2, nightly.Out + nightly.Err);
        Assert.Contains($"re-run this shard: weft nightly --time-budget 4s --shard 0/1 --seed 24301 --filter all --assembly {dll} --out {outDir}", nightly.Out, StringComparison.Ordinal);
        Assert.Matches(@"BUG\s+counter/racy", nightly.Out);
        Assert.Matches(@"pass\s+counter/correct", nightly.Out);
        Assert.Contains($"re-run: weft explore counter/racy --seed ", nightly.Out, StringComparison.Ordinal);
        Assert.Contains($"s --assembly {dll}", nightly.Out, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(outDir, "results.jsonl"));
        Assert.Contains($"\"assemblies\":[\"{dll}\"]", log, StringComparison.Ordinal);
        var schedule = Directory.GetFiles(Path.Combine(outDir, "schedules"), "counter_racy-assertion-*.yaml").First();
        Assert.Contains("  name: MyCounters\n", File.ReadAllText(schedule), StringComparison.Ordinal);

        // The report on those results alone: no Weft repository needed.
        var merge = Weft("merge", outDir, "--assembly", dll, "--out", Path.Combine(_dir.Path, "merged"));
        Assert.True(merge.Code == 2, merge.Out + merge.Err);
        Assert.Contains("FAILED test counter/racy [0/1]: BUG", merge.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "merged", "report.html")));
    }

    [Fact]
    public void Bad_assemblies_are_input_errors_naming_the_file()
    {
        var missing = Path.Combine(_dir.Path, "nowhere", "Tests.dll");
        Expect(Weft("list", "--assembly", missing), $"error: {missing}: no such file; expected the .dll that building your test project writes");

        var text = Path.Combine(_dir.Path, "notes.dll");
        File.WriteAllText(text, "not an assembly");
        Expect(Weft("explore", "all", "--assembly", text), $"error: {text}: not a .NET assembly; expected the .dll");

        var empty = Compile("NoTests", "namespace NoTests; public static class Nothing { public static void Run() { } }");
        Expect(Weft("list", "--assembly", empty), $"error: {empty}: no Weft tests in NoTests; expected public static void methods marked [WeftTest(\"id\")]");

        var instance = Compile("InstanceTest", "using Weft; namespace I; public sealed class T { [WeftTest(\"i/x\")] public void Run() { } }");
        Expect(Weft("list", "--assembly", instance), $"error: {instance}: [WeftTest(\"i/x\")] I.T.Run: expected a 'public static void' or 'public static async Task' method with no parameters");

        var first = Compile("FirstTests", CounterTests.Replace("VERSION", "1.0.0", StringComparison.Ordinal).Replace("MyCounters", "FirstTests", StringComparison.Ordinal));
        var second = Compile("SecondTests", CounterTests.Replace("VERSION", "1.0.0", StringComparison.Ordinal).Replace("MyCounters", "SecondTests", StringComparison.Ordinal));
        Expect(Weft("nightly", "--time-budget", "2s", "--assembly", first, "--assembly", second),
            $"error: {second}: duplicate Weft test id 'counter/correct': {first} declares it too; expected each id once across the --assembly files");

        // Built against another version of the Weft package (its .deps.json says so): run, with a warning.
        var old = Compile("OldWeft", CounterTests.Replace("VERSION", "1.0.0", StringComparison.Ordinal).Replace("MyCounters", "OldWeft", StringComparison.Ordinal));
        File.WriteAllText(Path.ChangeExtension(old, ".deps.json"), """
            {"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},
             "targets":{".NETCoreApp,Version=v10.0":{"OldWeft/1.0.0":{"dependencies":{"Weft":"0.0.9"},"runtime":{"OldWeft.dll":{}}},"Weft/0.0.9":{}}},
             "libraries":{"OldWeft/1.0.0":{"type":"project","serviceable":false,"sha512":""},"Weft/0.0.9":{"type":"package","serviceable":true,"sha512":"","path":"weft/0.0.9"}}}
            """);
        var warned = Weft("list", "--assembly", old);
        Assert.True(warned.Code == 0, warned.Out + warned.Err);
        Assert.Contains($"warning: {old} was built against the Weft package 0.0.9; this weft tool is ", warned.Err, StringComparison.Ordinal);

        var schedule = Path.Combine(_dir.Path, "builtin.yaml");
        File.WriteAllText(schedule, "schema: weft-schedule/1\ntool: weft 0.1.0\ntest: mine/unknown\nstrategy: random\nseed: 1\niteration: 0\nbounds:\n  max-steps: 100\ncommit: x\nsteps:\n- t0 start\n");
        Expect(Weft("replay", schedule), $"error: {schedule}: no built-in test has id 'mine/unknown' and the schedule names no test assembly; for a test of your own, pass --assembly path/to/YourTests.dll");
    }

    private static void Expect((int Code, string Out, string Err) run, string message)
    {
        Assert.True(run.Code == 1, $"exit {run.Code}, expected 1:\n{run.Out}{run.Err}");
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
        NoStackTrace(run);
    }

    private static void NoStackTrace((int Code, string Out, string Err) run)
    {
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Err) Weft(params string[] args) =>
        ReportTestSupport.RunWeft(_dir.Path, new Dictionary<string, string?> { ["WEFT_STRATEGY"] = null, ["WEFT_ITERATIONS"] = null, ["WEFT_TIME_BUDGET"] = null }, args);

    /// <summary>Compiles <paramref name="source"/> as <c>name.dll</c> in a folder of its own, against the Weft assemblies; returns its path.</summary>
    internal string Compile(string name, string source, string? folderName = null)
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(AtomicInt32).Assembly.Location)
            .Append(typeof(Checker).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        // A real build compiles files with paths: scheduling points are named by file and line.
        var compilation = CSharpCompilation.Create(name,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: Path.Combine(_dir.Path, name + ".cs"))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var folder = Path.Combine(_dir.Path, folderName ?? name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".dll");
        using (var file = File.Create(path))
        {
            var result = compilation.Emit(file);
            Assert.True(result.Success, "the test assembly does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return path;
    }
}
