using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using Weft.Tla;
using static Weft.Tla.YamlText;

namespace Weft.Schedules;

/// <summary>
/// Reads and writes schedule files (YAML, schema <c>weft-schedule/1</c>). Reading keeps YAML positions, so
/// every error names file, line and column and what was expected; unknown keys are errors.
/// </summary>
public static class ScheduleFile
{
    private const string SchemaTag = "weft-schedule/1";

    private static readonly string[] Keys =
    {
        "schema", "tool", "test", "strategy", "memory-model", "race-detector", "seed", "iteration", "bounds", "commit", "assembly", "bug", "minimized", "steps", "digest", "mutant",
    };

    public static string Serialize(Schedule s)
    {
        var root = new YamlMappingNode
        {
            { "schema", SchemaTag },
            { "tool", s.ToolVersion },
            { "test", s.TestId },
            { "strategy", s.Strategy },
        };
        // Written only when it is not SC: a schedule without the key (every schedule older than the weak mode) is SC.
        if (s.MemoryModel != MemoryModel.SC) root.Add("memory-model", MemoryModels.Name(s.MemoryModel));
        if (s.RaceDetector) root.Add("race-detector", "true"); // absent: off (every schedule older than the detector)
        // Absent: an unmutated run (every schedule older than the mutation check's record of it).
        if (s.OrderMutant is { } mutant) root.Add("mutant", MutantNode(mutant));
        root.Add("seed", s.Seed.ToString(CultureInfo.InvariantCulture));
        root.Add("iteration", s.Iteration.ToString(CultureInfo.InvariantCulture));
        root.Add("bounds", BoundsNode(s));
        root.Add("commit", s.Commit);
        if (s.TestAssembly is { } assembly) root.Add("assembly", AssemblyNode(assembly));
        if (s.Bug is { } b) root.Add("bug", BugNode(b));
        if (s.Minimization is { } m) root.Add("minimized", MinimizedNode(m));
        var steps = new YamlSequenceNode();
        foreach (var st in s.Steps) steps.Add(new YamlScalarNode(st.ToString()));
        root.Add("steps", steps);
        root.Add("digest", s.ComputeDigest());
        return DocumentText(root);
    }

    private static YamlMappingNode MutantNode(Engine.OrderMutant mutant) => new()
    {
        { "site", mutant.Site.Location },
        { "kind", Engine.OrderMutation.KindName(mutant.Site.Kind) },
        { "declared", Engine.OrderMutation.OrderName(mutant.Site.Declared) },
        { "weakened", Engine.OrderMutation.OrderName(mutant.Weakened) },
    };

    private static YamlMappingNode BoundsNode(Schedule s)
    {
        var bounds = new YamlMappingNode { { "max-steps", s.MaxSteps.ToString(CultureInfo.InvariantCulture) } };
        if (s.PreemptionBound is { } pb) bounds.Add("preemption-bound", pb.ToString(CultureInfo.InvariantCulture));
        bounds.Add("spurious-wakeups", s.SpuriousWakeups.ToString(CultureInfo.InvariantCulture));
        bounds.Add("liveness-threshold", s.LivenessThreshold.ToString(CultureInfo.InvariantCulture));
        return bounds;
    }

    private static YamlMappingNode AssemblyNode(TestAssemblyRecord assembly) => new()
    {
        { "name", assembly.Name },
        { "version", assembly.Version },
        { "path", new YamlScalarNode(assembly.Path) { Style = ScalarStyle.DoubleQuoted } },
        { "sha256", assembly.Sha256 },
    };

    private static YamlMappingNode BugNode(ScheduleBug b)
    {
        var bug = new YamlMappingNode
        {
            { "kind", KindName(b.Kind) },
            { "step", b.Step.ToString(CultureInfo.InvariantCulture) },
            { "thread", b.Thread.ToString(CultureInfo.InvariantCulture) },
        };
        if (b.Monitor is not null) bug.Add("monitor", b.Monitor);
        bug.Add("message", new YamlScalarNode(b.Message) { Style = ScalarStyle.DoubleQuoted });
        return bug;
    }

