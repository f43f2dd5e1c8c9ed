using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.UserTests;

/// <summary>
/// The replay command a user's failing test prints: it names the test method, runs in the test project's folder and
/// makes the same <c>Checker.Check</c> call replay the schedule (<c>WEFT_REPLAY</c>). The end-to-end test runs the racy
/// test of <see cref="RacyCounterTests"/> in a child process, then runs the command its failure printed, verbatim.
/// </summary>
public sealed partial class ReplayCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "weft-user-tests", Guid.NewGuid().ToString("N"));

    private const string RacyTest = "Weft.UserTests.RacyCounterTests.Unsynchronized_increments_lose_an_update";

    public ReplayCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"(?m)^\s*replay: (.+?)\s*$")]
    private static partial Regex ReplayLine();

    [GeneratedRegex(@"assertion failure at step (\d+) on thread (\d+): an increment was lost")]
    private static partial Regex BugLine();

    private sealed class Flag
    {
        public AtomicInt32 V;
    }

    /// <summary>A racy body explored in this process: thread 1 may read the flag before main sets it.</summary>
    private static void FlagReadEarly()
    {
        var f = new Flag();
        var t = WeftThread.Start(() => Checker.Assert(f.V.Load(MemoryOrder.Acquire) == 1, "read before set"));
        f.V.Store(1, MemoryOrder.Release);
        t.Join();
    }

    [Fact]
    public void Schedules_of_a_test_method_carry_its_name_and_a_replay_through_dotnet_test()
    {
        var r = Checker.Explore(FlagReadEarly, CheckOptions.Default with { ScheduleDirectory = _dir });
        var bug = Assert.IsType<BugReport>(r.Bug);
        const string id = "Weft.UserTests.ReplayCommandTests.Schedules_of_a_test_method_carry_its_name_and_a_replay_through_dotnet_test";
        Assert.Equal(id, bug.Schedule.TestId);
        var project = Path.GetDirectoryName(ProjectFolderMarker())!;
        var config = typeof(ReplayCommandTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Assert.Equal($"cd {project} && WEFT_REPLAY={Path.GetFullPath(bug.SchedulePath!)} dotnet test -c {config} --filter-method {id}", bug.ReplayCommand);
        Assert.Contains("replay: " + bug.ReplayCommand, bug.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_replay_command_replays_the_same_bug_at_the_same_step()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the printed command is POSIX shell syntax");
        // The racy test, run as a user runs it (here the test assembly itself, without a build).
        var first = Run("dotnet", ["exec", typeof(RacyCounterTests).Assembly.Location, "-method", RacyTest], Environment.CurrentDirectory,
            (RacyCounterTests.RacyVariable, "1"), ("WEFT_SCHEDULE_DIR", _dir), ("WEFT_REPLAY", null));
        Assert.NotEqual(0, first.Exit);
        var bug = BugLine().Match(first.Output);
        Assert.True(bug.Success, first.Output);
        var command = ReplayLine().Match(first.Output).Groups[1].Value;
        Assert.StartsWith("cd ", command, StringComparison.Ordinal);
        Assert.Contains($"--filter-method {RacyTest}", command, StringComparison.Ordinal);

        // The printed command, verbatim, from an unrelated folder.
        var replay = Run("/bin/sh", ["-c", command], _dir, (RacyCounterTests.RacyVariable, null), ("WEFT_SCHEDULE_DIR", null), ("WEFT_REPLAY", null));
        Assert.NotEqual(0, replay.Exit);
        var again = BugLine().Match(replay.Output);
        Assert.True(again.Success, replay.Output);
        Assert.Equal(bug.Value, again.Value); // same step, same thread, same message
        Assert.Contains("(the recorded bug, at the same step)", replay.Output, StringComparison.Ordinal);
        Assert.Contains($"interleaving ({bug.Groups[1].Value} steps):", replay.Output, StringComparison.Ordinal);
        Assert.Contains("total: 1", replay.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_of_another_test_is_refused()
    {
        var r = Checker.Explore(FlagReadEarly, CheckOptions.Default with { ScheduleDirectory = _dir });
        var path = Assert.IsType<BugReport>(r.Bug).SchedulePath!;
        var run = Run("dotnet", ["exec", typeof(RacyCounterTests).Assembly.Location, "-method", RacyTest], Environment.CurrentDirectory,
            (RacyCounterTests.RacyVariable, null), ("WEFT_REPLAY", path));
        Assert.NotEqual(0, run.Exit);
        Assert.Contains($"is a schedule of test '{r.Bug!.Schedule.TestId}', not of '{RacyTest}'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("an increment was lost", run.Output, StringComparison.Ordinal);
    }

    private static string ProjectFolderMarker([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;

    private static (int Exit, string Output) Run(string exe, string[] args, string cwd, params (string Name, string? Value)[] env)
    {
        var psi = new ProcessStartInfo(exe)
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in env)
        {
            if (value is null) psi.Environment.Remove(name);
            else psi.Environment[name] = value;
        }
        // No colour codes in the captured output.
        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{exe} {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return (p.ExitCode, stdout + stderr.Result);
    }
}
