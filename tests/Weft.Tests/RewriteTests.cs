using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Weft.Rewriter;
using Weft.Rewriting;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// <c>weft rewrite</c> and <c>--assembly</c>'s on-the-fly rewriting on plain .NET code written without Weft in mind
/// (tests/Plain, declared as Weft tests in tests/Weft.RewriteSamples): every bug is caught and replays from its
/// schedule, every correct variant passes, rewriting twice is a no-op, an unrewritten assembly is warned about, and the
/// watchdog names an uncontrolled blocking call. The CLI cases run the built <c>weft</c> as a child process (a loaded
/// assembly stays for the life of a process), each with a rewrite cache of its own.
/// </summary>
public sealed class RewriteTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Samples => typeof(RewriteTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WeftRewriteSamples").Value!;

    private static string Plain(string name) => Path.Combine(Path.GetDirectoryName(Samples)!, name + ".dll");

    private string Cache => Path.Combine(_dir.Path, "cache");

    [Fact]
    public void Explore_rewrites_the_plain_libraries_catches_every_bug_passes_every_correct_variant_and_each_bug_replays()
    {
        var explore = Weft("explore", "all", "--assembly", Samples, "--out", Path.Combine(_dir.Path, "run"));
        Assert.True(explore.Code == 0, explore.Out + explore.Err); // every negative control caught, every correct variant passing
        Assert.Contains("explored 14 tests:", explore.Out, StringComparison.Ordinal);
        Assert.Contains("; 14 as expected, 0 not", explore.Out, StringComparison.Ordinal);
        foreach (var id in new[] { "rewrite/bank/id-order", "rewrite/buffer/pulse-all", "rewrite/lazy/double-checked", "rewrite/cache/one-section", "rewrite/work-stealing/chase-lev", "rewrite/async/deposit-guarded" })
            Assert.Matches($@"{Regex.Escape(id)}\s+pass\s+pass", explore.Out);
        Assert.Contains("rewrite/bank/source-first: caught (negative control): deadlock", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/buffer/pulse: caught (negative control): deadlock", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/lazy/check-then-lock: caught (negative control): assertion failure", explore.Out, StringComparison.Ordinal);
        Assert.Contains("the value was created 2 times", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/cache/split-check: caught (negative control): unhandled exception", explore.Out, StringComparison.Ordinal);
        Assert.Contains("An item with the same key has already been added", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/work-stealing/pop-without-cas: caught (negative control): assertion failure", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/async/deposit-unguarded: caught (negative control): assertion failure", explore.Out, StringComparison.Ordinal);
        Assert.Contains("rewrite/async/deposit-released-early: caught (negative control): assertion failure", explore.Out, StringComparison.Ordinal);
        Assert.Contains("balance 10 after deposits of 20 in total", explore.Out, StringComparison.Ordinal);
        // Source positions of the user's code come from its symbols, through the rewrite.
        Assert.Matches(@"blocked at lock Bank\.cs:\d+", explore.Out);
        // The watchdog names the uncontrolled call and where it was made.
        Assert.Matches(@"uncontrolled blocking .*: it blocked outside the Weft runtime in WaitHandle\.WaitOne at EventHandoff\.cs:\d+, a call Weft does not control", explore.Out);

        var schedules = Regex.Matches(explore.Out, @"minimized: weft replay (?<path>\S+-minimized\.yaml) --verbose").Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(7, schedules.Count); // every bug but the uncontrolled blocking, which is not minimized
        foreach (var schedule in schedules)
        {
            var replay = Weft("replay", schedule); // the schedule names the (original) assembly: no --assembly needed
            Assert.True(replay.Code == 2, schedule + "\n" + replay.Out + replay.Err);
            Assert.Contains("reproduced: ", replay.Out, StringComparison.Ordinal);
        }

        // The rewritten copies live in one cache folder, keyed by the assemblies' contents: a second run reuses it.
        var folders = Directory.GetDirectories(Cache);
        Assert.Single(folders);
        Assert.Equal(new[] { "Plain.AsyncCounter.dll", "Plain.BankTransfer.dll", "Plain.BoundedBuffer.dll", "Plain.LazyInit.dll", "Plain.SharedCache.dll", "Plain.WorkStealing.dll", "Weft.RewriteSamples.dll" },
            Directory.GetFiles(folders[0], "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        var list = Weft("list", "--assembly", Samples);
        Assert.True(list.Code == 0, list.Out + list.Err);
        Assert.Equal(folders, Directory.GetDirectories(Cache));
    }

    [Fact]
    public void Rewrite_redirects_the_synchronization_calls_and_rewriting_twice_is_a_no_op()
    {
        var once = Path.Combine(_dir.Path, "once", "Plain.BankTransfer.dll");
        var first = AssemblyRewriter.Rewrite(Plain("Plain.BankTransfer"), once);
        Assert.False(first.AlreadyRewritten);
        Assert.Equal("Monitor.Enter 4, Monitor.Exit 4, Thread.Join 2, Thread.Start 2, new Thread 2", RewriteTally.Describe(first.Tally.Redirected));
        Assert.True(AssemblyRewriter.IsStamped(once));
        Assert.False(AssemblyRewriter.IsStamped(Plain("Plain.BankTransfer")));

        var twice = Path.Combine(_dir.Path, "twice", "Plain.BankTransfer.dll");
        var second = AssemblyRewriter.Rewrite(once, twice);
        Assert.True(second.AlreadyRewritten);
        Assert.Equal(0, second.Tally.RedirectedTotal);
        Assert.Equal(File.ReadAllBytes(once), File.ReadAllBytes(twice));

        var deque = AssemblyRewriter.Rewrite(Plain("Plain.WorkStealing"), Path.Combine(_dir.Path, "once", "Plain.WorkStealing.dll"));
        Assert.Equal(6, deque.Tally.Redirected["volatile load"]);
        Assert.Equal(4, deque.Tally.Redirected["volatile store"]);
        Assert.Equal(2, deque.Tally.Redirected["Interlocked.CompareExchange"]);
        var handoff = AssemblyRewriter.Rewrite(Plain("Plain.BoundedBuffer"), Path.Combine(_dir.Path, "once", "Plain.BoundedBuffer.dll"));
        Assert.Equal(1, handoff.Tally.Uncontrolled["WaitHandle.WaitOne"]);
        Assert.Equal(2, handoff.Tally.Redirected["Monitor.Wait"]);
        var deposits = AssemblyRewriter.Rewrite(Plain("Plain.AsyncCounter"), Path.Combine(_dir.Path, "once", "Plain.AsyncCounter.dll"));
        Assert.Equal("Channel.CreateUnbounded 1, SemaphoreSlim.Release 2, SemaphoreSlim.WaitAsync 2, Task.Delay 3, Task.Run 2", RewriteTally.Describe(deposits.Tally.Redirected));
    }

    [Fact]
    public void The_rewrite_command_reports_each_assembly_says_when_one_is_already_rewritten_and_refuses_bad_input()
    {
        var outDir = Path.Combine(_dir.Path, "out");
        var run = Weft("rewrite", Plain("Plain.LazyInit"), Plain("Plain.SharedCache"), "--out", outDir);
        Assert.True(run.Code == 0, run.Out + run.Err);
        Assert.Contains("Plain.LazyInit.dll: 18 redirected (Interlocked.Increment 2, Monitor.Enter 2, Monitor.Exit 2, Thread.Join 2, Thread.Start 2, Volatile.Read 2, new Thread 2, volatile load 3, volatile store 1); uncontrolled blocking calls noted for the watchdog: none;", run.Out, StringComparison.Ordinal);
        Assert.Contains($"-> {Path.Combine(outDir, "Plain.SharedCache.dll")}", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "Plain.SharedCache.pdb")));

        var again = Weft("rewrite", Path.Combine(outDir, "Plain.LazyInit.dll"));
        Assert.True(again.Code == 0, again.Out + again.Err);
        Assert.Contains("Plain.LazyInit.dll: already rewritten by weft; left as it is in place", again.Out, StringComparison.Ordinal);

        var missing = Path.Combine(_dir.Path, "missing.dll");
        var absent = Weft("rewrite", missing);
        Assert.Equal(1, absent.Code);
        Assert.Equal($"error: {missing}: no such file; expected a .NET assembly (.dll) built from C#, F# or VB\n", absent.Err);
        var text = Path.Combine(_dir.Path, "text.dll");
        File.WriteAllText(text, "not an assembly");
        var bad = Weft("rewrite", text);
        Assert.Equal(1, bad.Code);
        Assert.StartsWith($"error: {text}: not a .NET assembly", bad.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrewritten_assembly_run_under_the_scheduler_is_warned_about()
    {
        var run = Weft(new Dictionary<string, string?> { ["WEFT_REWRITE"] = "0" }, "explore", "rewrite/lazy/double-checked", "--assembly", Samples, "--iterations", "20");
        Assert.True(run.Code == 0, run.Out + run.Err);
        Assert.Contains("warning: Plain.LazyInit (", run.Err, StringComparison.Ordinal);
        Assert.Contains("calls Interlocked.Increment, Monitor.Enter, Monitor.Exit, Thread.Join, Thread.Start, Volatile.Read, new Thread and has not been rewritten by weft", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Cache));

        var rewritten = Weft("explore", "rewrite/lazy/double-checked", "--assembly", Samples, "--iterations", "20");
        Assert.True(rewritten.Code == 0, rewritten.Out + rewritten.Err);
        Assert.DoesNotContain("warning:", rewritten.Err, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Err) Weft(params string[] args) => Weft(null, args);

    private (int Code, string Out, string Err) Weft(Dictionary<string, string?>? extra, params string[] args)
    {
        var env = new Dictionary<string, string?>
        {
            ["WEFT_STRATEGY"] = null, ["WEFT_ITERATIONS"] = null, ["WEFT_TIME_BUDGET"] = null, ["WEFT_REWRITE"] = null,
            [RewriteCache.Variable] = Cache,
        };
        if (extra is not null) foreach (var (k, v) in extra) env[k] = v;
        return ReportTestSupport.RunWeft(_dir.Path, env, args);
    }
}
