using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Weft.Cli.Fuzzing;

/// <summary>
/// Makes the inputs of one fuzz case from a valid input, deterministically from (seed, reader, case index): truncation,
/// byte flips, deleted, duplicated and swapped spans and lines, deep nesting (65 to 40,000 open brackets or block
/// levels), huge and odd numbers, values of the wrong type, renamed keys, paths that lead outside the project or
/// to special files, line-ending and encoding damage, a special file instead of the input; one to three at a time.
/// </summary>
internal static partial class InputMutator
{
    private static readonly string[] HugeNumbers =
    {
        "2147483648", "4294967296", "9223372036854775808", "18446744073709551616", "99999999999999999999999999999999",
        "-1", "-2147483649", "-9223372036854775809", "1e309", "-1e309", "NaN", "Infinity", "0x10", "1.5", "-0", "00", "1_000",
    };

    private static readonly string[] WrongTypes =
    {
        "null", "~", "[]", "{}", "true", "false", "1", "0", "\"\"", "''", "[1, 2]", "{a: 1}", "{\"a\": 1}", "[null]", "!!binary AAAA", "*alias", "&anchor x",
    };

    private static readonly string[] Paths =
    {
        "/etc/passwd", "../../../../../../etc/passwd", "/dev/zero", "../../../../../../dev/zero", "tla/Toy/Pipe.cfg", "Pipe.cfg",
        "Zero.cfg", "Passwd.cfg", "Loop.cfg", "Folder.cfg", "tla/Toy/Zero.cfg", "tla/../../outside.tla", "", ".", "..", "/", "C:\\x.cfg",
        "tla/Toy/Folder.cfg", "/proc/self/status", "tla/Toy/Loop.cfg", "a\0b",
    };

    private static readonly string[] Openers = { "[", "{", "[[", "{a: ", "- ", "{\"a\":", "<<", "[a |-> ", "{{" };

    private delegate byte[] Mutation(byte[] input, Random random);

    private static readonly (string Name, Mutation Apply)[] Mutations =
    {
        ("truncate", Truncate), ("flip-bytes", FlipBytes), ("delete-span", DeleteSpan), ("duplicate-span", DuplicateSpan),
        ("swap-lines", SwapLines), ("deep-nesting", DeepNesting), ("huge-number", HugeNumber), ("wrong-type", WrongType),
        ("rename-key", RenameKey), ("path", PathValue), ("line-endings", LineEndings), ("encoding", Encoding_),
    };

    /// <summary>The fuzz case <paramref name="index"/> of reader <paramref name="reader"/> for <paramref name="seed"/>.</summary>
    public static FuzzCase Make(ReadOnlySpan<byte> original, ulong seed, string reader, int index)
    {
        var random = new Random(Mix(seed, reader, index));
        if (random.Next(40) == 0)
        {
            var kinds = Enum.GetValues<SpecialFile>();
            var kind = kinds[random.Next(kinds.Length)];
            return new FuzzCase(index, "special-file:" + kind, null, kind);
        }
        var bytes = original.ToArray();
        var names = new List<string>();
        int rounds = 1 + (random.Next(4) == 0 ? random.Next(1, 3) : 0);
        for (int r = 0; r < rounds; r++)
        {
            var (name, apply) = Mutations[random.Next(Mutations.Length)];
            bytes = apply(bytes, random);
            names.Add(name);
        }
        return new FuzzCase(index, string.Join("+", names), bytes, null);
    }

    /// <summary>A stable 32-bit seed (string hashing is randomized per process, so the reader's name is hashed here).</summary>
    private static int Mix(ulong seed, string reader, int index)
    {
        ulong h = 14695981039346656037UL ^ seed;
        foreach (var c in reader) h = (h ^ c) * 1099511628211UL;
        h = (h ^ (uint)index) * 1099511628211UL;
        h ^= h >> 29;
        return (int)(h ^ (h >> 32));
    }

    private static byte[] Truncate(byte[] b, Random r) => b.Length == 0 ? b : b[..r.Next(b.Length)];

    private static byte[] FlipBytes(byte[] b, Random r)
    {
        if (b.Length == 0) return b;
        var copy = (byte[])b.Clone();
        ReadOnlySpan<byte> interesting = "\0\xff\n\r\t[]{}:,\"'-#&*!|>%@`\\ 9"u8;
        int n = 1 + r.Next(8);
        for (int i = 0; i < n; i++)
            copy[r.Next(copy.Length)] = r.Next(2) == 0 ? interesting[r.Next(interesting.Length)] : (byte)r.Next(256);
        return copy;
    }

    private static (int Start, int Length) Span(byte[] b, Random r)
    {
        int start = r.Next(b.Length + 1);
        return (start, r.Next(Math.Min(b.Length - start, 200) + 1));
    }

    private static byte[] DeleteSpan(byte[] b, Random r)
    {
        var (s, n) = Span(b, r);
        return b[..s].Concat(b[(s + n)..]).ToArray();
    }

