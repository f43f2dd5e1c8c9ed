using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Weft.Rewriter;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft rewrite &lt;assembly.dll&gt;... [--out DIR]</c>: rewrites unmodified .NET assemblies so that their calls to
/// <c>Interlocked</c>, <c>Volatile</c>, <c>Monitor</c> (<c>lock</c>), <c>Thread</c>, <c>SemaphoreSlim</c> and
/// <c>ManualResetEventSlim</c>, and their <c>volatile</c> field accesses, are scheduling points of Weft's engine
/// (<see cref="AssemblyRewriter"/>). In place by default (with the .pdb), or into <c>--out</c>. Prints what each
/// assembly had redirected; an assembly already rewritten is left as it is. Exit 0, or 1 on bad input.
/// <c>weft explore/list/replay/nightly --assembly</c> rewrite on the fly (into a cache), so this command is only needed
/// to inspect or ship rewritten files.
/// </summary>
internal static class RewriteCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("assembly") { Description = "The assemblies (.dll) to rewrite", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "The folder to write the rewritten assemblies to (default: rewrite in place)" };
        var cmd = new Command("rewrite", "Rewrite unmodified .NET assemblies so that Interlocked, lock/Monitor, Volatile, Thread, SemaphoreSlim and ManualResetEventSlim are controlled by the scheduler")
        {
            inputs, output,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var outDir = p.GetValue(output);
            if (outDir is not null && File.Exists(outDir)) throw new WeftInputException($"--out {outDir}: is a file; expected a folder");
            foreach (var input in p.GetValue(inputs)!.Distinct(StringComparer.Ordinal))
                Report(AssemblyRewriter.Rewrite(input, outDir is null ? input : Path.Combine(outDir, Path.GetFileName(input))));
            return Program.Ok;
        }));
        return cmd;
    }

    private static void Report(RewriteOutcome outcome)
    {
        var where = string.Equals(Path.GetFullPath(outcome.Input), Path.GetFullPath(outcome.Output), StringComparison.Ordinal) ? "in place" : "-> " + outcome.Output;
        if (outcome.AlreadyRewritten)
        {
            Ui.Line($"{outcome.Input}: already rewritten by weft; left as it is {where}");
            return;
        }
        var tally = outcome.Tally;
        Ui.Line($"{outcome.Input}: {tally.RedirectedTotal} redirected ({RewriteTally.Describe(tally.Redirected)}); " +
                $"uncontrolled blocking calls noted for the watchdog: {RewriteTally.Describe(tally.Uncontrolled)}; {where}");
        foreach (var skipped in tally.Skipped) Ui.Line($"  not rewritten: {skipped}");
    }
}
