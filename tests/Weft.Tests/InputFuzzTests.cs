using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Weft.Cli.Fuzzing;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A fast sample of <c>weft fuzz</c> (the nightly runs 10,000 inputs per reader): every reader of Weft's files gets
/// mutated inputs (truncation, byte flips, deep nesting, huge numbers, wrong types, paths out of the project,
/// special files) and must read each or refuse it with an input error; no internal error, hang or crash. The
/// fuzzer's own negative controls: a reader that throws, one that blocks, and (in child processes) one that crashes
/// are each counted as such.
/// </summary>
public sealed class InputFuzzTests
{
    private static string Fixtures([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "fixtures", "inputs");

    private const int PerReader = 40;

    [Fact]
    public void Every_reader_answers_a_sample_of_mutated_inputs_with_a_result_or_an_input_error()
    {
        using var dir = new TempDir();
        var summaries = InputFuzzer.Sample(Fixtures(), dir.Path, seed: 20, PerReader, TimeSpan.FromSeconds(20));
        Assert.Equal(FuzzTarget.All.Select(t => t.Name), summaries.Select(s => s.Reader));
        foreach (var s in summaries)
        {
            Assert.True(s.Clean, $"{s.Reader}: {string.Join("; ", s.Examples)}");
            Assert.Equal(PerReader, s.Inputs);
            // The sample is not vacuous: the mutations are refused, and some inputs stay readable.
            Assert.True(s.InputErrors > 0, $"{s.Reader}: no input was refused");
        }
        Assert.True(summaries.Sum(s => s.Read) > 0);
    }

    [Fact]
    public void The_unmutated_fixtures_are_read_by_every_reader()
    {
        using var dir = new TempDir();
        foreach (var t in FuzzTarget.All.Where(t => !t.Name.StartsWith("selftest", StringComparison.Ordinal)))
        {
            var w = new FuzzWorkspace(Fixtures(), Path.Combine(dir.Path, t.Name), t);
            t.Read(w);
        }
    }

    [Fact]
    public void The_mutations_are_deterministic_and_varied()
    {
        var original = File.ReadAllBytes(Path.Combine(Fixtures(), "schedule.yaml"));
        var a = Enumerable.Range(0, 200).Select(i => InputMutator.Make(original, 7, "schedule", i)).ToList();
        var b = Enumerable.Range(0, 200).Select(i => InputMutator.Make(original, 7, "schedule", i)).ToList();
        Assert.Equal(a.Select(c => c.Mutation + Convert.ToBase64String(c.Bytes ?? Array.Empty<byte>())), b.Select(c => c.Mutation + Convert.ToBase64String(c.Bytes ?? Array.Empty<byte>())));
        var kinds = a.SelectMany(c => c.Mutation.Split('+')).Select(m => m.Split(':')[0]).ToHashSet();
        foreach (var k in new[] { "truncate", "flip-bytes", "deep-nesting", "huge-number", "wrong-type", "path", "special-file" })
            Assert.Contains(k, kinds);
    }

    [Fact]
    public void A_reader_that_throws_or_blocks_is_counted_as_an_internal_error_or_a_hang()
    {
        using var dir = new TempDir();
        var throws = new FuzzTarget("throws", "schedule.yaml", "schedule.yaml", _ => throw new InvalidOperationException("boom"));
        var blocks = new FuzzTarget("blocks", "schedule.yaml", "schedule.yaml", _ => Thread.Sleep(Timeout.Infinite));
        var t = new InputFuzzer(throws, Fixtures(), dir.Path, TimeSpan.FromSeconds(10)).Run(1, 0, 5);
        Assert.Equal((5, 5, 0), (t.Inputs, t.InternalErrors, t.Hangs));
        Assert.Contains("boom", t.Examples[0], StringComparison.Ordinal);
        var h = new InputFuzzer(blocks, Fixtures(), dir.Path, TimeSpan.FromMilliseconds(200)).Run(1, 0, 2);
        Assert.Equal((2, 0, 2), (h.Inputs, h.InternalErrors, h.Hangs));
        Assert.True(Directory.GetFiles(Path.Combine(dir.Path, "failures")).Length >= 7);
    }

    [Fact]
    public void The_fuzz_command_counts_a_crashing_reader_s_crashes_in_child_processes_and_goes_on()
    {
        using var dir = new TempDir();
        var (code, output, err) = ReportTestSupport.RunWeft(dir.Path, new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1" },
            "fuzz", "--reader", "selftest-crash", "schedule", "--inputs", "12", "--seed", "3", "--out", Path.Combine(dir.Path, "fuzz"), "--fixtures", Fixtures());
        Assert.True(code == 2, output + err);
        var crashRow = output.Split('\n').Single(l => l.StartsWith("selftest-crash ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("12", crashRow[1]);
        Assert.True(int.Parse(crashRow[6], System.Globalization.CultureInfo.InvariantCulture) > 0, output);
        var scheduleRow = output.Split('\n').Single(l => l.StartsWith("schedule ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "12", "0", "0", "0" }, new[] { scheduleRow[1], scheduleRow[4], scheduleRow[5], scheduleRow[6] });
        Assert.Contains("Crash case", output, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir.Path, "fuzz", "failures"), "selftest-crash-*-crash.yaml"));
    }
}
