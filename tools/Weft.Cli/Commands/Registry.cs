using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Weft.Scenarios;

namespace Weft.Cli.Commands;

/// <summary>
/// The registered tests a command works on: Weft's built-in scenarios, or the tests of the user's assemblies when
/// the command was given <c>--assembly</c> (<see cref="UseAssemblies"/>).
/// </summary>
internal static class Registry
{
    private static IReadOnlyList<RegisteredTest>? _all;

    /// <summary>Every registered test: of the scenario assemblies, or of the loaded user assemblies.</summary>
    public static IReadOnlyList<RegisteredTest> All => _all ??=
        Environment.GetEnvironmentVariable(SelfTestScenarios.Variable) == "1"
            ? TestRegistry.Discover(typeof(Canonical).Assembly, typeof(SelfTestScenarios).Assembly)
            : TestRegistry.Discover(typeof(Canonical).Assembly);

    /// <summary>The full paths of the user's test assemblies in use (empty: the built-in scenarios).</summary>
    public static IReadOnlyList<string> AssemblyPaths { get; private set; } = Array.Empty<string>();

    /// <summary>Replaces the built-in scenarios with the tests of <paramref name="paths"/>; null or empty changes nothing.</summary>
    public static void UseAssemblies(IReadOnlyList<string>? paths)
    {
        if (paths is null || paths.Count == 0) return;
        _all = Assemblies.TestAssemblyLoader.Load(paths, Console.Error.WriteLine);
        AssemblyPaths = paths.Select(System.IO.Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<RegisteredTest> Select(string filter)
    {
        var sel = TestRegistry.Select(All, filter);
        if (sel.Count == 0)
            throw new WeftInputException($"no registered test matches '{filter}'; run `weft list` to see the test ids");
        return sel;
    }

    public static RegisteredTest Find(string id)
    {
        foreach (var t in All) if (t.Id == id) return t;
        throw new WeftInputException($"no registered test has id '{id}'; run `weft list` to see the test ids");
    }
}

/// <summary>How output is shown: rich (Spectre progress and tables) on a terminal, plain lines in CI or when redirected.</summary>
internal static class Ui
{
    public static bool Rich { get; } =
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static void Line(string s) => Console.Out.WriteLine(s);

    public static string F(double d, string fmt = "F0") => d.ToString(fmt, CultureInfo.InvariantCulture);

    /// <summary>Prints a table: a Spectre table on a terminal, aligned plain text otherwise.</summary>
    public static void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var list = new List<string[]>(rows);
        if (Rich)
        {
            var t = new Table().Border(TableBorder.Rounded);
            foreach (var h in headers) t.AddColumn(Markup.Escape(h));
            foreach (var r in list) t.AddRow(Array.ConvertAll(r, Markup.Escape));
            AnsiConsole.Write(t);
            return;
        }
        var widths = new int[headers.Length];
        for (int i = 0; i < headers.Length; i++) widths[i] = headers[i].Length;
        foreach (var r in list)
            for (int i = 0; i < r.Length && i < widths.Length; i++) widths[i] = Math.Max(widths[i], r[i].Length);
        Line(Row(headers, widths));
        Line(string.Join("  ", Array.ConvertAll(widths, w => new string('-', w))));
        foreach (var r in list) Line(Row(r, widths));
    }

    private static string Row(string[] cells, int[] widths)
    {
        var parts = new string[widths.Length];
        for (int i = 0; i < widths.Length; i++) parts[i] = (i < cells.Length ? cells[i] : "").PadRight(widths[i]);
        return string.Join("  ", parts).TrimEnd();
    }
}
