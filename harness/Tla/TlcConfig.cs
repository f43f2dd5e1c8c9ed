using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Weft.Tla;

/// <summary>
/// Reads the <c>CONSTANTS</c> of a TLC configuration file: <c>Name = value</c> lines (values in TLA+ syntax, read by
/// <see cref="TlaValueReader"/>) until the next section keyword. A model value <c>Name = Name</c> is the model value.
/// Errors name the file, line and column.
/// </summary>
public static partial class TlcConfig
{
    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal)
    {
        "SPECIFICATION", "INIT", "NEXT", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT",
        "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "ALIAS", "POSTCONDITION",
        "CHECK_DEADLOCK", "CONSTANT", "CONSTANTS",
    };

    /// <summary>The line breaks File.ReadAllLines splits on.</summary>
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n" };

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$")]
    private static partial Regex Assignment();

    /// <summary>A word of a section: what lies between white space.</summary>
    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    public static IReadOnlyDictionary<string, TlaValue> ReadConstants(string path)
    {
        var lines = InputFile.ReadText(path, "the TLC configuration").Split(LineBreaks, StringSplitOptions.None);
        var result = new Dictionary<string, TlaValue>(StringComparer.Ordinal);
        bool inConstants = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            int comment = raw.IndexOf("\\*", StringComparison.Ordinal);
            var line = comment >= 0 ? raw[..comment] : raw;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var trimmed = line.Trim();
            var first = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            if (Sections.Contains(first))
            {
                inConstants = first is "CONSTANT" or "CONSTANTS";
                trimmed = trimmed[first.Length..].Trim();
                if (trimmed.Length == 0) continue;
                line = new string(' ', line.IndexOf(first, StringComparison.Ordinal) + first.Length) + line[(line.IndexOf(first, StringComparison.Ordinal) + first.Length)..];
            }
            if (!inConstants) continue;
            var m = Assignment().Match(line);
            if (!m.Success)
                throw new WeftInputException(path, i + 1, line.Length - line.TrimStart().Length + 1, "expected a constant assignment 'Name = value'");
            var name = m.Groups[1].Value;
            var text = m.Groups[2].Value;
            var value = text == name ? TlaValue.Model(name) : TlaValueReader.Parse(text, path, i + 1, m.Groups[2].Index + 1);
            if (!result.TryAdd(name, value))
                throw new WeftInputException(path, i + 1, m.Groups[1].Index + 1, $"constant {name} is assigned twice");
        }
        return result;
    }

    /// <summary>The names listed under <c>PROPERTY</c> / <c>PROPERTIES</c> (one or more per line), in order.</summary>
    public static IReadOnlyList<string> ReadProperties(string path) => Names(ReadNames(path, "PROPERTY", "PROPERTIES"));

    /// <summary>The names listed under <c>ACTION_CONSTRAINT</c> / <c>ACTION_CONSTRAINTS</c>, in order.</summary>
    public static IReadOnlyList<string> ReadActionConstraints(string path) => Names(ReadNames(path, "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS"));

    /// <summary>
    /// The one name listed under <c>ACTION_CONSTRAINT</c> / <c>ACTION_CONSTRAINTS</c>, or null when there is none. A
    /// second name is an error at its line and column; <paramref name="why"/> says why one is the most the reader takes.
    /// </summary>
    public static string? ReadActionConstraint(string path, string why)
    {
        var names = ReadNames(path, "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS");
        if (names.Count > 1)
            throw new WeftInputException(path, names[1].Line, names[1].Column,
                $"ACTION_CONSTRAINT {string.Join(", ", Names(names))}: {why}");
        return names.Count == 1 ? names[0].Name : null;
    }

    /// <summary>True when the configuration bounds the state space with a <c>CONSTRAINT</c> or an <c>ACTION_CONSTRAINT</c>.</summary>
    public static bool HasConstraint(string path) =>
        ReadNames(path, "CONSTRAINT", "CONSTRAINTS").Count > 0 || ReadNames(path, "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS").Count > 0;

    private static List<string> Names(List<(string Name, int Line, int Column)> names) => names.ConvertAll(n => n.Name);

    /// <summary>The names listed under the section (either spelling), in order, each with its 1-based line and column.</summary>
    private static List<(string Name, int Line, int Column)> ReadNames(string path, string section, string sections)
    {
        var result = new List<(string, int, int)>();
        bool inSection = false;
        var lines = InputFile.ReadText(path, "the TLC configuration").Split(LineBreaks, StringSplitOptions.None);
        for (int i = 0; i < lines.Length; i++)
        {
            int comment = lines[i].IndexOf("\\*", StringComparison.Ordinal);
            foreach (Match word in Word().Matches(comment >= 0 ? lines[i][..comment] : lines[i]))
            {
                if (Sections.Contains(word.Value)) inSection = word.Value == section || word.Value == sections;
                else if (inSection) result.Add((word.Value, i + 1, word.Index + 1));
            }
        }
        return result;
    }
}
