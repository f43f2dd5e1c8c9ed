using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Tla;

namespace Weft.Specs;

/// <summary>The C# models of the specs in tla/, by module name, and replay of trace files against them.</summary>
public static class SpecModels
{
    public static IReadOnlyList<SpecModel> All { get; } = new SpecModel[]
    {
        new TreiberModel(), new IbrModel(), new DebraModel(), new FutexMutexModel(), new SemaphoreModel(), new EventModel(), new ScqModel(), new LcrqModel(), new WcqModel(),
        new SkipListModel(), new LazySkipListModel(), new EfrbTreeModel(), new RegionRcModel(), new NmTreeModel(),
        new RingListModel(), new GuardedShmModel(),
    };

    public static SpecModel Find(string spec) =>
        All.FirstOrDefault(m => m.Spec == spec)
        ?? throw new WeftInputException($"no C# model for spec {spec}; models exist for {string.Join(", ", All.Select(m => m.Spec))}");

    /// <summary>
    /// Replays a trace file: refuses a stale trace (its spec changed since it was recorded), reads the model constants
    /// from the configuration the trace was recorded with (<c>tla/&lt;Spec&gt;/&lt;config&gt;</c>), and runs it
    /// against the implementation through the spec's model.
    /// </summary>
    public static TraceReplayResult ReplayFile(string path, string? repoRoot = null, CheckOptions? options = null)
    {
        if (!File.Exists(path) && !Path.IsPathRooted(path))
        {
            // A path relative to the repository (what a test running in bin/ would write).
            var root = repoRoot ?? TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory());
            if (root is not null && File.Exists(Path.Combine(root, path))) path = Path.Combine(root, path);
        }
        var trace = TraceFile.Load(path);
        repoRoot ??= TlaSpec.FindRepoRoot(Path.GetDirectoryName(Path.GetFullPath(path))!)
            ?? TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory())
            ?? throw new WeftInputException($"{path}: cannot find the repository (a directory with tla/) above the trace");
        TraceFile.CheckFresh(trace, repoRoot);
        var specDir = Path.GetDirectoryName(Path.Combine(repoRoot, trace.SpecFile))!;
        var constants = TlcConfig.ReadConstants(TraceFile.ConfigPath(trace, specDir));
        return TraceReplay.Run(trace, Find(trace.Spec), constants, options);
    }
}
