using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A new user's first hour, end to end: the Weft package and the weft tool are packed into a temporary local feed;
/// a fresh xunit v3 project is made in an empty temporary folder by the commands and with the files of the README's
/// "Set up your own test project" section (read from README.md, so the README is what runs); <c>dotnet test</c> must
/// fail the racy test with a Weft bug report and pass the correct one; a readonly atomic field must then break the
/// consumer's build with WEFT001; the tool must install from the feed and run. One restore, one build, one
/// incremental build: about a minute.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private const string Section = "## Set up your own test project";
    private const string ReadmeFeed = "~/weft-feed";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_project_set_up_as_the_README_says_finds_the_race_passes_the_correct_test_and_gets_the_analyzer()
    {
        var repo = ReportTestSupport.Repo;
        var readme = ReadmeSection(File.ReadAllText(Path.Combine(repo, "README.md")));
        var (feed, version) = PackBoth(readme);

        var project = Path.Combine(_dir.Path, "MyTests");
        Directory.CreateDirectory(project);
        foreach (var command in ConsumerCommands(readme))
            Expect(0, Shell(project, command.Replace(ReadmeFeed, feed, StringComparison.Ordinal)), command);
        var files = ReadmeFiles(readme);
        Assert.Equal(["CounterTests.cs", "MyTests.csproj", "global.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains($"""<PackageReference Include="xunit.v3" Version="{CentralVersion(repo, "xunit.v3")}" />""", files["MyTests.csproj"], StringComparison.Ordinal);
        Assert.Contains($"""<PackageReference Include="Weft" Version="{version}" />""", files["MyTests.csproj"], StringComparison.Ordinal);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(project, name), text);

        PrintedReplayReproducesTheBug(RacyTestFailsWithAReportAndCorrectTestPasses(Run(project, "dotnet", "test")));
        ReadonlyAtomicFieldBreaksTheBuild(project);
        ToolInstallsAndRuns(feed, version);
    }

    /// <summary>Packs the library and the tool as the README says (without rebuilding what this test run built: <see cref="PackedWeft"/>); returns the feed and the version.</summary>
    private static (string Feed, string Version) PackBoth(string readme)
    {
        Assert.Contains($"dotnet pack weft/impl/controlled -c Release -o {ReadmeFeed}", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet pack weft/tools/Weft.Cli -c Release -o {ReadmeFeed}", readme, StringComparison.Ordinal);
        var (feed, version) = PackedWeft.Feed;
        var library = Directory.GetFiles(feed, "Weft.*.nupkg").Single(p => !Path.GetFileName(p).StartsWith("Weft.Tool.", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(feed, "Weft.Tool.*.nupkg"));
        using (var zip = ZipFile.OpenRead(library))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (var expected in new[] { "analyzers/dotnet/cs/Weft.Analyzers.dll", "lib/net10.0/Weft.Impl.Controlled.dll", "lib/net10.0/Weft.Harness.dll", "lib/net10.0/Weft.Models.dll" })
                Assert.True(entries.Contains(expected), $"{Path.GetFileName(library)} has no {expected}: {string.Join(", ", entries)}");
        }
        return (feed, version);
    }

    private static string RacyTestFailsWithAReportAndCorrectTestPasses((int Code, string Output) test)
    {
        var o = test.Output;
        Assert.True(test.Code != 0, "dotnet test passed although a test is racy:\n" + o);
        Assert.Contains("failed MyTests.CounterTests.Racy_counter_loses_an_increment", o, StringComparison.Ordinal);
        Assert.Contains("Weft.WeftBugException : assertion failure at step ", o, StringComparison.Ordinal);
        Assert.Contains(": both increments landed", o, StringComparison.Ordinal);
        Assert.DoesNotContain("failed MyTests.CounterTests.Counter_is_linear", o, StringComparison.Ordinal);
        Assert.Matches(@"total: 2\s+failed: 1\s+succeeded: 1", o);
        var replay = Regex.Match(o, @"replay: (?<command>cd \S+ && WEFT_REPLAY=(?<path>\S+) dotnet test .*--filter-method MyTests\.CounterTests\.Racy_counter_loses_an_increment)");
        Assert.True(replay.Success, "the report prints no WEFT_REPLAY command for the test:\n" + o);
        Assert.True(File.Exists(replay.Groups["path"].Value), "the schedule the report names does not exist: " + replay.Groups["path"].Value);
        return replay.Groups["command"].Value;
    }

    /// <summary>Runs the replay command the report printed, as a user would paste it: the same bug, at the same step.</summary>
    private void PrintedReplayReproducesTheBug(string command)
    {
        if (OperatingSystem.IsWindows()) return;
        var replayed = Run(_dir.Path, "/bin/sh", "-c", command);
        Assert.True(replayed.Code != 0, "the replay passed:\n" + replayed.Output);
        Assert.Contains("the recorded bug, at the same step", replayed.Output, StringComparison.Ordinal);
    }

    private void ReadonlyAtomicFieldBreaksTheBuild(string project)
    {
        File.WriteAllText(Path.Combine(project, "FrozenCounter.cs"), """
            using Weft.Atomics;

            namespace MyTests;

            public sealed class FrozenCounter
            {
                private readonly AtomicInt32 _count;
                public int Next() => _count.FetchAdd(1, MemoryOrder.AcqRel);
            }
            """);
        var build = Run(project, "dotnet", "build", "--no-restore");
        Assert.True(build.Code != 0, "a readonly atomic field compiled:\n" + build.Output);
        Assert.Contains("FrozenCounter.cs(7,34): error WEFT001: '_count' is a readonly field", build.Output, StringComparison.Ordinal);
    }

    private void ToolInstallsAndRuns(string feed, string version)
    {
        var tools = Path.Combine(_dir.Path, "tools");
        Expect(0, Run(_dir.Path, "dotnet", "tool", "install", "Weft.Tool", "--version", version, "--tool-path", tools, "--add-source", feed), "dotnet tool install");
        var list = Run(_dir.Path, Path.Combine(tools, OperatingSystem.IsWindows() ? "weft.exe" : "weft"), "list");
        Expect(0, list, "weft list");
        Assert.Contains("treiber/", list.Output, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ the README section

    private static string ReadmeSection(string readme)
    {
        int start = readme.IndexOf("\n" + Section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{Section}' section");
        int end = readme.IndexOf("\n## ", start + Section.Length + 2, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    /// <summary>The section's first shell block after <c>cd MyTests</c>: what a user runs inside the new folder.</summary>
    private static IEnumerable<string> ConsumerCommands(string section)
    {
        var block = Regex.Match(section, "```sh\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var lines = block.Split('\n').Select(l => l.Split("  #", 2)[0].Trim()).Where(l => l.Length > 0).ToList();
        int cd = lines.FindIndex(l => l.EndsWith("cd MyTests", StringComparison.Ordinal));
        Assert.True(cd >= 0, "the README's shell block has no `cd MyTests`:\n" + block);
        Assert.True(lines.Count > cd + 1, "the README's shell block has no command after `cd MyTests`");
        return lines.Skip(cd + 1);
    }

    /// <summary>The files the section shows: a line <c>`name`...:</c> followed by a fenced block.</summary>
    private static Dictionary<string, string> ReadmeFiles(string section) =>
        Regex.Matches(section, "^`(?<name>[\\w.]+)`[^\\n]*:\\n\\n```\\w*\\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

    private static string CentralVersion(string repo, string package) =>
        XDocument.Load(Path.Combine(repo, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == package).Attribute("Version")!.Value;

    // ------------------------------------------------------------------ processes

    private static void Expect(int code, (int Code, string Output) run, string what) =>
        Assert.True(run.Code == code, $"{what} exited {run.Code}, expected {code}:\n{run.Output}");

    private (int Code, string Output) Shell(string cwd, string command) => Run(cwd, "bash", "-c", command);

    /// <summary>Runs a command as a user's shell would, with this test's own NuGet package folder (<see cref="PackedWeft.Run"/>).</summary>
    private (int Code, string Output) Run(string cwd, string file, params string[] args) =>
        PackedWeft.Run(cwd, Path.Combine(_dir.Path, "packages"), file, args);
}
