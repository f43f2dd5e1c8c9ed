using System.Diagnostics;
using System.IO;
using Weft.Reporting;
using Xunit;

namespace Weft.Tests;

/// <summary>Whole-or-nothing writes of reports and JUnit files, and the clean-up of what a killed writer left.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_replaces_the_file_whole_and_removes_the_temporaries_of_dead_writers_only()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "junit.xml");
        File.WriteAllText(target, "old");
        int dead;
        using (var p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            p.WaitForExit();
            dead = p.Id;
        }
        var stale = Path.Combine(dir.Path, AtomicFile.TemporaryName("junit.xml", dead));
        var live = Path.Combine(dir.Path, AtomicFile.TemporaryName("junit.xml", 1)); // pid 1 runs: a write under way
        File.WriteAllText(stale, "torn");
        File.WriteAllText(live, "being written");
        AtomicFile.WriteAllText(target, "new");
        Assert.Equal("new", File.ReadAllText(target));
        Assert.False(File.Exists(stale), "a dead writer's temporary is removed");
        Assert.Equal("being written", File.ReadAllText(live));
        var names = System.Array.ConvertAll(Directory.GetFiles(dir.Path), Path.GetFileName);
        System.Array.Sort(names, System.StringComparer.Ordinal);
        Assert.Equal(new[] { Path.GetFileName(live), "junit.xml" }, names);
    }
}
