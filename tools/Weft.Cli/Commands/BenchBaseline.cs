using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Weft.Tla;
using YamlDotNet.RepresentationModel;

namespace Weft.Cli.Commands;

/// <summary>
/// The baseline file of <c>weft bench engine --baseline FILE</c> (written by <c>--save-baseline FILE</c>):
/// <code>
/// schema: weft-bench-baseline/1
/// figures:
///   - name: other-engine-random-50    # unique; printed beside every ratio computed from it
///     shape: bench/two-threads-50-points
///     strategy: random                # optional: without it the figure applies to every strategy of the shape
///     iterations-per-second: 300      # an illustration, not a measurement
///     what: the other engine's random strategy on the same two-thread 50-point body
///     machine: the machine it ran on
///     date: 2026-12-04
///     command: the command that measured it
/// </code>
/// Every departure from the schema is an input error at the offending node (file:line:col).
/// </summary>
internal static class BenchBaseline
{
    public const string SchemaTag = "weft-bench-baseline/1";

    /// <summary>The throughput shapes a figure may name (the registered test ids of the bodies the benchmark runs).</summary>
    public static readonly string[] Shapes = { "bench/two-threads-50-points", "bench/two-threads-1-point", "bench/two-threads-50-stores-loads", "bench/two-tasks-50-awaits" };

    private static readonly string[] FigureKeys = { "name", "shape", "strategy", "iterations-per-second", "what", "machine", "date", "command" };

    public static IReadOnlyList<BaselineFigure> Load(string path)
    {
        return Parse(InputFile.ReadText(path, "the baseline file"), path);
    }

    public static IReadOnlyList<BaselineFigure> Parse(string text, string file)
    {
        var node = YamlText.LoadSingleDocument(text, file, "benchmark baselines");
        if (node is not YamlMappingNode root)
            throw YamlText.Err(file, node, $"expected a mapping with keys schema ('{SchemaTag}') and figures");
        YamlNode? schema = null, figures = null;
        foreach (var (k, v) in root.Children)
        {
            switch (Scalar(file, k, "a key"))
            {
                case "schema" when schema is null: schema = v; break;
                case "figures" when figures is null: figures = v; break;
                case "schema" or "figures": throw YamlText.Err(file, k, $"duplicate key '{((YamlScalarNode)k).Value}'");
                default: throw YamlText.Err(file, k, $"unknown key '{((YamlScalarNode)k).Value}'; expected schema or figures");
            }
        }
        if (schema is null) throw YamlText.Err(file, root, "missing key 'schema'");
        if (Scalar(file, schema, "the schema tag") != SchemaTag)
            throw YamlText.Err(file, schema, $"unsupported schema '{((YamlScalarNode)schema).Value}'; expected '{SchemaTag}'");
        if (figures is null) throw YamlText.Err(file, root, "missing key 'figures'");
        if (figures is not YamlSequenceNode seq || seq.Children.Count == 0)
            throw YamlText.Err(file, figures, "expected a non-empty sequence of figures");
        var list = new List<BaselineFigure>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in seq.Children)
        {
            var fig = ParseFigure(file, f);
            if (!names.Add(fig.Name)) throw YamlText.Err(file, f, $"duplicate figure name '{fig.Name}'");
            list.Add(fig);
        }
        return list;
    }

    private static BaselineFigure ParseFigure(string file, YamlNode node)
    {
        if (node is not YamlMappingNode m)
            throw YamlText.Err(file, node, $"expected a figure: a mapping with keys {string.Join(", ", FigureKeys)}");
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in m.Children)
        {
            var key = Scalar(file, k, "a key");
            if (Array.IndexOf(FigureKeys, key) < 0)
                throw YamlText.Err(file, k, $"unknown key '{key}' in a figure; expected one of {string.Join(", ", FigureKeys)}");
            if (!seen.TryAdd(key, v)) throw YamlText.Err(file, k, $"duplicate key '{key}'");
        }
        foreach (var key in FigureKeys)
            if (key != "strategy" && !seen.ContainsKey(key)) throw YamlText.Err(file, m, $"missing key '{key}' in a figure");
        string Required(string key, string what) =>
            seen.TryGetValue(key, out var n) ? NonEmpty(file, n, what) : throw YamlText.Err(file, m, $"missing key '{key}' in a figure");

        var name = Required("name", "a figure name");
        var shape = Required("shape", "a shape");
        if (Array.IndexOf(Shapes, shape) < 0)
            throw YamlText.Err(file, seen["shape"], $"unknown shape '{shape}'; expected one of {string.Join(", ", Shapes)}");
        string? strategy = null;
        if (seen.TryGetValue("strategy", out var sNode))
        {
            strategy = NonEmpty(file, sNode, "a strategy name");
            if (Array.IndexOf(BenchCommand.Strategies, strategy) < 0)
                throw YamlText.Err(file, sNode, $"unknown strategy '{strategy}'; expected one of {string.Join(", ", BenchCommand.Strategies)} (or no strategy key: the figure applies to every strategy)");
        }
        var rateText = Required("iterations-per-second", "a rate");
        if (!double.TryParse(rateText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var rate) ||
            rate <= 0 || double.IsInfinity(rate))
            throw YamlText.Err(file, seen["iterations-per-second"], $"iterations-per-second: expected a positive number, found '{rateText}'");
        var date = Required("date", "a date");
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw YamlText.Err(file, seen["date"], $"date: expected YYYY-MM-DD, found '{date}'");
        return new BaselineFigure(name, shape, strategy, rate, Required("what", "what was measured"),
            Required("machine", "the machine"), date, Required("command", "the command that measured it"));
    }

    /// <summary>The figure a row compares against: the one for its strategy, else the one for every strategy of its shape.</summary>
    public static BaselineFigure? For(IReadOnlyList<BaselineFigure> figures, string shape, string strategy)
    {
        BaselineFigure? any = null;
        foreach (var f in figures)
        {
            if (f.Shape != shape) continue;
            if (f.Strategy == strategy) return f;
            if (f.Strategy is null) any ??= f;
        }
        return any;
    }

    /// <summary>Writes figures in the format <see cref="Parse"/> reads.</summary>
    public static void Save(string path, IEnumerable<BaselineFigure> figures)
    {
        var seq = new YamlSequenceNode();
        foreach (var f in figures)
        {
            var m = new YamlMappingNode { { "name", f.Name }, { "shape", f.Shape } };
            if (f.Strategy is not null) m.Add("strategy", f.Strategy);
            m.Add("iterations-per-second", f.IterationsPerSecond.ToString("F0", CultureInfo.InvariantCulture));
            m.Add("what", Quoted(f.What));
            m.Add("machine", Quoted(f.Machine));
            m.Add("date", f.Date);
            m.Add("command", Quoted(f.Command));
            seq.Add(m);
        }
        var root = new YamlMappingNode { { "schema", SchemaTag }, { "figures", seq } };
        try
        {
            using var w = new StreamWriter(path);
            new YamlStream(new YamlDocument(root)).Save(w, assignAnchors: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeftInputException($"{path}: cannot write the baseline file: {e.Message}");
        }
    }

    private static YamlScalarNode Quoted(string s) => new(s) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    private static string Scalar(string file, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : throw YamlText.Err(file, node, $"expected {what} (a scalar)");

    private static string NonEmpty(string file, YamlNode node, string what)
    {
        var s = Scalar(file, node, what);
        return s.Trim().Length > 0 ? s : throw YamlText.Err(file, node, $"expected {what}, found an empty value");
    }
}
