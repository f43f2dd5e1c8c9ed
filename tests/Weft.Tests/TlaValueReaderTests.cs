using System;
using System.Collections.Generic;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>The TLA+ value reader: every value form TLC prints, canonical round trips, and positioned errors.</summary>
public sealed class TlaValueReaderTests
{
    private static TlaValue P(string s) => TlaValueReader.Parse(s, "v.txt");

    private static void AssertError(string text, int line, int column, string contains)
    {
        var e = Assert.Throws<WeftInputException>(() => TlaValueReader.Parse(text, "v.txt"));
        Assert.Equal("v.txt", e.File);
        Assert.True(line == e.Line && column == e.Column, $"expected {line}:{column}, got {e.Line}:{e.Column}: {e.Message}");
        Assert.Contains(contains, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"v.txt:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_scalars()
    {
        Assert.Equal(TlaValue.Int(42), P("42"));
        Assert.Equal(TlaValue.Int(-7), P("-7"));
        Assert.Equal(TlaValue.Int(long.MinValue), P("-9223372036854775808"));
        Assert.Equal(TlaValue.Bool(true), P("TRUE"));
        Assert.Equal(TlaValue.Bool(false), P(" FALSE\n"));
        Assert.Equal(TlaValue.Model("p1"), P("p1"));
        Assert.Equal(TlaValue.Model("NULL"), P("NULL"));
        Assert.Equal(TlaValue.Str("q\"uote back\\slash\n\t\r\f"), P("\"q\\\"uote back\\\\slash\\n\\t\\r\\f\""));
        Assert.Equal(TlaValue.Str(""), P("\"\""));
    }

    [Fact]
    public void Reads_structures_as_tlc_prints_them()
    {
        Assert.Equal(TlaValue.Seq(new long[] { 1, 2, 3 }), P("<<1, 2, 3>>"));
        Assert.Equal(TlaValue.Seq(Array.Empty<TlaValue>()), P("<<>>"));
        Assert.Equal(TlaValue.Set(new[] { TlaValue.Int(2), TlaValue.Int(1) }), P("{1, 2, 2}"));
        Assert.Equal(TlaValue.Set(Array.Empty<TlaValue>()), P("{}"));
        var rec = P("[a |-> 0, b |-> {\"q\\\"uote\", \"back\\\\slash\"}, c |-> <<p1, p1>>]");
        Assert.Equal(TlaValue.Int(0), rec["a"]);
        Assert.Equal(2, rec["b"].AsList().Count);
        Assert.Equal(TlaValue.Seq(TlaValue.Model("p1"), TlaValue.Model("p1")), rec["c"]);
        var f = P("(p1 :> 1 @@ p2 :> 0)");
        Assert.IsType<TlaFunction>(f);
        Assert.Equal(TlaValue.Int(1), f[TlaValue.Model("p1")]);
        Assert.Equal(TlaValue.Int(0), P("p2 :> 0")[TlaValue.Model("p2")]);
        // Functions over 1..n are sequences and functions over strings are records.
        Assert.Equal(P("<<\"a\", \"b\">>"), P("(2 :> \"b\" @@ 1 :> \"a\")"));
        Assert.Equal(P("[x |-> 1]"), P("(\"x\" :> 1)"));
        Assert.IsType<TlaFunction>(P("(0 :> 1 @@ 1 :> 2)"));
        Assert.IsType<TlaFunction>(P("(-1 :> <<>>)"));
        // Nested, with the line breaks TLC puts in long values.
        var nested = P("<< [ a |-> (n1 :> {<<1, 2>>}\n   @@ n2 :> {}),\n  b |-> TRUE ],\n  <<<<0, 0>>, <<1, 0>>>> >>");
        Assert.Equal(TlaValue.Set(new[] { TlaValue.Seq(new long[] { 1, 2 }) }), nested[1]["a"][TlaValue.Model("n1")]);
        Assert.Equal(TlaValue.Seq(new long[] { 1, 0 }), nested[2][2]);
    }

    [Theory]
    [InlineData("<<1, 2>>")]
    [InlineData("{<<1, 2>>, {}, \"s\", n1}")]
    [InlineData("[a |-> (n1 :> 1 @@ n2 :> -2), b |-> <<>>]")]
    [InlineData("(0 :> TRUE @@ 5 :> FALSE)")]
    [InlineData("(\"a b\" :> 1 @@ \"c\" :> 2)")]
    public void Canonical_text_reads_back_equal(string text)
    {
        var v = P(text);
        Assert.Equal(v, P(v.ToString()));
        Assert.Equal(v.ToString(), P(v.ToString()).ToString());
    }

    [Fact]
    public void Reads_argument_lists()
    {
        Assert.Empty(TlaValueReader.ParseList("  "));
        var args = TlaValueReader.ParseList("1, \"a,b\", <<2, 3>>, p1");
        Assert.Equal(4, args.Count);
        Assert.Equal(TlaValue.Str("a,b"), args[1]);
        var e = Assert.Throws<WeftInputException>(() => TlaValueReader.ParseList("1 2", "a.txt", 5, 10));
        Assert.StartsWith("a.txt:5:12: expected ',' or the end of the argument list", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_offending_character_and_what_was_expected()
    {
        AssertError("", 1, 1, "expected a value");
        AssertError("<<1, 2", 1, 7, "expected ',' or '>>', found the end of the value");
        AssertError("<<1 2>>", 1, 5, "expected ',' or '>>', found '2'");
        AssertError("{1,\n  ]}", 2, 3, "expected a value");
        AssertError("[a |-> 1, a |-> 2]", 1, 11, "duplicate field 'a'");
        AssertError("[a = 1]", 1, 4, "expected '|->'");
        AssertError("(1 :> 2 @@ 1 :> 3)", 1, 12, "duplicate key 1");
        AssertError("(1 :> 2", 1, 8, "expected ')'");
        AssertError("(1 2)", 1, 4, "expected ')'");
        AssertError("\"abc", 1, 5, "expected '\"' closing the string");
        AssertError("\"a\\qb\"", 1, 4, "expected an escape");
        AssertError("- 1", 1, 2, "expected a digit after '-'");
        AssertError("99999999999999999999", 1, 1, "64-bit range");
        AssertError("12abc", 1, 3, "expected a delimiter");
        AssertError("1 2", 1, 3, "expected the end of the value");
        AssertError("<<1>>\n  x", 2, 3, "expected the end of the value");
        AssertError("@", 1, 1, "expected a value (an integer");
    }

    [Fact]
    public void Errors_are_offset_by_the_start_position()
    {
        var e = Assert.Throws<WeftInputException>(() => TlaValueReader.Parse("<<1,\n x>", "out.txt", 40, 12));
        Assert.Equal((40 + 1, 3), (e.Line, e.Column));
        e = Assert.Throws<WeftInputException>(() => TlaValueReader.Parse("<<1 x>>", "out.txt", 40, 12));
        Assert.Equal((40, 12 + 4), (e.Line, e.Column));
    }

    [Fact]
    public void Deep_nesting_is_an_input_error_not_a_stack_overflow()
    {
        var deep = new string('{', 100_000);
        var e = Assert.Throws<WeftInputException>(() => P(deep));
        Assert.Contains($"nested at most {TlaValueReader.MaxDepth} deep", e.Message, StringComparison.Ordinal);
        var ok = new string('{', 100) + new string('}', 100);
        Assert.IsType<TlaSet>(P(ok));
    }

    [Fact]
    public void Empty_records_and_functions_are_the_empty_sequence()
    {
        Assert.Equal(TlaValue.Seq(Array.Empty<TlaValue>()), TlaValue.Record(Array.Empty<(string, TlaValue)>()));
        Assert.Equal(TlaValue.Seq(Array.Empty<TlaValue>()), TlaValue.Function(new List<KeyValuePair<TlaValue, TlaValue>>()));
        Assert.Equal("<<>>", TlaValue.Record(Array.Empty<(string, TlaValue)>()).ToString());
    }
}
