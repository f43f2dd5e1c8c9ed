using System;
using System.IO;
using System.Linq;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The schedule file format: Serialize/Parse round trips, and every malformed input is rejected with a
/// <see cref="WeftInputException"/> whose message starts with <c>file:line:col:</c> at the offending spot.
/// </summary>
public sealed class ScheduleFileTests
{
    private const string F = "sched.yaml";

    // A valid hand-written schedule without a digest. Line numbers (1-based) are used by the error tests below.
    private static readonly string[] Valid =
    {
        "# a hand-written schedule",  // 1
        "schema: weft-schedule/1",    // 2
        "tool: weft 0.1.0+abc",       // 3
        "test: engine/sample",        // 4
        "strategy: random",           // 5
        "seed: 42",                   // 6
        "iteration: 3",               // 7
        "bounds:",                    // 8
        "  max-steps: 100",           // 9
        "  spurious-wakeups: 1",      // 10
        "  liveness-threshold: 0",    // 11
        "commit: abc",                // 12
        "bug:",                       // 13
        "  kind: assertion",          // 14
        "  step: 3",                  // 15
        "  thread: 1",                // 16
        "  message: \"boom\"",        // 17
        "steps:",                     // 18
        "- t0 start",                 // 19
        "- t0 spawn Foo.cs:10",       // 20
        "- t1 start",                 // 21
        "- v2",                       // 22
        "- t1 load Foo.cs:20",        // 23
    };

    private static string Text(string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>The valid schedule with line <paramref name="line"/> (1-based) replaced by <paramref name="replacement"/> (null removes it).</summary>
    private static string With(int line, string? replacement)
    {
        var l = Valid.ToList();
        if (replacement is null) l.RemoveAt(line - 1);
        else l[line - 1] = replacement;
        return Text(l.ToArray());
    }

    private static WeftInputException Rejects(string text)
    {
        var e = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(text, F));
        return e;
    }

