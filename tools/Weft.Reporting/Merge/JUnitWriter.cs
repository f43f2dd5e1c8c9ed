using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Weft.Reporting;

/// <summary>
/// JUnit XML for CI: one <c>testsuite</c> per shard, one <c>testcase</c> per test of that shard. A test whose
/// outcome is not the expected one is a <c>failure</c> whose text holds the bug, the command that replays it and
/// the command that re-runs the test; a crashed child is an <c>error</c> with its output.
/// </summary>
public static class JUnitWriter
{
    public static XDocument Build(MergedResults merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var suites = new XElement("testsuites", new XAttribute("name", "weft"));
        foreach (var shard in merged.Results.GroupBy(r => r.Shard).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var cases = shard.OrderBy(r => r.Test, StringComparer.Ordinal).ToList();
            var suite = new XElement("testsuite",
                new XAttribute("name", "weft shard " + shard.Key),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => !c.Passed && c.Crash is null)),
                new XAttribute("errors", cases.Count(c => c.Crash is not null)),
                new XAttribute("skipped", 0),
                new XAttribute("time", Seconds(cases.Sum(c => c.ElapsedSeconds))));
            foreach (var r in cases)
            {
                int slash = r.Test.LastIndexOf('/');
                var tc = new XElement("testcase",
                    new XAttribute("classname", "weft." + (slash > 0 ? r.Test[..slash].Replace('/', '.') : "tests")),
                    new XAttribute("name", r.Test),
                    new XAttribute("time", Seconds(r.ElapsedSeconds)));
                if (r.Crash is { } c)
                {
                    tc.Add(new XElement("error", new XAttribute("message", c.Message), new XAttribute("type", "crash"),
                        Clean(c.Output + "\nre-run: " + r.RerunCommand)));
                }
                else if (!r.Passed)
                {
                    var b = r.Bugs.FirstOrDefault();
                    string message = b is not null
                        ? $"{r.Verdict}: {b.Kind}{(b.Monitor is null ? "" : " (" + b.Monitor + ")")} at step {b.Step}: {b.Message}"
                        : $"{r.Verdict}: the seeded bug was not found in {r.Iterations} iterations";
                    var text = new StringBuilder();
                    text.Append(message).Append('\n');
                    if (b is not null)
                    {
                        if (b.Location.Length > 0) text.Append("location: ").Append(b.Location).Append('\n');
                        text.Append("replay: ").Append(b.ReplayCommand).Append('\n');
                    }
                    text.Append("re-run: ").Append(r.RerunCommand).Append('\n');
                    tc.Add(new XElement("failure", new XAttribute("message", Clean(message)), new XAttribute("type", r.Verdict), Clean(text.ToString())));
                }
                tc.Add(new XElement("system-out", Clean(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Verdict}: {r.Iterations} iterations, {r.Steps} steps, strategy {r.Strategy}, seed {r.Seed}{(r.Exhausted ? ", bounded space exhausted" : "")}"))));
                suite.Add(tc);
            }
            suites.Add(suite);
        }
        suites.SetAttributeValue("tests", merged.Results.Count);
        suites.SetAttributeValue("failures", merged.Results.Count(c => !c.Passed && c.Crash is null));
        suites.SetAttributeValue("errors", merged.Results.Count(c => c.Crash is not null));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    public static void Write(MergedResults merged, string path)
    {
        var doc = Build(merged);
        AtomicFile.WriteAllText(path, doc.Declaration + "\n" + doc.ToString() + "\n");
    }

    private static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; a crashed child's output may contain them.</summary>
    internal static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            sb.Append(XmlConvertIsValid(ch) ? ch : '?');
        return sb.ToString();
    }

    private static bool XmlConvertIsValid(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
