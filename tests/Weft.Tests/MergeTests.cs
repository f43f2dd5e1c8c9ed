using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Weft.Reporting;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>Merging shard logs: bug deduplication by (monitor, location), JUnit XML, and bad input.</summary>
public sealed class MergeTests
{
    private static (string A, string B) TwoShards(TempDir dir)
    {
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        var uaf = Bug("NoUseAfterFreeMonitor", "TreiberStack.cs:69");
        ResultLog.Append(Path.Combine(a, ResultLog.FileName), Header(0, 2, "x/control", "x/ok"));
        ResultLog.Append(Path.Combine(a, ResultLog.FileName), Result("x/control", "0/2", negativeControl: true, verdict: "caught", bugs: new[] { uaf }));
        ResultLog.Append(Path.Combine(a, ResultLog.FileName), Result("x/ok", "0/2"));
        ResultLog.Append(Path.Combine(b, ResultLog.FileName), Header(1, 2, "x/broken", "x/crash", "x/missed"));
        ResultLog.Append(Path.Combine(b, ResultLog.FileName), Result("x/broken", "1/2", verdict: "BUG", passed: false,
            bugs: new[] { uaf with { Step = 9, Message = "the same defect, another schedule" }, Bug("NoDoubleFreeMonitor", "NodePool.cs:130") }));
        ResultLog.Append(Path.Combine(b, ResultLog.FileName), Result("x/crash", "1/2", verdict: "CRASH", passed: false, iterations: 0,
            crash: new CrashInfo(134, false, "the child process exited with code 134 without reporting a result (stack overflow)", "Stack overflow.\n\u0001 at X")));
        ResultLog.Append(Path.Combine(b, ResultLog.FileName), Result("x/missed", "1/2", negativeControl: true, verdict: "MISSED", passed: false));
        return (a, b);
    }

    [Fact]
    public void Merge_deduplicates_bugs_by_monitor_and_location()
    {
        using var dir = new TempDir();
        var (a, b) = TwoShards(dir);
        var m = ResultMerger.Merge(new[] { a, b, a });
        Assert.Equal(3, m.Runs.Count); // a was given twice: its headers are listed, its results count once
        Assert.Equal(5, m.Results.Count);
        Assert.Equal(3, m.Failures);
        Assert.Equal(2, m.Bugs.Count);
        var uaf = m.Bugs.Single(x => x.First.Monitor == "NoUseAfterFreeMonitor");
        Assert.Equal(2, uaf.Occurrences);
        Assert.Equal(new[] { "x/broken", "x/control" }, uaf.Tests.OrderBy(t => t, StringComparer.Ordinal));
        Assert.False(uaf.Expected); // a correct test hit it too
        Assert.Equal("NoUseAfterFreeMonitor@TreiberStack.cs:69", uaf.Key);
    }

    [Fact]
    public void Monitor_event_counts_survive_the_results_log_and_the_merge()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a", ResultLog.FileName);
        var b = Path.Combine(dir.Path, "b", ResultLog.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        ResultLog.Append(a, Header(0, 2, "x/ok", "x/control"));
        ResultLog.Append(a, Result("x/ok", "0/2", monitorEvents: Events(("NoUseAfterFreeMonitor", 7), ("NoDoubleFreeMonitor", 0))));
        ResultLog.Append(a, Result("x/control", "0/2", monitorEvents: Events(("NoUseAfterFreeMonitor", 3), ("NoDoubleFreeMonitor", 0))));
        Assert.Contains("\"monitor_events\":{\"NoDoubleFreeMonitor\":0,\"NoUseAfterFreeMonitor\":7}", File.ReadAllText(a), StringComparison.Ordinal);
        // A weft-results/1 line written before monitor_events existed reads as "not recorded".
        ResultLog.Append(b, Header(1, 2, "x/old"));
        File.AppendAllText(b, File.ReadAllLines(a)[1].Replace("\"test\":\"x/ok\"", "\"test\":\"x/old\"", StringComparison.Ordinal)
            .Replace(",\"monitor_events\":{\"NoDoubleFreeMonitor\":0,\"NoUseAfterFreeMonitor\":7}", "", StringComparison.Ordinal) + "\n");

        var m = ResultMerger.Merge(new[] { Path.GetDirectoryName(a)!, Path.GetDirectoryName(b)! });
        Assert.Equal(7, m.Results.Single(r => r.Test == "x/ok").MonitorEvents!["NoUseAfterFreeMonitor"]);
        Assert.Null(m.Results.Single(r => r.Test == "x/old").MonitorEvents);
        Assert.Equal(new[] { ("NoDoubleFreeMonitor", 0L), ("NoUseAfterFreeMonitor", 10L) }, m.MonitorEvents.Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void JUnit_has_a_testcase_per_test_per_shard_and_failures_with_the_replay_command()
    {
        using var dir = new TempDir();
        var (a, b) = TwoShards(dir);
        var xml = Path.Combine(dir.Path, "junit.xml");
        JUnitWriter.Write(ResultMerger.Merge(new[] { a, b }), xml);
        var doc = XDocument.Load(xml);
        var suites = doc.Root!.Elements("testsuite").ToList();
        Assert.Equal(new[] { "weft shard 0/2", "weft shard 1/2" }, suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal(5, doc.Descendants("testcase").Count());
        Assert.Equal("2", (string)suites[1].Attribute("failures")!);
        Assert.Equal("1", (string)suites[1].Attribute("errors")!);
        var broken = doc.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "x/broken");
        Assert.Equal("weft.x", (string)broken.Attribute("classname")!);
        var failure = broken.Element("failure")!;
        Assert.Contains("NoUseAfterFreeMonitor", (string)failure.Attribute("message")!, StringComparison.Ordinal);
        Assert.Contains("replay: weft replay /tmp/s.yaml --verbose", failure.Value, StringComparison.Ordinal);
        Assert.Contains("re-run: weft explore x/broken --seed 42", failure.Value, StringComparison.Ordinal);
        var crash = doc.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "x/crash").Element("error")!;
        Assert.Contains("stack overflow", (string)crash.Attribute("message")!, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', crash.Value);
        Assert.Null(doc.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "x/control").Element("failure"));
        Assert.NotNull(doc.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "x/missed").Element("failure"));
    }

    [Fact]
    public void A_malformed_line_is_reported_as_file_line_column_with_exit_code_1()
    {
        using var dir = new TempDir();
        var (a, _) = TwoShards(dir);
        var log = Path.Combine(a, ResultLog.FileName);
        var lines = File.ReadAllLines(log).ToList();
        lines.Insert(2, "{\"type\": \"result\", oops}");
        File.WriteAllLines(log, lines);
        var (code, output, err) = RunWeft(dir.Path, null, "merge", a, "--out", Path.Combine(dir.Path, "m"), "--root", Repo);
        Assert.True(code == 1, $"exit {code}: {output}\n{err}");
        Assert.Contains(log + ":3:", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Weft_merge_writes_junit_and_the_report_and_exits_2_on_failures()
    {
        using var dir = new TempDir();
        var (a, b) = TwoShards(dir);
        var outDir = Path.Combine(dir.Path, "m");
        var (code, output, err) = RunWeft(dir.Path, null, "merge", a, b, "--out", outDir, "--root", Repo);
        Assert.True(code == 2, $"exit {code}: {output}\n{err}");
        Assert.Contains("2 distinct bugs", output, StringComparison.Ordinal);
        foreach (var f in new[] { "junit.xml", "report.md", "report.html", "report.json", "report.yaml" })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
    }
}
