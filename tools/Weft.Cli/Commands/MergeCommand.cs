using System.CommandLine;
using System.IO;
using System.Linq;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft merge &lt;dirs...&gt; [--out dir]</c>: merges the results of nightly shards, deduplicates bugs by monitor and
/// location, and writes junit.xml and the conformance report. Exit 2 when any test failed, 0 otherwise.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "Output directories of weft nightly shards", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Where to write junit.xml and the report", DefaultValueFactory = _ => Path.Combine(".weft", "merged") };
        var tlc = new Option<string?>("--tlc-results") { Description = "TLC results (tlc.json) to include in the report" };
        var root = new Option<string?>("--root") { Description = "The Weft repository (default: found above the current directory; with --assembly, none: a report on those tests alone)" };
        var assembly = AssemblyOption.Create();
        var cmd = new Command("merge", "Merge nightly shard results: deduplicated bugs, JUnit XML and the conformance report") { dirs, outDir, tlc, root, assembly };
        cmd.SetAction(p => Program.Guard(() =>
        {
            AssemblyOption.Apply(p, assembly);
            var inputs = p.GetValue(dirs)!;
            var merged = ResultMerger.Merge(inputs);
            var dir = OutputDirectory.Prepare("--out", p.GetValue(outDir));
            var junit = Path.Combine(dir, "junit.xml");
            JUnitWriter.Write(merged, junit);
            Ui.Line($"merged {inputs.Length} result logs: {merged.Results.Count} test results, {merged.Bugs.Count} distinct bugs, {merged.Failures} failures");
            foreach (var b in merged.Bugs)
                Ui.Line($"  {(b.Expected ? "expected" : "BUG")}  {b.Key}  x{b.Occurrences}  ({string.Join(", ", b.Tests)})");
            var silent = merged.MonitorEvents.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList();
            if (silent.Count > 0) Ui.Line($"  monitors that observed no event in any test: {string.Join(", ", silent)}");
            Ui.Line("  wrote " + junit);
            var repo = ConformCommand.Repository(p.GetValue(root));
            var runs = p.GetValue(tlc) is { } t ? TlcRunner.Load(OutputDirectory.ExistingFile("--tlc-results", t)) : null;
            int code = ConformCommand.Write(repo, dir, merged, "merged results of " + string.Join(", ", inputs), runs);
            return merged.Failures > 0 ? Program.BugFound : code;
        }));
        return cmd;
    }
}
