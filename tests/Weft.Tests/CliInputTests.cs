using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Reporting;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>
/// The command line against careless and hostile input: numeric options and <c>WEFT_*</c> knobs out of range, output
/// folders that cannot be used, missing input files, a <c>--root</c> without specs, and folders Weft did not create.
/// Each is one clear message and exit 1: no stack trace, no run that reports every test as crashed, nothing deleted.
/// </summary>
public sealed class CliInputTests
{
    private static void AssertInputError((int Exit, string Out, string Err) run, params string[] expected)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}\nstdout: {run.Out}\nstderr: {run.Err}");
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Err, StringComparison.Ordinal);
        foreach (var e in expected) Assert.Contains(e, run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("99999999999999h")]
    [InlineData("0.00001ms")]
    public void A_time_budget_that_is_not_a_finite_positive_duration_is_an_input_error(string budget)
    {
        using var dir = new TempDir();
        AssertInputError(WeftCli.Run(dir.Path, null, "nightly", "--time-budget", budget, "--filter", "canonical/", "--out", Path.Combine(dir.Path, "o")),
            "--time-budget", budget);
        AssertInputError(WeftCli.Run(dir.Path, null, "explore", "canonical/lost-update", "--time-budget", budget), "--time-budget");
    }

    [Theory]
    [InlineData("--preemption-bound", "-1")]
    [InlineData("--max-steps", "0")]
    [InlineData("--max-steps", "-1")]
    public void Explore_refuses_a_numeric_option_out_of_range(string option, string value)
    {
        using var dir = new TempDir();
        AssertInputError(WeftCli.Run(dir.Path, null, "explore", "canonical/lost-update", option, value, "--iterations", "1"), option, value);
    }

    [Fact]
    public void A_budget_too_small_to_share_is_refused_once_before_any_test_runs()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "o");
        var run = WeftCli.Run(dir.Path, null, "nightly", "--time-budget", "10ms", "--filter", "canonical/", "--out", outDir);
        AssertInputError(run, "a test needs at least 100 ms");
        Assert.Equal(1, run.Err.Split("at least 100 ms").Length - 1);
        Assert.DoesNotContain("CRASH", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, ResultLog.FileName)), "nothing ran");
    }

    [Theory]
    [InlineData("WEFT_ITERATIONS", "abc")]
    [InlineData("WEFT_MAX_STEPS", "0")]
    [InlineData("WEFT_TIME_BUDGET", "-1")]
    [InlineData("WEFT_SPIN", "fast")]
    [InlineData("WEFT_IPC_ADAPTIVE_SPIN", "yes")]
    [InlineData("WEFT_SCHEDULE_DIR", "")]
    public void A_bad_knob_under_nightly_is_one_input_error_naming_the_variable(string variable, string value)
    {
        using var dir = new TempDir();
        var env = new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1", [variable] = value };
        var run = RunWeft(dir.Path, env, "nightly", "--time-budget", "3s", "--filter", "selftest/pass", "--out", Path.Combine(dir.Path, "o"));
        AssertInputError(run, "environment: " + variable);
        Assert.DoesNotContain("CRASH", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_run_knob_is_read_by_explore_or_named_as_not_applying_to_nightly()
    {
        using var dir = new TempDir();
        var explore = RunWeft(dir.Path, new Dictionary<string, string?> { ["WEFT_ITERATIONS"] = "7" }, "explore", "bench/two-threads-50-points");
        Assert.True(explore.Code == 0, $"exit {explore.Code}: {explore.Out}\n{explore.Err}");
        Assert.Contains("bench/two-threads-50-points: 7 iterations", explore.Out, StringComparison.Ordinal);

        var env = new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1", ["WEFT_SEED"] = "5", ["WEFT_ITERATIONS"] = "7" };
        var nightly = RunWeft(dir.Path, env, "nightly", "--time-budget", "1s", "--filter", "selftest/pass", "--out", Path.Combine(dir.Path, "o"));
        Assert.True(nightly.Code == 0, $"exit {nightly.Code}: {nightly.Out}\n{nightly.Err}");
        Assert.Contains("note: WEFT_SEED does not apply to a nightly run", nightly.Out, StringComparison.Ordinal);
        Assert.Contains("note: WEFT_ITERATIONS does not apply to a nightly run", nightly.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("WEFT_TIME_BUDGET", nightly.Out, StringComparison.Ordinal);
    }

    /// <summary>An output folder that cannot be used: each is refused before anything runs, naming --out and the path.</summary>
    public static TheoryData<string> UnusableOutputFolders => new() { "empty", "a file", "/proc", "/dev/null", "symlink loop", "unwritable" };

    [Theory]
    [MemberData(nameof(UnusableOutputFolders))]
    public void An_unusable_out_folder_is_an_input_error(string kind)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the cases name Linux paths");
        using var dir = new TempDir();
        string path = kind switch
        {
            "empty" => "",
            "a file" => Path.Combine(dir.Path, "file.txt"),
            "/proc" => "/proc/weft-cli-test/out",
            "/dev/null" => "/dev/null",
            "symlink loop" => Path.Combine(dir.Path, "loop-a"),
            "unwritable" => "/proc/self", // exists, but no file can be created in it (even by root)
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (kind == "a file") File.WriteAllText(path, "not a folder");
        if (kind == "symlink loop")
        {
            File.CreateSymbolicLink(Path.Combine(dir.Path, "loop-a"), Path.Combine(dir.Path, "loop-b"));
            File.CreateSymbolicLink(Path.Combine(dir.Path, "loop-b"), Path.Combine(dir.Path, "loop-a"));
        }
        var run = WeftCli.Run(dir.Path, null, "nightly", "--time-budget", "60s", "--filter", "canonical/", "--out", path);
        AssertInputError(run, kind == "empty" ? "--out: expected a folder" : "--out " + path);
        AssertInputError(WeftCli.Run(dir.Path, null, "explore", "canonical/lost-update", "--iterations", "1", "--out", path),
            kind == "empty" ? "--out: expected a folder" : "--out " + path);
        if (kind == "a file") Assert.Equal("not a folder", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_input_file_is_an_input_error_naming_the_option_and_the_file()
    {
        using var dir = new TempDir();
        var shard = ResultsDirectory(dir);
        var missing = Path.Combine(dir.Path, "no-such-tlc.json");
        AssertInputError(WeftCli.Run(dir.Path, null, "conform", "--root", Repo, "--results", shard, "--tlc-results", missing, "--out", Path.Combine(dir.Path, "r")),
            "--tlc-results " + missing, "no such file");
        AssertInputError(WeftCli.Run(dir.Path, null, "merge", shard, "--root", Repo, "--tlc-results", missing, "--out", Path.Combine(dir.Path, "m")),
            "--tlc-results " + missing, "no such file");
    }

    [Fact]
    public void An_input_that_cannot_be_read_is_an_input_error_not_an_internal_one()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "a symlink loop is refused with ELOOP");
        using var dir = new TempDir();
        var shard = Path.Combine(dir.Path, "shard");
        Directory.CreateDirectory(shard);
        var log = Path.Combine(shard, ResultLog.FileName);
        File.CreateSymbolicLink(log, Path.Combine(shard, "other.jsonl"));
        File.CreateSymbolicLink(Path.Combine(shard, "other.jsonl"), log);
        AssertInputError(WeftCli.Run(dir.Path, null, "merge", shard, "--root", Repo, "--out", Path.Combine(dir.Path, "m")), log);
    }

    [Fact]
    public void Conform_with_a_root_that_holds_no_specs_is_an_error_not_a_verdict()
    {
        using var dir = new TempDir();
        var shard = ResultsDirectory(dir);
        var typo = Path.Combine(dir.Path, "wetf");
        Directory.CreateDirectory(typo);
        var run = WeftCli.Run(dir.Path, null, "conform", "--root", typo, "--results", shard, "--out", Path.Combine(dir.Path, "r"));
        AssertInputError(run, "--root " + typo, "no specs found");
        Assert.DoesNotContain("conforms", run.Out, StringComparison.Ordinal);
        AssertInputError(WeftCli.Run(dir.Path, null, "conform", "--root", Path.Combine(dir.Path, "absent"), "--results", shard, "--out", Path.Combine(dir.Path, "r")),
            "no such folder");
    }

    [Fact]
    public void Conform_never_deletes_an_exploration_folder_it_did_not_create()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "report");
        var notes = Path.Combine(outDir, "exploration", "notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(notes)!);
        File.WriteAllText(notes, "mine");
        var run = WeftCli.Run(dir.Path, null, "conform", "--root", Repo, "--time-budget", "60s", "--out", outDir);
        AssertInputError(run, Path.Combine(outDir, "exploration"), OwnedDirectory.MarkerName);
        Assert.Equal("mine", File.ReadAllText(notes));
    }

    [Fact]
    public void Verify_never_deletes_an_exploration_folder_it_did_not_create_and_says_so_before_its_stages()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "verify");
        var notes = Path.Combine(outDir, "exploration", "notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(notes)!);
        File.WriteAllText(notes, "mine");
        var run = WeftCli.Run(Repo, null, "verify", "--skip-build", "--skip-tests", "--skip-tlc", "--skip-search", "--explore-budget", "60s", "--out", outDir);
        AssertInputError(run, Path.Combine(outDir, "exploration"), OwnedDirectory.MarkerName);
        Assert.DoesNotContain("replay committed traces", run.Out, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(notes));
    }

    [Fact]
    public void A_folder_weft_made_is_replaced_an_empty_one_is_taken_and_any_other_is_refused()
    {
        using var dir = new TempDir();
        var owned = OwnedDirectory.Recreate(Path.Combine(dir.Path, "owned"));
        File.WriteAllText(Path.Combine(owned, "results.jsonl"), "old run");
        OwnedDirectory.Recreate(owned);
        Assert.Equal(new[] { OwnedDirectory.MarkerName }, Directory.GetFileSystemEntries(owned).Select(Path.GetFileName));

        var empty = Path.Combine(dir.Path, "empty");
        Directory.CreateDirectory(empty);
        OwnedDirectory.Recreate(empty);
        Assert.True(File.Exists(Path.Combine(empty, OwnedDirectory.MarkerName)));

        var theirs = Path.Combine(dir.Path, "theirs");
        Directory.CreateDirectory(Path.Combine(theirs, "sub"));
        var e = Assert.Throws<WeftInputException>(() => OwnedDirectory.Recreate(theirs));
        Assert.Contains(theirs, e.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(theirs, "sub")));
    }

    /// <summary>A nightly results folder with one passing test, as <c>--results</c> input.</summary>
    private static string ResultsDirectory(TempDir dir)
    {
        var shard = Path.Combine(dir.Path, "shard");
        Directory.CreateDirectory(shard);
        ResultLog.Append(Path.Combine(shard, ResultLog.FileName), Header(0, 1, "x/ok"));
        ResultLog.Append(Path.Combine(shard, ResultLog.FileName), Result("x/ok"));
        return shard;
    }
}