    private static void AssertAt(WeftInputException e, int line, int column, string contains)
    {
        Assert.StartsWith($"{F}:{line}:{column}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(contains, e.Message, StringComparison.Ordinal);
        Assert.Equal(F, e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
    }

    private static Schedule Sample(string message = "x", string? monitor = null, int? preemptionBound = 2) => new()
    {
        ToolVersion = "weft 0.1.0+0123456789ab",
        TestId = "engine/round-trip",
        Strategy = "pct(d=3)",
        Seed = ulong.MaxValue,
        Iteration = 17,
        MaxSteps = 12_345,
        PreemptionBound = preemptionBound,
        SpuriousWakeups = 2,
        LivenessThreshold = 50,
        Commit = "0123456789ab",
        Bug = new ScheduleBug(BugKind.Liveness, 4, 2, monitor, message),
        Steps = new[]
        {
            ScheduleStep.ForThread(0, OpKind.Start, ""),
            ScheduleStep.ForThread(0, OpKind.Spawn, "Foo.cs:10"),
            ScheduleStep.ForValue(3),
            ScheduleStep.ForThread(1, OpKind.CompareExchange, "Treiber.cs:57"),
            ScheduleStep.ForThread(2, OpKind.FutexWait, "FutexWord.cs:1"),
            ScheduleStep.ForValue(0),
        },
    };

    private static void AssertSame(Schedule expected, Schedule actual)
    {
        Assert.Equal(expected.SchemaVersion, actual.SchemaVersion);
        Assert.Equal(expected.ToolVersion, actual.ToolVersion);
        Assert.Equal(expected.TestId, actual.TestId);
        Assert.Equal(expected.Strategy, actual.Strategy);
        Assert.Equal(expected.Seed, actual.Seed);
        Assert.Equal(expected.Iteration, actual.Iteration);
        Assert.Equal(expected.MaxSteps, actual.MaxSteps);
        Assert.Equal(expected.PreemptionBound, actual.PreemptionBound);
        Assert.Equal(expected.SpuriousWakeups, actual.SpuriousWakeups);
        Assert.Equal(expected.LivenessThreshold, actual.LivenessThreshold);
        Assert.Equal(expected.Commit, actual.Commit);
        Assert.Equal(expected.Bug, actual.Bug);
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(expected.ComputeDigest(), actual.ComputeDigest());
    }

    // ------------------------------------------------------------------ round trips

    [Fact]
    public void Serialize_then_parse_gives_an_equal_schedule()
    {
        var s = Sample();
        AssertSame(s, ScheduleFile.Parse(ScheduleFile.Serialize(s), F));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("quotes \" and 'single' and \\ backslash")]
    [InlineData("line one\nline two\ttab")]
    [InlineData("key: value # not a comment")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("unicode: é ✓ 数")]
    public void Bug_message_round_trips_exactly(string message)
    {
        var s = Sample(message, monitor: "SafetyMonitor");
        AssertSame(s, ScheduleFile.Parse(ScheduleFile.Serialize(s), F));
    }

    [Fact]
    public void Optional_fields_round_trip_when_absent()
    {
        var s = Sample(preemptionBound: null) with { Bug = null, Steps = Array.Empty<ScheduleStep>() };
        var text = ScheduleFile.Serialize(s);
        Assert.DoesNotContain("preemption-bound", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bug:", text, StringComparison.Ordinal);
        AssertSame(s, ScheduleFile.Parse(text, F));
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("#hash")]
    [InlineData("- dash")]
    [InlineData("123")]
    [InlineData("null")]
    [InlineData("[x]")]
    [InlineData("two\nlines")]
    [InlineData(" padded ")]
    [InlineData("'quoted'")]
    public void Scalars_that_look_like_yaml_syntax_round_trip(string id)
    {
        var s = Sample(monitor: id) with { TestId = id, Commit = id };
        AssertSame(s, ScheduleFile.Parse(ScheduleFile.Serialize(s), F));
    }

    [Theory]
    [InlineData("Foo.cs:1")]
    [InlineData("My Tests.cs:12")]
    [InlineData("x #y.cs:3")]
    [InlineData("a: b.cs:4")]
    [InlineData("'q'.cs:5")]
    public void Step_locations_round_trip(string location)
    {
        var s = Sample() with { Steps = new[] { ScheduleStep.ForThread(0, OpKind.Start, ""), ScheduleStep.ForThread(0, OpKind.Load, location) }, Bug = null };
        AssertSame(s, ScheduleFile.Parse(ScheduleFile.Serialize(s), F));
    }

    [Fact]
    public void Written_file_reads_back_equal()
    {
        using var dir = new TempDir();
        var s = Sample();
        var path = ScheduleFile.WriteNew(s, dir.Path);
        Assert.True(File.Exists(path));
        AssertSame(s, ScheduleFile.Read(path));
        // A second write never overwrites the first.
        var path2 = ScheduleFile.WriteNew(s, dir.Path);
        Assert.NotEqual(path, path2);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Hand_written_schedule_parses()
    {
        var s = ScheduleFile.Parse(Text(Valid), F);
        Assert.Equal("engine/sample", s.TestId);
        Assert.Equal(42UL, s.Seed);
        Assert.Equal(3, s.Iteration);
        Assert.Equal(100, s.MaxSteps);
        Assert.Null(s.PreemptionBound);
        Assert.Equal(1, s.SpuriousWakeups);
        Assert.Equal(new ScheduleBug(BugKind.Assertion, 3, 1, null, "boom"), s.Bug);
        Assert.Equal(
            new[]
            {
                ScheduleStep.ForThread(0, OpKind.Start, ""),
                ScheduleStep.ForThread(0, OpKind.Spawn, "Foo.cs:10"),
                ScheduleStep.ForThread(1, OpKind.Start, ""),
                ScheduleStep.ForValue(2),
                ScheduleStep.ForThread(1, OpKind.Load, "Foo.cs:20"),
            },
            s.Steps);
        Assert.Equal(4, s.ThreadStepCount);
    }

    [Fact]
    public void Extra_spaces_between_step_fields_are_tolerated()
    {
        var s = ScheduleFile.Parse(With(23, "- t1   load   Foo.cs:20"), F);
        Assert.Equal(ScheduleStep.ForThread(1, OpKind.Load, "Foo.cs:20"), s.Steps[^1]);
    }

    // ------------------------------------------------------------------ digest

    [Fact]
    public void Tampered_step_with_the_digest_kept_is_rejected_at_the_digest_line()
    {
        var text = ScheduleFile.Serialize(Sample());
        Assert.Contains("- t1 cas Treiber.cs:57\n", text, StringComparison.Ordinal);
        var tampered = text.Replace("- t1 cas Treiber.cs:57\n", "- t1 cas Treiber.cs:58\n", StringComparison.Ordinal);
        var lines = tampered.Split('\n');
        int digestLine = Array.FindIndex(lines, l => l.StartsWith("digest: ", StringComparison.Ordinal)) + 1;
        Assert.True(digestLine > 1);

        var e = Rejects(tampered);
        AssertAt(e, digestLine, 9, "digest does not match");
        Assert.Contains("Remove the digest line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tampered_bug_message_with_the_digest_kept_is_rejected()
    {
        var text = ScheduleFile.Serialize(Sample("original"));
        var e = Rejects(text.Replace("\"original\"", "\"edited\"", StringComparison.Ordinal));
        Assert.Contains("digest does not match", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_with_the_digest_line_removed_still_parses()
    {
        var text = ScheduleFile.Serialize(Sample());
        var edited = string.Join("\n", text.Split('\n')
            .Where(l => !l.StartsWith("digest:", StringComparison.Ordinal))
            .Select(l => l == "- t1 cas Treiber.cs:57" ? "- t1 cas Treiber.cs:58" : l));
        Assert.DoesNotContain("digest", edited, StringComparison.Ordinal);
        var s = ScheduleFile.Parse(edited, F);
        Assert.Equal(ScheduleStep.ForThread(1, OpKind.CompareExchange, "Treiber.cs:58"), s.Steps[3]);
    }

    // ------------------------------------------------------------------ errors with positions

    [Fact]
    public void Malformed_yaml_names_line_and_column()
    {
        // "mapping values are not allowed here": the second ':' on line 3.
        var e = Rejects(With(3, "tool: weft: 1"));
        AssertAt(e, 3, 11, "malformed YAML");
    }

    [Fact]
    public void Unterminated_quote_is_malformed_yaml()
    {
        var e = Rejects(With(17, "  message: \"boom"));
        Assert.Contains("malformed YAML", e.Message, StringComparison.Ordinal);
        Assert.Matches(@"^sched\.yaml:\d+:\d+: ", e.Message);
        Assert.True(e.Line >= 17, e.Message);
    }

    [Fact]
    public void Missing_key_is_reported_at_the_document()
    {
        var e = Rejects(With(12, null)); // no commit
        AssertAt(e, 2, 1, "missing key 'commit'");
    }

    [Fact]
    public void Missing_max_steps_is_reported_at_the_bounds_mapping()
    {
        var e = Rejects(With(9, null));
        AssertAt(e, 9, 3, "missing key 'max-steps' in bounds");
    }

    [Fact]
    public void Unknown_key_names_the_key_position()
    {
        var l = Valid.ToList();
        l.Insert(4, "colour: red"); // becomes line 5
        var e = Rejects(Text(l.ToArray()));
        AssertAt(e, 5, 1, "unknown key 'colour'");
    }

    [Fact]
    public void Unknown_bound_names_the_key_position()
    {
        var e = Rejects(With(10, "  spurious-wakups: 1"));
        AssertAt(e, 10, 3, "unknown bound 'spurious-wakups'");
    }

    [Fact]
    public void Unknown_key_in_bug_names_the_key_position()
    {
        var e = Rejects(With(16, "  thred: 1"));
        AssertAt(e, 16, 3, "unknown key 'thred' in bug");
    }

    [Fact]
    public void Wrong_type_integer_names_the_value_position()
    {
        var e = Rejects(With(7, "iteration: three"));
        AssertAt(e, 7, 12, "iteration: expected an integer >= 0, found 'three'");
    }

    [Fact]
    public void Negative_max_steps_is_rejected()
    {
        var e = Rejects(With(9, "  max-steps: -5"));
        AssertAt(e, 9, 14, "max-steps: expected an integer >= 1, found '-5'");
    }

    [Fact]
    public void Wrong_type_seed_names_the_value_position()
    {
        var e = Rejects(With(6, "seed: -1"));
        AssertAt(e, 6, 7, "expected an unsigned 64-bit integer seed");
    }

    [Fact]
    public void Sequence_where_a_scalar_is_expected_is_rejected()
    {
        var e = Rejects(With(4, "test: [a, b]"));
        AssertAt(e, 4, 7, "expected a test id (a scalar)");
    }

    [Fact]
    public void Scalar_where_steps_are_expected_is_rejected()
    {
        var l = Valid.Take(17).Append("steps: 5").ToArray();
        var e = Rejects(Text(l));
        AssertAt(e, 18, 8, "expected a sequence of steps");
    }

    [Fact]
    public void Scalar_where_bounds_are_expected_is_rejected()
    {
        var l = Valid.ToList();
        l.RemoveRange(8, 3);
        l[7] = "bounds: 100";
        var e = Rejects(Text(l.ToArray()));
        AssertAt(e, 8, 9, "expected a mapping with max-steps");
    }

    [Fact]
    public void Unsupported_schema_is_rejected()
    {
        var e = Rejects(With(2, "schema: weft-schedule/2"));
        AssertAt(e, 2, 9, "unsupported schema 'weft-schedule/2'");
    }

    [Fact]
    public void Duplicate_key_is_rejected_at_the_second_occurrence()
    {
        var l = Valid.ToList();
        l.Insert(5, "seed: 43"); // line 6; the original seed moves to line 7
        var e = Rejects(Text(l.ToArray()));
        AssertAt(e, 7, 1, "Duplicate key seed");
    }

    [Fact]
    public void Empty_text_is_rejected()
    {
        var e = Rejects("");
        AssertAt(e, 1, 1, "expected one YAML document holding a schedule, found 0");
    }

    [Fact]
    public void Root_that_is_not_a_mapping_is_rejected()
    {
        var e = Rejects("- a\n- b\n");
        AssertAt(e, 1, 1, "expected a mapping");
    }

    [Theory]
    [InlineData("- x0 start", 3)]
    [InlineData("- t start", 3)]
    [InlineData("- tx start", 3)]
    [InlineData("- t0", 3)]
    [InlineData("- v", 3)]
    [InlineData("- v1 v2", 3)]
    [InlineData("- v-1", 3)]
    public void Bad_step_syntax_names_the_step(string step, int column)
    {
        var e = Rejects(With(21, step));
        AssertAt(e, 21, column, "expected 't<thread> <op> [file:line]'");
    }

    [Fact]
    public void Step_that_is_a_mapping_is_rejected()
    {
        var e = Rejects(With(21, "- t0: start"));
        AssertAt(e, 21, 3, "expected a step (a scalar)");
    }

    [Fact]
    public void Unknown_operation_points_at_the_operation()
    {
        var e = Rejects(With(23, "- t1 lod Foo.cs:20"));
        AssertAt(e, 23, 6, "unknown operation 'lod'");
        Assert.Contains("fetch-add", e.Message, StringComparison.Ordinal); // lists the valid operations
    }

    [Fact]
    public void Unknown_operation_that_also_occurs_in_the_thread_id_points_at_the_operation()
    {
        // "t11 1": the operation '1' also occurs inside "t11"; the column must be that of the operation.
        var e = Rejects(With(23, "- t11 1"));
        AssertAt(e, 23, 7, "unknown operation '1'");
    }

    [Fact]
    public void Bad_location_points_at_the_location()
    {
        var e = Rejects(With(23, "- t1 load Foo.cs"));
        AssertAt(e, 23, 11, "expected a location 'file:line', found 'Foo.cs'");
        var e2 = Rejects(With(23, "- t1 load Foo.cs:x"));
        AssertAt(e2, 23, 11, "found 'Foo.cs:x'");
        var e3 = Rejects(With(23, "- t1 load Foo.cs:1 extra"));
        AssertAt(e3, 23, 11, "found 'Foo.cs:1 extra'");
    }

    [Fact]
    public void Bad_bug_kind_points_at_the_value()
    {
        var e = Rejects(With(14, "  kind: explosion"));
        AssertAt(e, 14, 9, "unknown bug kind 'explosion'");
        Assert.Contains("uncontrolled-blocking", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bug_without_kind_is_rejected_at_the_bug_mapping()
    {
        var e = Rejects(With(14, null));
        AssertAt(e, 14, 3, "missing key 'kind' in bug");
    }

    [Fact]
    public void Bug_step_beyond_the_recorded_steps_is_rejected()
    {
        var e = Rejects(With(15, "  step: 5"));
        AssertAt(e, 15, 9, "bug step 5 is beyond the 4 recorded steps");
    }

    [Fact]
    public void Read_of_a_missing_file_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "weft-no-such-dir-" + Guid.NewGuid().ToString("N"), "x.yaml");
        var e = Assert.Throws<WeftInputException>(() => ScheduleFile.Read(path));
        Assert.StartsWith(path + ": cannot read schedule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_errors_with_the_file_path()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "bad.yaml");
        File.WriteAllText(path, With(14, "  kind: explosion"));
        var e = Assert.Throws<WeftInputException>(() => ScheduleFile.Read(path));
        Assert.StartsWith(path + ":14:9: unknown bug kind", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_assembly_round_trips_is_part_of_the_digest_and_is_checked_key_by_key()
    {
        var s = ScheduleFile.Parse(Text(Valid), F) with
        {
            TestAssembly = new TestAssemblyRecord("MyTests", "1.2.0+abc", "/home/me/My Tests/bin/MyTests.dll", "sha256:00ff"),
        };
        var text = ScheduleFile.Serialize(s);
        Assert.Contains("assembly:\n  name: MyTests\n  version: 1.2.0+abc\n  path: \"/home/me/My Tests/bin/MyTests.dll\"\n  sha256: sha256:00ff\n", text, StringComparison.Ordinal);
        var back = ScheduleFile.Parse(text, F);
        Assert.Equal(s.TestAssembly, back.TestAssembly);
        Assert.NotNull(back.TestAssembly!.Position);
        Assert.NotEqual(ScheduleFile.Parse(Text(Valid), F).ComputeDigest(), back.ComputeDigest());
        // Editing the recorded path breaks the digest like any other field.
        var edited = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(text.Replace("My Tests", "Other", StringComparison.Ordinal), F));
        Assert.Contains("digest does not match", edited.Message, StringComparison.Ordinal);

        Assert.StartsWith($"{F}:15:3: unknown key 'size' in assembly; expected name, version, path and sha256",
            Rejects(With(13, "assembly:\n  name: A\n  size: 1\nbug:")).Message, StringComparison.Ordinal);
        Assert.StartsWith($"{F}:14:3: missing key 'sha256' in assembly",
            Rejects(With(13, "assembly:\n  name: A\n  version: 1\n  path: /a.dll\nbug:")).Message, StringComparison.Ordinal);
    }
}
