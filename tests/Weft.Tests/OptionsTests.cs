using System;
using System.Collections.Generic;
using Xunit;

namespace Weft.Tests;

/// <summary><see cref="CheckOptions.WithEnvironment"/>: nightly knobs parsed strictly from the given environment.</summary>
public sealed class OptionsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (n, v) in vars) d[n] = v;
        return name => d.TryGetValue(name, out var v) ? v : null;
    }

    [Fact]
    public void Empty_environment_changes_nothing()
    {
        var o = CheckOptions.Default with { Iterations = 7, Seed = 3 };
        Assert.Equal(o, o.WithEnvironment(Env()));
    }

    [Fact]
    public void Valid_values_are_applied()
    {
        var o = CheckOptions.Default.WithEnvironment(Env(
            ("WEFT_STRATEGY", "pct"),
            ("WEFT_ITERATIONS", "250"),
            ("WEFT_SEED", "18446744073709551615"),
            ("WEFT_MAX_STEPS", "4000"),
            ("WEFT_TIME_BUDGET", "90")));
        Assert.Equal("pct", o.Strategy);
        Assert.Equal(250, o.Iterations);
        Assert.Equal(ulong.MaxValue, o.Seed);
        Assert.Equal(4000, o.MaxSteps);
        Assert.Equal(TimeSpan.FromSeconds(90), o.TimeBudget);
        // Everything else is untouched.
        Assert.Equal(CheckOptions.Default with { Strategy = "pct", Iterations = 250, Seed = ulong.MaxValue, MaxSteps = 4000, TimeBudget = TimeSpan.FromSeconds(90) }, o);
    }

    [Fact]
    public void The_given_lookup_is_used_and_not_the_process_environment()
    {
        var asked = new List<string>();
        var o = CheckOptions.Default.WithEnvironment(name =>
        {
            asked.Add(name);
            return name == "WEFT_ITERATIONS" ? "12" : null;
        });
        Assert.Equal(12, o.Iterations);
        Assert.Contains("WEFT_STRATEGY", asked);
        Assert.Contains("WEFT_ITERATIONS", asked);
        Assert.Contains("WEFT_SEED", asked);
        Assert.Contains("WEFT_MAX_STEPS", asked);
        Assert.Contains("WEFT_TIME_BUDGET", asked);
    }

    [Theory]
    [InlineData("WEFT_ITERATIONS", "abc")]
    [InlineData("WEFT_ITERATIONS", "0")]
    [InlineData("WEFT_ITERATIONS", "-5")]
    [InlineData("WEFT_ITERATIONS", "+5")]
    [InlineData("WEFT_ITERATIONS", " 10")]
    [InlineData("WEFT_ITERATIONS", "10 ")]
    [InlineData("WEFT_ITERATIONS", "1e3")]
    [InlineData("WEFT_ITERATIONS", "1,000")]
    [InlineData("WEFT_ITERATIONS", "99999999999")]
    [InlineData("WEFT_ITERATIONS", "")]
    [InlineData("WEFT_MAX_STEPS", "lots")]
    [InlineData("WEFT_MAX_STEPS", "0")]
    [InlineData("WEFT_TIME_BUDGET", "1.5")]
    [InlineData("WEFT_TIME_BUDGET", "10s")]
    [InlineData("WEFT_TIME_BUDGET", "0")]
    [InlineData("WEFT_SEED", "-1")]
    [InlineData("WEFT_SEED", "0x10")]
    [InlineData("WEFT_SEED", "18446744073709551616")]
    [InlineData("WEFT_SEED", "")]
    [InlineData("WEFT_STRATEGY", "bogus")]
    [InlineData("WEFT_STRATEGY", "PCT")]
    [InlineData("WEFT_STRATEGY", "")]
    public void Malformed_value_names_the_variable(string name, string value)
    {
        var e = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(Env((name, value))));
        Assert.StartsWith(name + ": '" + value + "'", e.Message.Replace("unknown strategy ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_strategy_lists_the_known_ones()
    {
        var e = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(Env(("WEFT_STRATEGY", "bogus"))));
        Assert.Equal("WEFT_STRATEGY: unknown strategy 'bogus'; expected one of portfolio, random, prob, pct, delay, dfs, dpor, periodic, pos, rff, stall, overtake", e.Message);
    }

    [Fact]
    public void A_bad_variable_is_reported_even_when_others_are_valid()
    {
        var e = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(Env(
            ("WEFT_STRATEGY", "random"), ("WEFT_ITERATIONS", "100"), ("WEFT_MAX_STEPS", "many"))));
        Assert.Equal("WEFT_MAX_STEPS: 'many' is not a positive integer", e.Message);
    }

    [Fact]
    public void Explore_rejects_an_unknown_strategy_name()
    {
        var e = Assert.Throws<WeftInputException>(() => Checker.Explore(() => { }, CheckOptions.Default with { Strategy = "nope" }));
        Assert.Contains("unknown strategy 'nope'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_options_drive_an_exploration()
    {
        var o = CheckOptions.Default.WithEnvironment(Env(("WEFT_STRATEGY", "random"), ("WEFT_ITERATIONS", "17")));
        var r = Checker.Explore(() => { }, o);
        Assert.Equal(17, r.Iterations);
        Assert.Equal("random", r.Strategy);
    }
}
