using System;
using System.Collections.Generic;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Fuzzing of the TLA+ value reader, the TLC output reader and the trace file reader: generated values round trip
/// through their text and through a trace file; seeded random mutations of real TLC outputs, trace modules and
/// trace files (truncation, character flips, deletions, duplications, line swaps) are either read or rejected with
/// a positioned <see cref="WeftInputException"/>; no other exception escapes.
/// </summary>
public sealed class TlaFuzzTests
{
    private const string Palette = "aZ_09 \t\n\"\\'<>{}[]()|->:@,.#=-/*é€\u0001";

    private static readonly Gen<string> Identifier =
        Gen.OneOf(
            Gen.Elements("p1", "NULL", "a", "b_2", "_x", "Z9", "t", "n1", "n2"),
            from first in Gen.Elements("a", "q", "X", "_")
            from rest in Gen.ArrayOf(Gen.Elements('a', 'z', '0', '9', '_', 'K'))
            select first + new string(rest.Take(6).ToArray()));

    private static readonly Gen<string> Text =
        Gen.ArrayOf(Gen.Elements(Palette.ToCharArray())).Select(a => new string(a.Take(8).ToArray()));

    /// <summary>Record field names: identifiers, and strings that are not (printed in function form).</summary>
    private static readonly Gen<string> FieldName = Gen.Frequency((6, Identifier), (1, Text), (1, Gen.Elements("TRUE", "a b", "")));

