using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Weft.Reporting;
using Weft.Schedules;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Bad inputs as a hostile or careless user makes them, one regression test per reader fault: deeply nested YAML,
/// results logs with wrong types, nulls, renamed keys or a lost final newline, special files (a named pipe,
/// <c>/dev/zero</c>) as inputs or named inside traces and provenance records, paths that lead out of the project,
/// a manifest depth above 2^31, an edited schedule's divergence. Each is refused with a positioned input error
/// (exit 1), never a crash, a hang, a stack trace or a file read outside the project. Readers that could crash or
/// hang the test process run in a child <c>weft</c> or on a thread with a deadline.
/// </summary>
public sealed partial class InputFaultTests
{
    private static string Fixtures([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "fixtures", "inputs");

    /// <summary>A scratch copy of the fixture repository (with its Weft.slnx marker), removed on dispose.</summary>
    private sealed class FixtureRepo : IDisposable
    {
        private readonly TempDir _dir = new();

        public FixtureRepo()
        {
            Copy(Path.Combine(Fixtures(), "repo"), Root);
            File.WriteAllText(Path.Combine(Root, "Weft.slnx"), "<Solution />\n");
        }

        public string Root => _dir.Path;
        public string SpecDir => Path.Combine(Root, "tla", "Toy");
        public string Trace => Path.Combine(Root, "traces", "Toy", "Invariant.counterexample.yaml");
        public string Provenance => Path.Combine(Root, "traces", "Toy", "Invariant.provenance.yaml");

        public void Edit(string path, string from, string to)
        {
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        public void Dispose() => _dir.Dispose();

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
            foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
        }
    }

    /// <summary>Runs the <c>weft</c> executable in a child process, killed after <paramref name="limit"/> (a hang is a test failure, not a stuck suite).</summary>
    private static (int Code, string Out, string Err) RunWeft(string cwd, TimeSpan limit, params string[] args)
    {
        var (exe, prefix) = ReportTestSupport.WeftExe;
        var psi = new ProcessStartInfo(exe) { WorkingDirectory = cwd, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in prefix.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"weft {string.Join(' ', args)} did not finish within {limit.TotalSeconds}s (it hangs on the input)");
        }
        p.WaitForExit();
        return (p.ExitCode, output.Result, err.Result);
    }

    /// <summary>Runs <paramref name="read"/> on a thread with a deep stack and a deadline; returns what it threw.</summary>
    private static Exception? OnDeepStack(Action read, TimeSpan limit)
    {
        Exception? error = null;
        var t = new Thread(() =>
        {
            try
            {
                read();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, maxStackSize: 512 * 1024 * 1024) { IsBackground = true };
        t.Start();
        Assert.True(t.Join(limit), $"the reader did not answer within {limit.TotalSeconds}s");
        return error;
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, uint mode);

    private static void MakeFifo(string path) => Assert.Equal(0, MkFifo(path, 0x180));

    // ---- 1 and 10: deep nesting, in every YAML reader ------------------------------------------------------------

    private const string Deep40K = "[[[[[[[[[[";

    private static string DeepText(string head) => head + string.Concat(Enumerable.Repeat(Deep40K, 4000));

    public static TheoryData<string> YamlReaders => new() { "schedule", "trace", "manifest", "provenance", "algorithms" };

    [Theory]
    [MemberData(nameof(YamlReaders))]
    public void Forty_kilobytes_of_brackets_are_a_positioned_nesting_error_in_every_yaml_reader(string reader)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, reader + ".yaml");
        File.WriteAllText(file, DeepText(""));
        Action read = reader switch
        {
            "schedule" => () => ScheduleFile.Read(file),
            "trace" => () => TraceFile.Load(file),
            "manifest" => () => TlcManifest.Load(file),
            "provenance" => () => TlcRunRecord.Load(file),
            _ => () => AlgorithmCatalog.Parse(File.ReadAllText(file), file),
        };
        var e = Assert.IsType<WeftInputException>(OnDeepStack(read, TimeSpan.FromSeconds(60)));
        Assert.Equal($"{file}:1:65: nesting deeper than 64", e.Message);
    }

