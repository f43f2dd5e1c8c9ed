using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// THE PACKAGE TEST OF USER ASSEMBLIES (about a minute: one restore, one build, one tool install). A new user follows
/// the README's "Testing your own code" section: the <c>Weft</c> package and the <c>weft</c> tool are packed from this
/// test run's build into a local feed (<see cref="PackedWeft"/>), the tool is installed into a temporary tool path, a
/// fresh class library is made in an empty temporary folder with the section's commands and files (read from
/// README.md, so the README is what runs) and built against the packed library; then the installed tool runs the
/// section's <c>weft list</c> and <c>weft explore --assembly</c>, which must report the lost update and pass the
/// fetch-add test, and <c>weft replay</c> of the schedule it printed, which must reproduce the lost update.
/// </summary>
public sealed class UserAssemblyPackageTests : IDisposable
{
    private const string Section = "## Testing your own code";
    private const string ReadmeFeed = "~/weft-feed";
    private const string Assembly = "bin/Debug/net10.0/MyCounters.dll";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_class_library_set_up_as_the_README_says_is_explored_and_replayed_by_the_installed_tool()
    {
        var readme = PackedWeft.ReadmeSection(Section);
        var blocks = PackedWeft.ShellBlocks(readme);
        Assert.True(blocks.Count >= 4, "the section has fewer than four shell blocks");
        var setup = blocks[0];
        foreach (var expected in new[]
                 {
                     $"dotnet pack weft/impl/controlled -c Release -o {ReadmeFeed}",
                     $"dotnet pack weft/tools/Weft.Cli -c Release -o {ReadmeFeed}",
                     $"dotnet tool install --global --add-source {ReadmeFeed} Weft.Tool",
                 })
            Assert.Contains(expected, setup);
        var (feed, version) = PackedWeft.Feed;
        var weft = PackedWeft.InstallTool(_dir.Path, Packages, Path.Combine(_dir.Path, "tools"));

        var project = Path.Combine(_dir.Path, "MyCounters");
        Directory.CreateDirectory(project);
        int cd = setup.FindIndex(l => l.EndsWith("cd MyCounters", StringComparison.Ordinal));
        Assert.True(cd >= 0, "the setup block has no `cd MyCounters`");
        foreach (var command in setup.Skip(cd + 1))
            PackedWeft.Expect(0, PackedWeft.Run(project, Packages, "bash", "-c", command.Replace(ReadmeFeed, feed, StringComparison.Ordinal)), command);
        var files = PackedWeft.ReadmeFiles(readme);
        Assert.Equal(["CounterTests.cs", "MyCounters.csproj"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains($"""<PackageReference Include="Weft" Version="{version}" />""", files["MyCounters.csproj"], StringComparison.Ordinal);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(project, name), text);

        var build = blocks[1];
        Assert.Equal(["dotnet build", $"weft list --assembly {Assembly}", $"weft explore all --assembly {Assembly}"], build);
        PackedWeft.Expect(0, PackedWeft.Run(project, Packages, "dotnet", "build"), "dotnet build");
        var list = Weft(weft, project, build[1]);
        PackedWeft.Expect(0, list, build[1]);
        Assert.Contains("2 tests (0 negative controls)", list.Output, StringComparison.Ordinal);

        var explore = Weft(weft, project, build[2]);
        PackedWeft.Expect(2, explore, build[2]);
        Assert.DoesNotContain("warning:", explore.Output, StringComparison.Ordinal); // the tool and the package are one version
        Assert.Matches(@"counter/fetch-add\s+pass\s+pass\s+500\b", explore.Output);
        Assert.Matches(@"counter/lost-update\s+pass\s+BUG\b", explore.Output);
        Assert.Contains("counter/lost-update: BUG: assertion failure at step ", explore.Output, StringComparison.Ordinal);
        Assert.Contains(": both increments landed", explore.Output, StringComparison.Ordinal);
        var printed = Regex.Match(explore.Output, @"replay: weft replay (?<path>\S+/\.weft/schedules/counter_lost-update-assertion-5eed-\d+\.yaml) --verbose");
        Assert.True(printed.Success, "explore printed no replay command for the lost update:\n" + explore.Output);

        // The printed command, run from another folder: the schedule names the assembly, no --assembly needed.
        Assert.Matches(@"^weft replay \.weft/schedules/counter_lost-update-assertion-5eed-\d+\.yaml --verbose$", blocks[2].Single());
        var replay = Weft(weft, _dir.Path, $"weft replay {printed.Groups["path"].Value} --verbose");
        PackedWeft.Expect(2, replay, "weft replay");
        Assert.Contains("replayed counter/lost-update: ", replay.Output, StringComparison.Ordinal);
        Assert.Contains("reproduced: assertion failure at step ", replay.Output, StringComparison.Ordinal);
        Assert.Contains("CounterTests.cs:", replay.Output, StringComparison.Ordinal); // the interleaving log names the user's lines
        Assert.DoesNotContain("warning:", replay.Output, StringComparison.Ordinal);
    }

    private string Packages => Path.Combine(_dir.Path, "packages");

    /// <summary>Runs a README command line that starts with <c>weft</c> with the installed tool.</summary>
    private (int Code, string Output) Weft(string weft, string cwd, string line)
    {
        Assert.StartsWith("weft ", line, StringComparison.Ordinal);
        var args = line["weft ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return PackedWeft.Run(cwd, Packages, weft, args);
    }
}
