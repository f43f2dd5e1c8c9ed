using System.CommandLine;
using System.IO;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft trace import &lt;tlc-output&gt; [--spec-dir tla/X] [--config C] [--out traces/X]</c>: reads a raw TLC
/// <c>-tool</c> output (with its provenance file and, for a simulation, its trace modules), checks every action
/// against the spec, and writes YAML traces (schema weft-trace/1) with the raw files kept beside them.
/// Exit 0 when traces were written, 1 on bad input (reported as file:line:col).
/// </summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("tlc-output") { Description = "Raw TLC -tool output, e.g. written by weft tlc" };
        var specDir = new Option<string?>("--spec-dir") { Description = "The spec folder (default: from the provenance file, else the module TLC parsed)" };
        var config = new Option<string?>("--config") { Description = "The TLC configuration (default: from the provenance file, else <output stem>.cfg)" };
        var outDir = new Option<string?>("--out") { Description = "Where to write the traces (default traces/<Spec>)" };
        var import = new Command("import", "Import a TLC counterexample or simulation as YAML traces") { output, specDir, config, outDir };
        import.SetAction(p => Program.Guard(() =>
        {
            var root = TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory())
                       ?? throw new WeftInputException("not inside a Weft repository (no Weft.slnx in this folder or above); run from the repository");
            var r = TraceImporter.Import(p.GetValue(output)!, p.GetValue(specDir), p.GetValue(config), p.GetValue(outDir), root);
            foreach (var t in r.Traces) Ui.Line("wrote " + Show(t));
            foreach (var f in r.RawFiles) Ui.Line("kept  " + Show(f));
            return Program.Ok;
        }));
        return new Command("trace", "TLC traces: import TLC's, export the engine's, search the spec's workload") { import, TraceExportCommand.Create(), TraceSearchCommand.Create() };
    }

    /// <summary>A path relative to the current folder when it is below it, else absolute.</summary>
    private static string Show(string path)
    {
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..", System.StringComparison.Ordinal) ? path : rel;
    }
}
