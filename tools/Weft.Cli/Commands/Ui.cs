using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Weft.Scenarios;

namespace Weft.Cli.Commands;

/// <summary>How output is shown: rich (Spectre progress and tables) on a terminal, plain lines in CI or when redirected.</summary>
internal static class Ui
{
    public static bool Rich { get; } =
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static void Line(string s) => Console.Out.WriteLine(s);

    public static string Number(double d, string fmt = "F0") => d.ToString(fmt, CultureInfo.InvariantCulture);

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
