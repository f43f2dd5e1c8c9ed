using System;
using System.IO;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>The spec folder helper: definitions with their arity, hashing, and locating tla/&lt;Spec&gt;.</summary>
public sealed class TlaSpecTests
{
    [Fact]
    public void Definitions_at_line_start_with_arity_outside_comments()
    {
        var defs = TlaSpec.ParseDefinitions(string.Join("\n",
            "---- MODULE M ----",
            "Init == x = 0",
            "Step(t, u) == x' = x + t   \\* Fake(a) == 1",
            "LOCAL Helper(a) == a",
            "  Indented == 1",
            "(* Commented(a) ==",
            "   Nested (* Deeper == 1 *) == 2 *)",
            "Str == \"Quoted(a) ==\"",
            "====") + "\n");
        Assert.Equal(0, defs["Init"]);
        Assert.Equal(2, defs["Step"]);
        Assert.Equal(1, defs["Helper"]);
        Assert.Equal(0, defs["Str"]);
        Assert.False(defs.ContainsKey("Indented"));
        Assert.False(defs.ContainsKey("Fake"));
        Assert.False(defs.ContainsKey("Commented"));
        Assert.False(defs.ContainsKey("Nested"));
        Assert.False(defs.ContainsKey("Quoted"));
    }

    [Fact]
    public void Opens_the_repository_specs()
    {
        var root = TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root above the test binaries");
        var spec = TlaSpec.Open(Path.Combine(root, "tla", "Treiber"));
        Assert.Equal("Treiber", spec.Name);
        Assert.Equal("tla/Treiber/Treiber.tla", spec.RepoRelativePath);
        Assert.True(spec.HasAction("TreiberPopCas", 1));
        Assert.False(spec.HasAction("TreiberPopCas", 2));
        Assert.False(spec.HasAction("TreiberPop", 1));
        Assert.Equal(64, spec.Sha256.Length);
        Assert.Equal(spec.Sha256, TlaSpec.Sha256OfFile(spec.TlaPath));
        var ibr = TlaSpec.Open("IBR", root);
        Assert.Equal("tla/IBR/IBR.tla", ibr.RepoRelativePath);
        var e = Assert.Throws<WeftInputException>(() => TlaSpec.Open(Path.Combine(root, "tla", "Nope")));
        Assert.Contains("no such spec folder", e.Message, StringComparison.Ordinal);
    }
}