    private static YamlMappingNode MinimizedNode(ScheduleMinimization m)
    {
        var minimized = new YamlMappingNode
        {
            { "from", m.From },
            { "original-preemptions", m.OriginalPreemptions.ToString(CultureInfo.InvariantCulture) },
            { "original-steps", m.OriginalSteps.ToString(CultureInfo.InvariantCulture) },
            { "preemptions", m.Preemptions.ToString(CultureInfo.InvariantCulture) },
            { "steps", m.Steps.ToString(CultureInfo.InvariantCulture) },
        };
        if (m.WeakDecisions is { } weak)
        {
            minimized.Add("original-weak-decisions", (m.OriginalWeakDecisions ?? 0).ToString(CultureInfo.InvariantCulture));
            minimized.Add("weak-decisions", weak.ToString(CultureInfo.InvariantCulture));
        }
        return minimized;
    }

    /// <summary>The file's text: the replay hint, then the YAML document.</summary>
    private static string DocumentText(YamlMappingNode root)
    {
        var sb = new StringBuilder();
        sb.Append("# Weft schedule: replay with `weft replay <this file> --verbose` (a registered test), or run the test named\n" +
                  "# by test_id with WEFT_REPLAY=<this file> (a test that calls Checker.Check itself)\n");
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            new YamlStream(new YamlDocument(root)).Save(w, assignAnchors: false);
        }
        var text = sb.ToString();
        // YamlDotNet ends documents with an explicit "..." marker; drop it for readability.
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return text;
    }

    /// <summary>Writes <paramref name="s"/> into <paramref name="directory"/> (or the default) and returns the absolute path.</summary>
    public static string WriteNew(Schedule s, string? directory) => WriteNew(s, directory, "");

    /// <summary>As <see cref="WriteNew(Schedule, string?)"/>, with <paramref name="suffix"/> (such as <c>-minimized</c>) before the extension.</summary>
    public static string WriteNew(Schedule s, string? directory, string suffix)
    {
        directory ??= Environment.GetEnvironmentVariable("WEFT_SCHEDULE_DIR") ?? Path.Combine(".weft", "schedules");
        Directory.CreateDirectory(directory);
        var name = Sanitize(s.TestId) + "-" + (s.Bug is null ? "schedule" : KindName(s.Bug.Kind)) + "-" +
                   s.Seed.ToString("x", CultureInfo.InvariantCulture) + "-" + s.Iteration.ToString(CultureInfo.InvariantCulture) + suffix;
        var path = Path.GetFullPath(Path.Combine(directory, name + ".yaml"));
        int n = 1;
        while (File.Exists(path)) path = Path.GetFullPath(Path.Combine(directory, $"{name}-{++n}.yaml"));
        return Write(s, path);
    }

    /// <summary>
    /// Writes <paramref name="s"/> to <paramref name="path"/> (replacing it atomically) and returns the absolute path. A
    /// schedule of a test loaded from a user's assembly records that assembly (<see cref="ScheduleProvenance"/>).
    /// </summary>
    public static string Write(Schedule s, string path)
    {
        ArgumentNullException.ThrowIfNull(s);
        s = ScheduleProvenance.Stamp(s);
        path = Path.GetFullPath(path);
        if (Path.GetDirectoryName(path) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, Serialize(s));
        File.Move(tmp, path, overwrite: true);
        return path;
    }

    public static Schedule Read(string path)
    {
        return Parse(InputFile.ReadText(path, "schedule"), path);
    }

    public static Schedule Parse(string text, string file)
    {
        var node = YamlText.LoadSingleDocument(text, file, "a schedule");
        if (node is not YamlMappingNode root)
            throw Err(file, node, "expected a mapping with keys schema, tool, test, strategy, seed, iteration, bounds, commit, steps");
        var p = new Parser(file, root);
        return p.Build();
    }

    internal static string KindName(BugKind k) => k switch
    {
        BugKind.Assertion => "assertion",
        BugKind.UnhandledException => "unhandled-exception",
        BugKind.Deadlock => "deadlock",
        BugKind.Liveness => "liveness",
        BugKind.StepBoundExceeded => "step-bound",
        BugKind.UncontrolledBlocking => "uncontrolled-blocking",
        BugKind.DataRace => "data-race",
        _ => k.ToString(),
    };

    private static readonly Dictionary<string, BugKind> KindsByName = BuildKinds();

    private static Dictionary<string, BugKind> BuildKinds()
    {
        var d = new Dictionary<string, BugKind>(StringComparer.Ordinal);
        foreach (BugKind k in Enum.GetValues<BugKind>()) d[KindName(k)] = k;
        return d;
    }

    private static readonly Dictionary<string, OpKind> OpsByName = BuildOps();

    private static Dictionary<string, OpKind> BuildOps()
    {
        var d = new Dictionary<string, OpKind>(StringComparer.Ordinal);
        foreach (OpKind k in Enum.GetValues<OpKind>()) d[Engine.ControlledThread.OpName(k)] = k;
        return d;
    }

    private static string Sanitize(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id) sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return sb.ToString();
    }

    /// <summary>Maps the YAML tree to a <see cref="Schedule"/>, with a precise error for every departure from the schema.</summary>
    private sealed class Parser
    {
        private readonly string _file;
        private readonly YamlMappingNode _root;

        public Parser(string file, YamlMappingNode root)
        {
            _file = file;
            _root = root;
        }

        public Schedule Build()
        {
            var seen = ReadKeys();
            var schema = Scalar(Require(seen, "schema"), "the schema tag");
            if (schema != SchemaTag)
                throw Err(_file, seen["schema"], $"unsupported schema '{schema}'; expected '{SchemaTag}'");
            var bounds = ParseBounds(seen);
            var seed = ParseSeed(seen);

            ScheduleBug? bug = null;
            if (seen.TryGetValue("bug", out var bugNode)) bug = ParseBug(bugNode);
            ScheduleMinimization? minimization = null;
            if (seen.TryGetValue("minimized", out var minNode)) minimization = ParseMinimization(minNode);
            TestAssemblyRecord? assembly = null;
            if (seen.TryGetValue("assembly", out var assemblyNode)) assembly = ParseAssembly(assemblyNode);
            Engine.OrderMutant? mutant = null;
            if (seen.TryGetValue("mutant", out var mutantNode)) mutant = ParseMutant(mutantNode);
            var model = ParseMemoryModel(seen);
            bool raceDetector = ParseRaceDetector(seen);
            var (steps, positions) = ParseSteps(seen);

            var schedule = new Schedule
            {
                ToolVersion = Scalar(Require(seen, "tool"), "the tool version"),
                TestId = Scalar(Require(seen, "test"), "a test id"),
                Strategy = Scalar(Require(seen, "strategy"), "a strategy name"),
                Seed = seed,
                Iteration = Int(Require(seen, "iteration"), "iteration", 0),
                MaxSteps = bounds.MaxSteps,
                PreemptionBound = bounds.PreemptionBound,
                SpuriousWakeups = bounds.SpuriousWakeups,
                LivenessThreshold = bounds.LivenessThreshold,
                MemoryModel = model,
                RaceDetector = raceDetector,
                OrderMutant = mutant,
                OrderMutantPosition = mutantNode is YamlMappingNode mm ? Position(mm.Children[new YamlScalarNode("site")]) : null, // the site: what an error about it names
                Commit = Scalar(Require(seen, "commit"), "a commit id"),
                TestAssembly = assembly,
                Bug = bug,
                Minimization = minimization,
                Steps = steps,
                SourceFile = _file,
                StepPositions = positions,
            };
            if (bug is not null && bug.Step > schedule.ThreadStepCount)
                throw Err(_file, ((YamlMappingNode)bugNode!).Children[new YamlScalarNode("step")],
                    $"bug step {bug.Step} is beyond the {schedule.ThreadStepCount} recorded steps");
            CheckDigest(seen, schedule);
            return schedule;
        }

        /// <summary>The top-level keys and their values; an unknown or repeated key is an error.</summary>
        private Dictionary<string, YamlNode> ReadKeys()
        {
            var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in _root.Children)
            {
                var key = Scalar(k, "a key");
                if (Array.IndexOf(Keys, key) < 0)
                    throw Err(_file, k, $"unknown key '{key}'; expected one of {string.Join(", ", Keys)}");
                if (!seen.TryAdd(key, v)) throw Err(_file, k, $"duplicate key '{key}'");
            }
            return seen;
        }

        private readonly record struct Bounds(int MaxSteps, int? PreemptionBound, int SpuriousWakeups, int LivenessThreshold);

        private Bounds ParseBounds(Dictionary<string, YamlNode> seen)
        {
            var bounds = Require(seen, "bounds") as YamlMappingNode
                         ?? throw Err(_file, seen["bounds"], "expected a mapping with max-steps (and optionally preemption-bound, spurious-wakeups, liveness-threshold)");
            int maxSteps = 0, spurious = 0, liveness = 0;
            int? pb = null;
            bool hasMax = false;
            foreach (var (k, v) in bounds.Children)
            {
                switch (Scalar(k, "a key"))
                {
                    case "max-steps": maxSteps = Int(v, "max-steps", 1); hasMax = true; break;
                    case "preemption-bound": pb = Int(v, "preemption-bound", 0); break;
                    case "spurious-wakeups": spurious = Int(v, "spurious-wakeups", 0); break;
                    case "liveness-threshold": liveness = Int(v, "liveness-threshold", 0); break;
                    default: throw Err(_file, k, $"unknown bound '{((YamlScalarNode)k).Value}'; expected max-steps, preemption-bound, spurious-wakeups or liveness-threshold");
                }
            }
            if (!hasMax) throw Err(_file, bounds, "missing key 'max-steps' in bounds");
            return new Bounds(maxSteps, pb, spurious, liveness);
        }

        private ulong ParseSeed(Dictionary<string, YamlNode> seen)
        {
            var seedNode = Require(seen, "seed");
            if (!ulong.TryParse(Scalar(seedNode, "a seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                throw Err(_file, seedNode, "expected an unsigned 64-bit integer seed");
            return seed;
        }

        /// <summary>The memory model; absent: SC (every schedule older than the weak mode).</summary>
        private MemoryModel ParseMemoryModel(Dictionary<string, YamlNode> seen)
        {
            var model = MemoryModel.SC;
            if (seen.TryGetValue("memory-model", out var modelNode))
            {
                if (!MemoryModels.TryParse(Scalar(modelNode, "a memory model"), out model, out var modelError))
                    throw Err(_file, modelNode, modelError);
            }
            return model;
        }

        /// <summary>Whether the race detector ran; absent: off (every schedule older than the detector).</summary>
        private bool ParseRaceDetector(Dictionary<string, YamlNode> seen)
        {
            if (!seen.TryGetValue("race-detector", out var raceNode)) return false;
            return Scalar(raceNode, "true or false") switch
            {
                "true" => true,
                "false" => false,
                _ => throw Err(_file, raceNode, "expected true or false for race-detector"),
            };
        }

        /// <summary>The steps and where each is in the file.</summary>
        private (List<ScheduleStep> Steps, List<SourcePosition> Positions) ParseSteps(Dictionary<string, YamlNode> seen)
        {
            var stepsNode = Require(seen, "steps") as YamlSequenceNode
                            ?? throw Err(_file, seen["steps"], "expected a sequence of steps ('t<thread> <op> [file:line]' or 'v<value>')");
            var steps = new List<ScheduleStep>(stepsNode.Children.Count);
            var positions = new List<SourcePosition>(stepsNode.Children.Count);
            foreach (var n in stepsNode.Children)
            {
                steps.Add(ParseStep(n));
                positions.Add(new SourcePosition(n.Start.Line, n.Start.Column));
            }
            return (steps, positions);
        }

        /// <summary>A digest, when present, must match the content: a file edited after it was written is refused.</summary>
        private void CheckDigest(Dictionary<string, YamlNode> seen, Schedule schedule)
        {
            if (!seen.TryGetValue("digest", out var dNode)) return;
            var digest = Scalar(dNode, "a digest");
            var actual = schedule.ComputeDigest();
            if (!string.Equals(digest, actual, StringComparison.Ordinal))
                throw Err(_file, dNode, $"digest does not match the schedule's content (the file was edited after it was written); expected {actual}. Remove the digest line to replay a hand-edited schedule");
        }

        private ScheduleBug ParseBug(YamlNode node)
        {
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a mapping with kind, step, thread and message");
            BugKind? kind = null;
            int step = -1, thread = -1;
            string? monitor = null, message = null;
            foreach (var (k, v) in m.Children)
            {
                switch (Scalar(k, "a key"))
                {
                    case "kind":
                        var ks = Scalar(v, "a bug kind");
                        if (!KindsByName.TryGetValue(ks, out var kk))
                            throw Err(_file, v, $"unknown bug kind '{ks}'; expected one of {string.Join(", ", KindsByName.Keys)}");
                        kind = kk;
                        break;
                    case "step": step = Int(v, "step", 0); break;
                    case "thread": thread = Int(v, "thread", -1); break;
                    case "monitor": monitor = Scalar(v, "a monitor name"); break;
                    case "message": message = Scalar(v, "a message"); break;
                    default: throw Err(_file, k, $"unknown key '{((YamlScalarNode)k).Value}' in bug; expected kind, step, thread, monitor or message");
                }
            }
            if (kind is null) throw Err(_file, m, "missing key 'kind' in bug");
            if (step < 0) throw Err(_file, m, "missing key 'step' in bug");
            return new ScheduleBug(kind.Value, step, thread, monitor, message ?? "");
        }

        private TestAssemblyRecord ParseAssembly(YamlNode node)
        {
            const string Expected = "name, version, path and sha256";
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a mapping with " + Expected);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = Scalar(k, "a key");
                if (key is not ("name" or "version" or "path" or "sha256"))
                    throw Err(_file, k, $"unknown key '{key}' in assembly; expected {Expected}");
                values[key] = Scalar(v, key);
            }
            foreach (var key in new[] { "name", "version", "path", "sha256" })
                if (!values.ContainsKey(key)) throw Err(_file, m, $"missing key '{key}' in assembly");
            return new TestAssemblyRecord(values["name"], values["version"], values["path"], values["sha256"])
            {
                Position = new SourcePosition(node.Start.Line, node.Start.Column),
            };
        }

        private ScheduleMinimization ParseMinimization(YamlNode node)
        {
            const string Expected = "from, original-preemptions, original-steps, preemptions and steps (and, under a weak memory model, original-weak-decisions and weak-decisions)";
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a mapping with " + Expected);
            string? from = null;
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = Scalar(k, "a key");
                switch (key)
                {
                    case "from": from = Scalar(v, "a schedule name"); break;
                    case "original-preemptions" or "original-steps" or "preemptions" or "steps" or "original-weak-decisions" or "weak-decisions": numbers[key] = Int(v, key, 0); break;
                    default: throw Err(_file, k, $"unknown key '{key}' in minimized; expected {Expected}");
                }
            }
            if (from is null) throw Err(_file, m, "missing key 'from' in minimized");
            foreach (var key in new[] { "original-preemptions", "original-steps", "preemptions", "steps" })
                if (!numbers.ContainsKey(key)) throw Err(_file, m, $"missing key '{key}' in minimized");
            if (numbers.ContainsKey("weak-decisions") != numbers.ContainsKey("original-weak-decisions"))
                throw Err(_file, m, "minimized: original-weak-decisions and weak-decisions go together");
            return new ScheduleMinimization(from, numbers["original-preemptions"], numbers["original-steps"], numbers["preemptions"], numbers["steps"])
            {
                OriginalWeakDecisions = numbers.TryGetValue("original-weak-decisions", out var ow) ? ow : null,
                WeakDecisions = numbers.TryGetValue("weak-decisions", out var w) ? w : null,
            };
        }

        /// <summary>
        /// The <c>mutant</c> mapping: site (<c>file:line</c>), kind, declared order and weakened order, which must be one of
        /// the declared order's one-step weakenings for that kind (<see cref="Engine.OrderMutation.Weakenings"/>). Whether the
        /// site exists is known only when the test runs: replay reports a mutant whose site it never reached.
        /// </summary>
        private Engine.OrderMutant ParseMutant(YamlNode node)
        {
            const string Expected = "site, kind, declared and weakened";
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a mapping with " + Expected);
            var values = new Dictionary<string, (string Text, YamlNode Node)>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = Scalar(k, "a key");
                if (key is not ("site" or "kind" or "declared" or "weakened"))
                    throw Err(_file, k, $"unknown key '{key}' in mutant; expected {Expected}");
                values[key] = (Scalar(v, key), v);
            }
            foreach (var key in new[] { "site", "kind", "declared", "weakened" })
                if (!values.ContainsKey(key)) throw Err(_file, m, $"missing key '{key}' in mutant");
            var (site, siteNode) = values["site"];
            int colon = site.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(site.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
                throw Err(_file, siteNode, $"mutant site '{site}': expected 'file:line' (an atomics call site, e.g. impl/src/Reclamation/IbrReclaimer.cs:120)");
            var kind = Engine.OrderMutation.ParseKind(values["kind"].Text)
                       ?? throw Err(_file, values["kind"].Node, $"unknown mutant kind '{values["kind"].Text}'; expected load, store, rmw or fence");
            var declared = Engine.OrderMutation.ParseOrder(values["declared"].Text)
                           ?? throw Err(_file, values["declared"].Node, $"unknown memory order '{values["declared"].Text}'; expected seq_cst, acq_rel, acquire, release or relaxed");
            var weakened = Engine.OrderMutation.ParseOrder(values["weakened"].Text)
                           ?? throw Err(_file, values["weakened"].Node, $"unknown memory order '{values["weakened"].Text}'; expected seq_cst, acq_rel, acquire, release or relaxed");
            var allowed = Engine.OrderMutation.Weakenings(kind, declared);
            if (Array.IndexOf(allowed, weakened) < 0)
                throw Err(_file, values["weakened"].Node,
                    $"'{values["weakened"].Text}' is not a one-step weakening of a {values["kind"].Text} declared {values["declared"].Text}; expected " +
                    (allowed.Length == 0 ? "none (it has no weaker order)" : string.Join(" or ", Array.ConvertAll(allowed, Engine.OrderMutation.OrderName))));
            return new Engine.OrderMutant(new Engine.OrderSite(site[..colon], line, kind, declared), weakened);
        }

        private ScheduleStep ParseStep(YamlNode node)
        {
            var text = Scalar(node, "a step");
            // At most three parts: the location (a file name) may itself contain spaces.
            var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) throw Err(_file, node, "empty step; expected 't<thread> <op> [file:line]' or 'v<value>'");
            var head = parts[0];
            if (head.Length >= 2 && head[0] == 'v' && parts.Length == 1 && int.TryParse(head.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return ScheduleStep.ForValue(value);
            if (head.Length >= 2 && head[0] == 't' && int.TryParse(head.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var thread))
            {
                if (parts.Length < 2 || parts.Length > 3)
                    throw Err(_file, node, $"step '{text}': expected 't<thread> <op> [file:line]'");
                if (!OpsByName.TryGetValue(parts[1], out var op))
                    throw new WeftInputException(_file, node.Start.Line, node.Start.Column + text.IndexOf(parts[1], parts[0].Length, StringComparison.Ordinal),
                        $"step '{text}': unknown operation '{parts[1]}'; expected one of {string.Join(", ", OpsByName.Keys)}");
                var loc = parts.Length == 3 ? parts[2] : "";
                if (loc.Length > 0 && loc.LastIndexOf(':') is var colon && (colon <= 0 || !int.TryParse(loc.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                    throw new WeftInputException(_file, node.Start.Line, node.Start.Column + text.LastIndexOf(loc, StringComparison.Ordinal),
                        $"step '{text}': expected a location 'file:line', found '{loc}'");
                return ScheduleStep.ForThread(thread, op, loc);
            }
            throw Err(_file, node, $"step '{text}': expected 't<thread> <op> [file:line]' or 'v<value>'");
        }

        private static SourcePosition Position(YamlNode node) => new(node.Start.Line, node.Start.Column);

        private YamlNode Require(Dictionary<string, YamlNode> seen, string key) =>
            seen.TryGetValue(key, out var n) ? n : throw Err(_file, _root, $"missing key '{key}'");

        private string Scalar(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } v } ? v : throw Err(_file, node, $"expected {what} (a scalar)");

        private int Int(YamlNode node, string what, int min)
        {
            var s = Scalar(node, what);
            if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < min)
                throw Err(_file, node, $"{what}: expected an integer >= {min}, found '{s}'");
            return v;
        }
    }
}
