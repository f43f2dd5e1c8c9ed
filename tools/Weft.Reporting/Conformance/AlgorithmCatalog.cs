using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Weft.Reporting;

/// <summary>
/// <c>docs/algorithms.yaml</c>: every algorithm the design documents call for, with the registered tests that put it
/// under the scheduler. An algorithm none of whose patterns matches a registered test is reported as not yet under
/// the scheduler. The file is strict: unknown keys are errors with file:line:column.
/// </summary>
public static class AlgorithmCatalog
{
    public const string RelativePath = "docs/algorithms.yaml";

    private static readonly string[] Keys = { "id", "name", "tier", "spec", "implementation", "tests" };

    public static IReadOnlyList<AlgorithmEntry> Read(string repoRoot)
    {
        var path = Path.Combine(repoRoot, RelativePath);
        if (!File.Exists(path)) return Array.Empty<AlgorithmEntry>();
        return Parse(InputFile.ReadText(path, "the algorithm catalog", shownAs: RelativePath), RelativePath);
    }

    public static IReadOnlyList<AlgorithmEntry> Parse(string text, string file)
    {
        var node = Weft.Tla.YamlText.LoadSingleDocument(text, file, "the algorithm catalog");
        if (node is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("algorithms"), out var listNode) || listNode is not YamlSequenceNode list)
            throw new WeftInputException(file, node.Start.Line, node.Start.Column, "expected a mapping with 'algorithms:' holding a list");
        var result = new List<AlgorithmEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not YamlMappingNode m) throw new WeftInputException(file, item.Start.Line, item.Start.Column, "expected an algorithm mapping");
            foreach (var k in m.Children.Keys)
            {
                var key = k is YamlScalarNode { Value: { } kv } ? kv : throw new WeftInputException(file, k.Start.Line, k.Start.Column, "expected a key (a scalar)");
                if (!Keys.Contains(key, StringComparer.Ordinal))
                    throw new WeftInputException(file, k.Start.Line, k.Start.Column, $"unknown key '{key}'; expected one of {string.Join(", ", Keys)}");
            }
            string? S(string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v)
                ? v is YamlScalarNode { Value: { } s } ? s : throw new WeftInputException(file, v.Start.Line, v.Start.Column, $"{key}: expected a scalar")
                : null;
            var id = S("id") ?? throw new WeftInputException(file, m.Start.Line, m.Start.Column, "missing key 'id'");
            if (!ids.Add(id)) throw new WeftInputException(file, m.Start.Line, m.Start.Column, $"duplicate algorithm id '{id}'");
            var tests = new List<string>();
            if (m.Children.TryGetValue(new YamlScalarNode("tests"), out var tn))
            {
                if (tn is not YamlSequenceNode ts) throw new WeftInputException(file, tn.Start.Line, tn.Start.Column, "tests: expected a list of test id patterns");
                foreach (var t in ts)
                    tests.Add(t is YamlScalarNode sc && sc.Value is { Length: > 0 } v ? v : throw new WeftInputException(file, t.Start.Line, t.Start.Column, "tests: expected a test id pattern"));
            }
            result.Add(new AlgorithmEntry
            {
                Id = id,
                Name = S("name") ?? id,
                Tier = S("tier") ?? "",
                Spec = S("spec"),
                Implementation = S("implementation") ?? "",
                Tests = tests,
            });
        }
        return result;
    }

    /// <summary>An exact id, a prefix ending in <c>/</c>, or a glob where <c>*</c> matches any characters.</summary>
    public static bool Matches(string pattern, string testId)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(testId);
        if (pattern.Contains('*', StringComparison.Ordinal))
            return Regex.IsMatch(testId, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
        if (pattern.EndsWith('/')) return testId.StartsWith(pattern, StringComparison.Ordinal);
        return pattern == testId;
    }
}
