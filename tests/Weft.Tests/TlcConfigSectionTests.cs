using System;
using System.IO;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The sections of a TLC configuration that the spec search reads besides its constants: the action constraint (at
/// most one, a second named at its line and column) and whether any CONSTRAINT or ACTION_CONSTRAINT bounds the space.
/// </summary>
public sealed class TlcConfigSectionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Config(string text)
    {
        var path = Path.Combine(_dir.Path, "MC.cfg");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_second_action_constraint_is_an_error_at_its_line_and_column()
    {
        var cfg = Config("CONSTANTS\n  N = 2\nACTION_CONSTRAINT\n  First \\* Third, in a comment\n    Second\n");
        var e = Assert.Throws<WeftInputException>(() => TlcConfig.ReadActionConstraint(cfg, "one at most"));
        Assert.Equal((5L, 5L), (e.Line, e.Column));
        Assert.Equal($"{cfg}:5:5: ACTION_CONSTRAINT First, Second: one at most", e.Message);
    }

    [Fact]
    public void The_one_action_constraint_or_none_is_read()
    {
        Assert.Equal("Fair", TlcConfig.ReadActionConstraint(Config("SPECIFICATION Spec\nACTION_CONSTRAINTS Fair\nINVARIANT TypeOK\n"), "one at most"));
        Assert.Null(TlcConfig.ReadActionConstraint(Config("SPECIFICATION Spec\nINVARIANT TypeOK\n"), "one at most"));
    }

    [Theory]
    [InlineData("SPECIFICATION Spec\nCONSTRAINT\n  Bound\n", true)]
    [InlineData("SPECIFICATION Spec\nACTION_CONSTRAINT Fair\n", true)]
    [InlineData("SPECIFICATION Spec\n\\* CONSTRAINT Bound\nINVARIANT TypeOK\n", false)]
    [InlineData("SPECIFICATION Spec\nINVARIANT TypeOK\n", false)]
    public void A_constraint_is_seen_under_either_section(string text, bool expected) =>
        Assert.Equal(expected, TlcConfig.HasConstraint(Config(text)));
}
