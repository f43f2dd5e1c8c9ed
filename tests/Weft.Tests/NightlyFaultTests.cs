using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Weft.Reporting;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>
/// <c>weft nightly</c> under faults of its surroundings: a second run on the same output folder, and a <c>kill -9</c>
/// of the parent while a child explores (the child must die with it, leave no files behind, and <c>--resume</c> must
/// finish the run).
/// </summary>
public sealed class NightlyFaultTests
{
    private static Process StartNightly(string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo(WeftExe.File) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd };
        foreach (var a in WeftExe.Prefix.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        psi.Environment["WEFT_SELFTEST"] = "1";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("waited 60 s for " + what);
            Thread.Sleep(20);
        }
    }

    [Fact]
    public void A_second_nightly_run_on_the_same_out_is_refused_naming_the_folder_and_the_holder()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "shard");
        string[] args = { "nightly", "--time-budget", "6s", "--filter", "selftest/pass", "--seed", "5", "--out", outDir };
        using var first = StartNightly(dir.Path, args);
        var log = Path.Combine(outDir, ResultLog.FileName);
        WaitFor(() => File.Exists(log) && new FileInfo(log).Length > 0, "the first run's header");

        // A second run, plain or resuming (which would otherwise run the same test again and log it twice), is refused.
        var env = new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1" };
        foreach (var second in new[] { args.Append("--resume").ToArray(), args })
        {
            var (code, output, err) = RunWeft(dir.Path, env, second);
            Assert.True(code == 1, $"exit {code}: {output}\n{err}");
            Assert.Contains(outDir + " is in use by another weft run", err, StringComparison.Ordinal);
            Assert.Contains("pid " + first.Id.ToString(CultureInfo.InvariantCulture), err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }

        first.WaitForExit();
        Assert.Equal(0, first.ExitCode);
        var content = ResultLog.Read(log);
        Assert.Equal(new[] { "selftest/pass" }, content.Results.Select(r => r.Test));
        Assert.Equal(2, File.ReadAllLines(log).Length); // one header, one result: nothing written twice

        // The lock is gone with its holder: the same folder takes a resumed run.
        var resumed = RunWeft(dir.Path, env, args.Append("--resume").ToArray());
        Assert.True(resumed.Code == 0, $"exit {resumed.Code}: {resumed.Out}\n{resumed.Err}");
        Assert.Contains("1 from an earlier run", resumed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Kill_9_of_the_parent_takes_its_child_with_it_leaves_no_stray_files_and_resume_finishes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "finds the child through /proc");
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "shard");
        // selftest-kill/late-bug fails once its process is 3 s old: a child that outlived its parent would then
        // write a schedule and keep exploring for the rest of its 30 s share.
        string[] args = { "nightly", "--time-budget", "30s", "--filter", "selftest-kill/", "--seed", "9", "--out", outDir };
        int child;
        using (var parent = StartNightly(dir.Path, args))
        {
            int found = 0;
            WaitFor(() => (found = Children(parent.Id).FirstOrDefault(IsRunOne)) != 0 || parent.HasExited, "the nightly child");
            child = found;
            Assert.True(child != 0, "the parent ended before it started a child");
            parent.Kill(entireProcessTree: false); // SIGKILL to the parent alone, as kill -9 <pid>
            parent.WaitForExit();
        }
        WaitFor(() => !IsAlive(child), $"child {child} to die with its parent");

        // Past the moment the child would have found its bug: nothing may appear in the folder.
        Thread.Sleep(SelfTestDelay + TimeSpan.FromSeconds(1));
        var files = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.DoesNotContain(files, f => f!.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(new[] { OutputLock.FileName, OutputLock.HolderFileName, ResultLog.FileName }, files);
        Assert.Empty(ResultLog.Read(Path.Combine(outDir, ResultLog.FileName)).Results);

        var (code, output, err) = RunWeft(dir.Path, new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1" }, args.Append("--resume").ToArray());
        Assert.True(code == 2, $"exit {code}: {output}\n{err}"); // the resumed run finds the late bug
        var full = ResultLog.Read(Path.Combine(outDir, ResultLog.FileName));
        Assert.Equal("BUG", Assert.Single(full.Results).Verdict);
        // One schedule as found, and at most its minimized copy beside it.
        var schedules = Directory.GetFiles(Path.Combine(outDir, "schedules"), "*.yaml");
        var asFound = Assert.Single(schedules, f => !f.EndsWith("-minimized.yaml", StringComparison.Ordinal));
        Assert.All(schedules.Where(f => f != asFound), f => Assert.Equal(Path.ChangeExtension(asFound, null) + "-minimized.yaml", f));
        Assert.True(File.Exists(Path.Combine(outDir, "junit.xml")));
    }

    [Fact]
    public void A_child_whose_parent_closes_its_standard_input_ends_at_once()
    {
        // The fallback of ParentDeath wherever PR_SET_PDEATHSIG does not exist: the end of standard input.
        using var dir = new TempDir();
        var psi = new ProcessStartInfo(WeftExe.File) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var a in WeftExe.Prefix.Concat(new[] { "run-one", "selftest/pass", "--seed", "1", "--budget-ms", "60000", "--schedules", Path.Combine(dir.Path, "s") }))
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        psi.Environment["WEFT_SELFTEST"] = "1";
        psi.Environment[ParentDeath.ParentVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using var child = Process.Start(psi)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        Thread.Sleep(1500); // let it start exploring
        Assert.False(child.HasExited, "the child runs while its standard input is open");
        child.StandardInput.Close();
        bool ended = child.WaitForExit(TimeSpan.FromSeconds(20));
        if (!ended) child.Kill();
        Assert.True(ended, "the child went on exploring after its standard input closed");
    }

    private static readonly TimeSpan SelfTestDelay = Cli.Commands.SelfTestScenarios.LateBugDelay;

    /// <summary>The pids of <paramref name="pid"/>'s children (every thread's <c>children</c> list in /proc).</summary>
    private static int[] Children(int pid)
    {
        try
        {
            return Directory.GetDirectories($"/proc/{pid}/task")
                .SelectMany(t => File.ReadAllText(Path.Combine(t, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<int>(); // the process or one of its threads is gone
        }
    }

    /// <summary>True when <paramref name="pid"/> is a <c>weft run-one</c> child (its command line says so).</summary>
    private static bool IsRunOne(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Contains("run-one");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True while <paramref name="pid"/> runs (a zombie nobody has reaped yet counts as dead).</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