    private static byte[] DuplicateSpan(byte[] b, Random r)
    {
        var (s, n) = Span(b, r);
        int times = r.Next(4) == 0 ? r.Next(2, 200) : 1;
        var piece = b[s..(s + n)];
        return b[..(s + n)].Concat(Enumerable.Repeat(piece, times).SelectMany(p => p)).Concat(b[(s + n)..]).ToArray();
    }

    private static byte[] SwapLines(byte[] b, Random r)
    {
        var lines = Lines(b);
        if (lines.Count < 2) return b;
        int i = r.Next(lines.Count), j = r.Next(lines.Count);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return Join(lines);
    }

    private static byte[] DeepNesting(byte[] b, Random r)
    {
        int[] depths = { 65, 257, 1000, 40_000 };
        int depth = depths[r.Next(depths.Length)];
        var opener = Openers[r.Next(Openers.Length)];
        var sb = new StringBuilder(opener.Length * depth);
        for (int i = 0; i < depth; i++)
        {
            // Block nesting ("- ") needs each level on a new, deeper line.
            if (opener == "- ") sb.Append('\n').Append(' ', Math.Min(i * 2, 200)).Append("- ");
            else sb.Append(opener);
        }
        var text = Text(b);
        if (r.Next(3) == 0) return Bytes(sb.ToString());
        var values = ValueRx().Matches(text);
        if (values.Count == 0) return Bytes(text + sb);
        var m = values[r.Next(values.Count)];
        return Bytes(text[..m.Groups[2].Index] + sb + text[(m.Groups[2].Index + m.Groups[2].Length)..]);
    }

    private static byte[] HugeNumber(byte[] b, Random r)
    {
        var text = Text(b);
        var numbers = NumberRx().Matches(text);
        if (numbers.Count == 0) return b;
        var m = numbers[r.Next(numbers.Count)];
        return Bytes(text[..m.Index] + HugeNumbers[r.Next(HugeNumbers.Length)] + text[(m.Index + m.Length)..]);
    }

    private static byte[] WrongType(byte[] b, Random r) => ReplaceValue(b, r, WrongTypes[r.Next(WrongTypes.Length)]);

    private static byte[] PathValue(byte[] b, Random r)
    {
        var text = Text(b);
        var keys = PathKeyRx().Matches(text);
        var value = Paths[r.Next(Paths.Length)];
        if (keys.Count == 0) return ReplaceValue(b, r, value);
        var m = keys[r.Next(keys.Count)];
        var quoted = text.Contains("\"spec\"", StringComparison.Ordinal) ? "\"" + value + "\"" : value;
        return Bytes(text[..m.Groups[2].Index] + quoted + text[(m.Groups[2].Index + m.Groups[2].Length)..]);
    }

    private static byte[] ReplaceValue(byte[] b, Random r, string value)
    {
        var text = Text(b);
        var values = ValueRx().Matches(text);
        if (values.Count == 0) return Bytes(value + text);
        var m = values[r.Next(values.Count)];
        return Bytes(text[..m.Groups[2].Index] + value + text[(m.Groups[2].Index + m.Groups[2].Length)..]);
    }

    private static byte[] RenameKey(byte[] b, Random r)
    {
        var text = Text(b);
        var values = ValueRx().Matches(text);
        if (values.Count == 0) return b;
        var key = values[r.Next(values.Count)].Groups[1];
        var renamed = r.Next(3) switch { 0 => key.Value + "x", 1 => key.Value.ToUpperInvariant(), _ => key.Value.Length > 1 ? key.Value[1..] : "k" };
        return Bytes(text[..key.Index] + renamed + text[(key.Index + key.Length)..]);
    }

    private static byte[] LineEndings(byte[] b, Random r)
    {
        var text = Text(b);
        return r.Next(3) switch
        {
            0 => Bytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            1 => Bytes(text.Replace("\n", "\r", StringComparison.Ordinal)),
            _ => Bytes(text.TrimEnd('\n')),
        };
    }

    private static byte[] Encoding_(byte[] b, Random r) => r.Next(4) switch
    {
        0 => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(b).ToArray(),
        1 => new byte[] { 0xFF, 0xFE }.Concat(b).ToArray(),
        2 => b.Concat(new byte[] { 0xC3 }).ToArray(),
        _ => System.Text.Encoding.Unicode.GetBytes(Text(b)),
    };

    private static List<string> Lines(byte[] b) => Text(b).Split('\n').ToList();

    private static byte[] Join(List<string> lines) => Bytes(string.Join('\n', lines));

    private static string Text(byte[] b) => System.Text.Encoding.UTF8.GetString(b);

    private static byte[] Bytes(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    /// <summary>A key and its value: <c>key: value</c> (YAML) or <c>"key": value</c> (JSON), the value up to the line's end or a comma.</summary>
    [GeneratedRegex(@"""?([A-Za-z_][A-Za-z0-9_\-]*)""?\s*:\s*([^,\n\r}\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ValueRx();

    [GeneratedRegex(@"-?\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRx();

    /// <summary>The keys whose values are paths or file names.</summary>
    [GeneratedRegex(@"""?(spec_file|config|tla_file|run_from|raw_output|schedule_path|trace_modules)""?\s*:\s*([^,\n\r}\]]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PathKeyRx();
}