    private static Gen<TlaValue> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => TlaValue.Int(i)),
            Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L).Select(TlaValue.Int),
            Gen.Elements(true, false).Select(TlaValue.Bool),
            Text.Select(TlaValue.Str),
            Identifier.Select(TlaValue.Model));
        if (depth <= 0) return scalar;
        var sub = Value(depth - 1);
        var items = Gen.ArrayOf(sub).Select(a => a.Take(4).ToArray());
        var record =
            from names in Gen.ArrayOf(FieldName)
            from values in Gen.ArrayOf(sub, 4)
            select TlaValue.Record(names.Distinct(StringComparer.Ordinal).Take(4).Zip(values, (n, v) => new KeyValuePair<string, TlaValue>(n, v)));
        var function =
            from keys in Gen.ArrayOf(sub)
            from values in Gen.ArrayOf(sub, 4)
            select TlaValue.Function(keys.Distinct().Take(4).Zip(values, (k, v) => new KeyValuePair<TlaValue, TlaValue>(k, v)));
        return Gen.Frequency(
            (5, scalar),
            (2, items.Select(TlaValue.Seq)),
            (2, items.Select(TlaValue.Set)),
            (2, record),
            (2, function));
    }

    [Fact]
    public void Generated_values_round_trip_through_text_and_trace_files() =>
        FsCheckXunit.Run(Prop.ForAll(Value(3).ToArbitrary(), v =>
        {
            var text = v.ToString();
            var back = TlaValueReader.Parse(text);
            if (!back.Equals(v) || back.ToString() != text) return false.Label($"text {text} read back as {back}");
            // TLC wraps long values: the same text with line breaks after commas reads back equal.
            if (!TlaValueReader.Parse(Wrap(text)).Equals(v)) return false.Label("wrapped: " + Wrap(text));
            var state = new Dictionary<string, TlaValue> { ["v"] = v, ["w"] = TlaValue.Seq(v, v) };
            var trace = TraceFileTests.WithProvenance(new Trace("", "", "", "", "", "", "", "", TraceKind.Simulation, null, null, null,
                new[] { new TraceStep(1, "Init", Array.Empty<TlaValue>(), null, state), new TraceStep(2, "A", new[] { v }, null, state) }));
            var loaded = TraceFile.Parse(TraceFile.Serialize(trace), "f.yaml");
            return (loaded.Steps[1].State["v"].Equals(v) && loaded.Steps[1].Parameters[0].Equals(v)).Label("trace file");
        }), 300);

    /// <summary>Breaks the line after every comma outside strings, as TLC does with long values.</summary>
    private static string Wrap(string text)
    {
        var sb = new StringBuilder();
        bool inString = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            sb.Append(c);
            if (inString && c == '\\' && i + 1 < text.Length) sb.Append(text[++i]);
            else if (c == '"') inString = !inString;
            else if (!inString && c == ',') sb.Append("\n  ");
        }
        return sb.ToString();
    }

    /// <summary>One seeded mutation of <paramref name="s"/>.</summary>
    private static (string Text, string What) Mutate(string s, Random rng)
    {
        if (s.Length == 0) return (Palette[rng.Next(Palette.Length)].ToString(), "insert");
        int i = rng.Next(s.Length);
        int len = Math.Min(s.Length - i, 1 + rng.Next(40));
        switch (rng.Next(6))
        {
            case 0: return (s[..i], $"truncate at {i}");
            case 1:
                var c = s.ToCharArray();
                for (int k = 0; k < 1 + rng.Next(3); k++) c[rng.Next(c.Length)] = Palette[rng.Next(Palette.Length)];
                return (new string(c), $"flip near {i}");
            case 2: return (s.Remove(i, len), $"delete {len} at {i}");
            case 3: return (s.Insert(i, s.Substring(i, len)), $"duplicate {len} at {i}");
            case 4:
                var lines = s.Split('\n');
                int a = rng.Next(lines.Length), b = rng.Next(lines.Length);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return (string.Join("\n", lines), $"swap lines {a + 1} and {b + 1}");
            default:
                var ls = s.Split('\n').ToList();
                int at = rng.Next(ls.Count);
                ls.RemoveAt(at);
                return (string.Join("\n", ls), $"drop line {at + 1}");
        }
    }

    private static void Fuzz(string name, string seedText, Action<string> read, int iterations, TimeSpan budget)
    {
        var rng = new Random(name.Aggregate(17, (h, ch) => h * 31 + ch));
        var clock = Stopwatch.StartNew();
        int rejected = 0;
        for (int n = 0; n < iterations && clock.Elapsed < budget; n++)
        {
            var (text, what) = Mutate(seedText, rng);
            if (rng.Next(3) == 0) (text, what) = (Mutate(text, rng).Text, what + " + another");
            try
            {
                read(text);
            }
            catch (WeftInputException e)
            {
                rejected++;
                Assert.True(e.Line >= 1 || e.File is null, $"{name}, {what}: error without a position: {e.Message}");
            }
            catch (Exception e)
            {
                Assert.Fail($"{name}, mutation {n} ({what}): {e.GetType().Name} escaped: {e}");
            }
        }
        Assert.True(rejected > 0, $"{name}: no mutation was rejected; the fuzzer is not exercising the reader");
    }

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(0.6);

    [Theory]
    [InlineData("treiber-untagged.out")]
    [InlineData("toy/lasso.out")]
    [InlineData("toy/stutter.out")]
    [InlineData("toy/assert.out")]
    [InlineData("toy/parse-error.out")]
    public void Mutated_tlc_outputs_are_read_or_rejected_with_a_position(string fixture)
    {
        var text = File.ReadAllText(TlcOutputReaderTests.Fixture(fixture.Split('/')));
        Fuzz(fixture, text, t =>
        {
            var r = TlcOutputReader.Parse(t, "out.txt");
            Assert.NotNull(r.Statistics);
        }, 400, Budget);
    }

    [Fact]
    public void Mutated_trace_modules_are_read_or_rejected_with_a_position() =>
        Fuzz("trace_0_2", File.ReadAllText(TlcOutputReaderTests.Fixture("treiber-sim", "trace_0_2")),
            t => TlcOutputReader.ParseTraceModule(t, "m.tla"), 400, Budget);

    [Fact]
    public void Mutated_trace_files_are_read_or_rejected_with_a_position()
    {
        var trace = TraceFileTests.WithProvenance(TlcOutputReader.Read(TlcOutputReaderTests.Fixture("toy", "lasso.out")).Traces[0]);
        Fuzz("trace.yaml", TraceFile.Serialize(trace), t => TraceFile.Parse(t, "t.yaml"), 600, Budget);
    }

    [Fact]
    public void Mutated_values_are_read_or_rejected_with_a_position()
    {
        const string v = "<<[a |-> (n1 :> {<<1, -2>>} @@ n2 :> {}), b |-> \"q\\\"uote\\\\\"], TRUE, p1, (0 :> <<>>)>>";
        Fuzz("value", v, t => TlaValueReader.Parse(t, "v.txt"), 3000, Budget);
    }
}