    [Fact]
    public void A_deeply_nested_schedule_is_exit_1_with_its_position_not_a_stack_overflow()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "deep.yaml");
        File.WriteAllText(file, DeepText("schema: weft-schedule/1\nsteps: "));
        var (code, _, err) = RunWeft(dir.Path, TimeSpan.FromSeconds(60), "replay", file);
        Assert.Equal(1, code);
        Assert.Equal($"error: {file}:2:71: nesting deeper than 64", err.Trim());
    }

    [Fact]
    public void A_unicode_escape_beyond_U10FFFF_in_algorithms_yaml_is_a_positioned_error()
    {
        var e = Assert.Throws<WeftInputException>(() => AlgorithmCatalog.Parse("algorithms:\n  - id: a\n    name: \"\\UFFFFFFFF\"\n", "docs/algorithms.yaml"));
        Assert.StartsWith("docs/algorithms.yaml:3:", e.Message, StringComparison.Ordinal);
        Assert.Contains("malformed YAML", e.Message, StringComparison.Ordinal);
    }

    // ---- 2: wrong types, nulls, renamed keys in results.jsonl ----------------------------------------------------

    public static TheoryData<string, string, int> BadResultLines => new()
    {
        { "\"type\":\"run\"", "\"type\":1", 1 },
        { "\"bugs\":[", "\"bugs\":null,\"x\":[", 2 },
        { "\"tests\":[\"canonical/lost-update\"]", "\"tests\":null", 1 },
        { "\"monitor_events\":", "\"monitor_event\":", 2 },
        { "\"iterations\":2,", "\"iterations\":\"2\",", 2 },
        { "\"seed\":16835510181938336769", "\"seed\":-1", 2 },
    };

    [Theory]
    [MemberData(nameof(BadResultLines))]
    public void A_results_log_with_a_wrong_type_a_null_or_a_renamed_key_is_a_positioned_error_in_merge(string from, string to, int line)
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, ResultLog.FileName);
        var text = File.ReadAllText(Path.Combine(Fixtures(), "results.jsonl"));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(log, ReplaceFirst(text, from, to));
        var (code, _, err) = WeftCli.Run(dir.Path, null, "merge", dir.Path, "--out", Path.Combine(dir.Path, "merged"));
        Assert.Equal(1, code);
        Assert.StartsWith($"error: {log}:{line}:", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Nightly_resume_of_a_log_with_a_null_is_exit_1_naming_the_line()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, ResultLog.FileName);
        File.WriteAllText(log, ReplaceFirst(File.ReadAllText(Path.Combine(Fixtures(), "results.jsonl")), "\"bugs\":[", "\"bugs\":null,\"x\":["));
        var (code, _, err) = RunWeft(dir.Path, TimeSpan.FromSeconds(60), "nightly", "--filter", "canonical/lost-update", "--time-budget", "2s", "--out", dir.Path, "--resume");
        Assert.Equal(1, code);
        Assert.StartsWith($"error: {log}:2:", err, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }

    // ---- 3: a valid last line without its newline ----------------------------------------------------------------

    [Fact]
    public void Appending_after_a_last_line_that_lost_its_newline_keeps_the_log_readable()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, ResultLog.FileName);
        File.WriteAllText(log, File.ReadAllText(Path.Combine(Fixtures(), "results.jsonl")).TrimEnd('\n'));
        var before = ResultLog.Read(log);
        Assert.Single(before.Results);

        ResultLog.Append(log, before.Results[0] with { Test = "canonical/lost-update-fixed" });

        var after = ResultLog.Read(log);
        Assert.Equal(new[] { "canonical/lost-update", "canonical/lost-update-fixed" }, after.Results.Select(r => r.Test));
        Assert.False(after.TornTail);
        var (code, _, err) = WeftCli.Run(dir.Path, null, "merge", dir.Path, "--out", Path.Combine(dir.Path, "merged"), "--root", ReportTestSupport.Repo);
        Assert.True(code is 0 or 2, err);
    }

    // ---- 6: special files, as inputs and named inside traces and provenance records ------------------------------

    [Theory]
    [InlineData("/dev/zero", "a character device")]
    [InlineData("fifo", "a named pipe")]
    [InlineData("folder", "a folder")]
    public void A_special_file_as_a_schedule_is_refused_without_reading_it(string which, string kind)
    {
        using var dir = new TempDir();
        var path = which == "/dev/zero" ? which : Path.Combine(dir.Path, which);
        if (which == "fifo") MakeFifo(path);
        if (which == "folder") Directory.CreateDirectory(path);
        var (code, _, err) = RunWeft(dir.Path, TimeSpan.FromSeconds(30), "replay", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: cannot read", err, StringComparison.Ordinal);
        Assert.Contains(kind + ", not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_a_trace_s_configuration_is_refused_without_blocking()
    {
        using var repo = new FixtureRepo();
        MakeFifo(Path.Combine(repo.SpecDir, "Pipe.cfg"));
        repo.Edit(repo.Trace, "config: Invariant.cfg", "config: Pipe.cfg");
        var (code, _, err) = RunWeft(repo.Root, TimeSpan.FromSeconds(30), "replay", repo.Trace);
        Assert.Equal(1, code);
        Assert.Contains("Pipe.cfg: cannot read the TLC configuration: a named pipe, not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_a_provenance_record_s_configuration_is_refused_without_blocking()
    {
        using var repo = new FixtureRepo();
        MakeFifo(Path.Combine(repo.SpecDir, "Pipe.cfg"));
        repo.Edit(repo.Provenance, "config: Invariant.cfg", "config: Pipe.cfg");
        var (code, _, err) = RunWeft(repo.Root, TimeSpan.FromSeconds(30), "trace", "import", "traces/Toy/Invariant.out", "--out", "imported");
        Assert.Equal(1, code);
        Assert.Contains("a named pipe, not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trace_whose_spec_file_is_dev_zero_through_a_link_is_refused_without_reading_it()
    {
        using var repo = new FixtureRepo();
        File.CreateSymbolicLink(Path.Combine(repo.SpecDir, "Zero.tla"), "/dev/zero");
        repo.Edit(repo.Trace, "spec_file: tla/Toy/Toy.tla", "spec_file: tla/Toy/Zero.tla");
        var (code, _, err) = RunWeft(repo.Root, TimeSpan.FromSeconds(30), "replay", repo.Trace);
        Assert.Equal(1, code);
        Assert.Contains("Zero.tla' leads outside", err, StringComparison.Ordinal);
    }

    // ---- 7: paths inside traces and provenance records stay inside the project ----------------------------------

    [Fact]
    public void Trace_import_refuses_a_configuration_outside_the_spec_folder()
    {
        using var repo = new FixtureRepo();
        var (code, _, err) = WeftCli.Run(repo.Root, null, "trace", "import", "traces/Toy/Invariant.out", "--config", "/etc/passwd", "--out", "imported");
        Assert.Equal(1, code);
        Assert.Contains("--config '/etc/passwd': expected the name of a configuration file in the spec folder", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "imported")) && Directory.GetFiles(Path.Combine(repo.Root, "imported"), "*.yaml").Length > 0);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../../../etc/passwd")]
    public void A_stale_trace_check_never_hashes_a_file_outside_the_repository(string specFile)
    {
        using var repo = new FixtureRepo();
        repo.Edit(repo.Trace, "spec_file: tla/Toy/Toy.tla", "spec_file: " + specFile);
        var (code, _, err) = WeftCli.Run(repo.Root, null, "replay", repo.Trace);
        Assert.Equal(1, code);
        Assert.StartsWith($"error: {repo.Trace}:4:12: expected the spec's path", err, StringComparison.Ordinal);
        var passwd = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes("/etc/passwd")));
        Assert.DoesNotContain(passwd, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provenance_record_naming_a_spec_outside_the_repository_is_a_positioned_error()
    {
        using var repo = new FixtureRepo();
        repo.Edit(repo.Provenance, "spec_file: tla/Toy/Toy.tla", "spec_file: ../../../../../../../../etc/passwd");
        var (code, _, err) = WeftCli.Run(repo.Root, null, "trace", "import", "traces/Toy/Invariant.out", "--out", "imported");
        Assert.Equal(1, code);
        Assert.StartsWith("error: traces/Toy/Invariant.provenance.yaml:4:12: expected a path relative to the repository", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_the_spec_folder_to_a_file_outside_is_not_followed()
    {
        using var repo = new FixtureRepo();
        File.CreateSymbolicLink(Path.Combine(repo.SpecDir, "Passwd.cfg"), "/etc/passwd");
        repo.Edit(repo.Trace, "config: Invariant.cfg", "config: Passwd.cfg");
        var (code, _, err) = WeftCli.Run(repo.Root, null, "replay", repo.Trace);
        Assert.Equal(1, code);
        Assert.Contains("config 'Passwd.cfg' leads outside", err, StringComparison.Ordinal);
    }

    // ---- 14: manifest depth above 2^31; divergence of an edited schedule names its step's position ----------------

    [Fact]
    public void A_manifest_depth_above_two_to_the_31_is_refused_not_wrapped()
    {
        using var repo = new FixtureRepo();
        var manifest = Path.Combine(repo.SpecDir, "manifest.yaml");
        repo.Edit(manifest, "    depth: 4\n", "    depth: 2147483648\n");
        var e = Assert.Throws<WeftInputException>(() => TlcManifest.Load(manifest));
        Assert.StartsWith($"{manifest}:24:12: depth: expected a count up to 2147483647", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_divergence_of_an_edited_schedule_names_the_step_s_file_line_and_column()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "edited.yaml");
        var lines = File.ReadAllLines(Path.Combine(Fixtures(), "schedule.yaml")).Where(l => !l.StartsWith("digest:", StringComparison.Ordinal)).ToList();
        int at = lines.FindIndex(l => l.StartsWith("- t1 ", StringComparison.Ordinal) && l.Contains("Canonical.cs:", StringComparison.Ordinal));
        Assert.True(at > 0);
        lines[at] = lines[at][..(lines[at].LastIndexOf(':') + 1)] + "9999";
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        int step = ScheduleFile.Read(file).Steps.Take(at - lines.IndexOf("steps:")).Count(s => s.IsThread);

        var (code, _, err) = WeftCli.Run(dir.Path, null, "replay", file);
        Assert.Equal(1, code);
        Assert.StartsWith($"error: replay diverged: {file}:{at + 1}:3: step {step}: expected thread 1", err, StringComparison.Ordinal);
    }
}
