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
    public static IReadOnlyList<string> ReadProperties(string path) => ReadNames(path, "PROPERTY", "PROPERTIES");

    /// <summary>The names listed under <c>ACTION_CONSTRAINT</c> / <c>ACTION_CONSTRAINTS</c>, in order.</summary>
    public static IReadOnlyList<string> ReadActionConstraints(string path) => ReadNames(path, "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS");

    private static IReadOnlyList<string> ReadNames(string path, string section, string sections)
    {
        var result = new List<string>();
        bool inSection = false;
        foreach (var raw in InputFile.ReadText(path, "the TLC configuration").Split(LineBreaks, StringSplitOptions.None))
        {
            int comment = raw.IndexOf("\\*", StringComparison.Ordinal);
            var words = (comment >= 0 ? raw[..comment] : raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                if (Sections.Contains(word)) inSection = word == section || word == sections;
                else if (inSection) result.Add(word);
            }
        }
        return result;
    }
}
