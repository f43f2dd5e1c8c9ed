using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using static Weft.Tla.YamlText;

namespace Weft.Tla;

/// <summary>
/// Reads and writes trace files (YAML, schema <c>weft-trace/1</c>): the provenance of a TLC trace (spec, spec and
/// config SHA-256, TLC version, command, date, kind, violation, lasso, the raw TLC output kept beside the file), then
/// its steps, each with <c>step</c>, <c>action</c>, <c>params</c> (TLA+ values), <c>location</c> and <c>state</c>
/// (variable to TLA+ value). Values are read with <see cref="TlaValueReader"/>; every error names file, line and
/// column (inside a value, the position of the offending character) and what was expected. Unknown keys are errors.
/// </summary>
public static class TraceFile
{
    public const string SchemaTag = "weft-trace/1";

    private static readonly string[] Keys =
    {
        "schema", "spec", "spec_file", "spec_sha256", "config", "config_sha256", "tlc_version", "command", "date",
        "kind", "violation", "loops_back_to", "raw_output", "steps",
    };

    private static readonly string[] Optional = { "violation", "loops_back_to", "raw_output" };
    private static readonly string[] StepKeys = { "step", "action", "params", "location", "state" };
    private static readonly string[] ViolationKinds = { "invariant", "property", "deadlock", "assertion", "error" };

    public static string KindName(TraceKind k) => k == TraceKind.Counterexample ? "counterexample" : "simulation";

    public static string Serialize(Trace t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var root = new YamlMappingNode
        {
            { "schema", SchemaTag },
            { "spec", t.Spec },
            { "spec_file", t.SpecFile },
            { "spec_sha256", t.SpecSha256 },
            { "config", t.Config },
            { "config_sha256", t.ConfigSha256 },
            { "tlc_version", Quoted(t.TlcVersion) },
            { "command", Quoted(t.Command) },
            { "date", t.Date },
            { "kind", KindName(t.Kind) },
        };
        if (t.Violation is { } v)
        {
            var vm = new YamlMappingNode { { "kind", v.Kind } };
            if (v.Name is not null) vm.Add("name", v.Name);
            vm.Add("message", Quoted(v.Message));
            root.Add("violation", vm);
        }
        if (t.LoopsBackTo is { } loop) root.Add("loops_back_to", loop.ToString(CultureInfo.InvariantCulture));
        if (t.RawOutput is not null) root.Add("raw_output", t.RawOutput);
        var steps = new YamlSequenceNode();
        foreach (var s in t.Steps)
        {
            var step = new YamlMappingNode
            {
                { "step", s.Index.ToString(CultureInfo.InvariantCulture) },
                { "action", s.Action },
            };
            var ps = new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
            foreach (var p in s.Parameters) ps.Add(Value(p));
            step.Add("params", ps);
            if (s.Location is not null) step.Add("location", s.Location);
            var state = new YamlMappingNode();
            foreach (var (name, value) in s.State) state.Add(name, Value(value));
            step.Add("state", state);
            steps.Add(step);
        }
        root.Add("steps", steps);
        var sb = new StringBuilder();
        sb.Append("# Weft trace of a TLC run (schema ").Append(SchemaTag).Append("); the raw TLC output is raw_output, beside this file\n");
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            new YamlStream(new YamlDocument(root)).Save(new Emitter(w, 2, int.MaxValue), assignAnchors: false);
        }
        var text = sb.ToString();
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return text;
    }

    private static YamlScalarNode Quoted(string s) => new(s) { Style = ScalarStyle.DoubleQuoted };

    /// <summary>A TLA+ value as a YAML scalar: plain where YAML allows it, quoted otherwise (sets, records, strings).</summary>
    private static YamlScalarNode Value(TlaValue v)
    {
        var text = v.ToString();
        bool plain = text.Length > 0 && text[0] is not ('{' or '[' or '"' or '(' or '-' or '\'')
                     && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
                     && !text.Contains('\n', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal)
                     && !text.Contains('\\', StringComparison.Ordinal) && text.All(c => !char.IsControl(c));
        return new YamlScalarNode(text) { Style = plain ? ScalarStyle.Plain : ScalarStyle.SingleQuoted };
    }

    /// <summary>Writes <paramref name="t"/> to <paramref name="path"/> atomically (a temporary file, then a rename).</summary>
    public static void Write(Trace t, string path) => WriteAtomically(path, Serialize(t));

    internal static void WriteAtomically(string path, string text)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = full + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(tmp, text);
        File.Move(tmp, full, overwrite: true);
    }

    /// <summary>
    /// The trace files under <paramref name="dir"/> and its subfolders, in ordinal order: the <c>*.yaml</c> files
    /// except the provenance records (<c>*.provenance.yaml</c>) that <c>weft tlc</c> keeps beside raw outputs.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string dir) =>
        !Directory.Exists(dir)
            ? Array.Empty<string>()
            : Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".provenance.yaml", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

    public static Trace Load(string path)
    {
        return Parse(InputFile.ReadText(path, "trace"), path) with { Path = path };
    }

    public static Trace Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var node = YamlText.LoadSingleDocument(text, file, "a trace");
        if (node is not YamlMappingNode root)
            throw Err(file, node, $"expected a mapping with keys {string.Join(", ", Keys)}");
        return new Parser(file, root).Build();
    }

    /// <summary>
    /// Refuses a stale trace: throws when the SHA-256 of the trace's spec file in <paramref name="repoRoot"/> differs
    /// from the hash recorded in the trace, naming both hashes and the command that regenerates the trace.
    /// </summary>
    public static void CheckFresh(Trace trace, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var name = trace.Path ?? $"{trace.Spec} {trace.Config}";
        var specPath = ProjectPath.Resolve(repoRoot, trace.SpecFile, "spec_file", name);
        if (!File.Exists(specPath))
            throw new WeftInputException($"trace {name} is stale: its spec {trace.SpecFile} does not exist in {repoRoot}");
        var actual = TlaSpec.Sha256OfFile(specPath);
        if (!string.Equals(actual, trace.SpecSha256, StringComparison.OrdinalIgnoreCase))
        {
            var message = $"trace {name} is stale: spec {trace.SpecFile} has changed since it was recorded (sha {trace.SpecSha256} vs {actual}); regenerate with: {RegenerateCommand(trace)}";
            // Point at the recorded hash when the trace came from a file.
            if (trace.Path is { } path && File.Exists(path))
            {
                int line = 0;
                foreach (var l in InputFile.ReadText(path, "trace").Split('\n'))
                {
                    line++;
                    if (l.StartsWith("spec_sha256:", StringComparison.Ordinal))
                        throw new WeftInputException(path, line, "spec_sha256: ".Length + 1, message);
                }
            }
            throw new WeftInputException(message);
        }
    }

    /// <summary>The trace's configuration file in <paramref name="specDir"/>; an input error when its name leads elsewhere.</summary>
    public static string ConfigPath(Trace trace, string specDir)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return ProjectPath.Resolve(specDir, trace.Config, "config", trace.Path ?? $"{trace.Spec} {trace.Config}");
    }

    /// <summary>The commands that regenerate and re-import a trace.</summary>
    public static string RegenerateCommand(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var dir = System.IO.Path.GetDirectoryName(trace.SpecFile)?.Replace('\\', '/') ?? "tla/" + trace.Spec;
        return trace.Kind == TraceKind.Counterexample
            ? $"weft tlc {dir} --config {trace.Config} --out traces/{trace.Spec} && weft trace import traces/{trace.Spec}/{ConfigStem(trace.Config)}.out"
            : $"weft tlc {dir} --config {trace.Config} --simulate {Flag(trace.Command, @"num=(\d+)", "N")} --depth {Flag(trace.Command, @"-depth (\d+)", "D")} --seed {Flag(trace.Command, @"-seed (-?\d+)", "S")} --out traces/{trace.Spec} && weft trace import traces/{trace.Spec}/{ConfigStem(trace.Config)}.sim.out";
    }

    private static string Flag(string command, string pattern, string unknown) =>
        System.Text.RegularExpressions.Regex.Match(command, pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant) is { Success: true } m ? m.Groups[1].Value : unknown;

    internal static string ConfigStem(string config) => System.IO.Path.GetFileNameWithoutExtension(config);

    private sealed class Parser
    {
        private readonly string _file;
        private readonly YamlMappingNode _root;

        public Parser(string file, YamlMappingNode root)
        {
            _file = file;
            _root = root;
        }

        public Trace Build()
        {
            var seen = Fields(_root, Keys, "");
            foreach (var k in Keys)
                if (Array.IndexOf(Optional, k) < 0 && !seen.ContainsKey(k))
                    throw Err(_file, _root, $"missing key '{k}'");
            var schema = Scalar(seen["schema"], "the schema tag");
            if (schema != SchemaTag) throw Err(_file, seen["schema"], $"unsupported schema '{schema}'; expected '{SchemaTag}'");
            var kindText = Scalar(seen["kind"], "a trace kind");
            TraceKind kind = kindText switch
            {
                "counterexample" => TraceKind.Counterexample,
                "simulation" => TraceKind.Simulation,
                _ => throw Err(_file, seen["kind"], $"unknown trace kind '{kindText}'; expected counterexample or simulation"),
            };
            TraceViolation? violation = seen.TryGetValue("violation", out var vn) ? Violation(vn) : null;
            if (kind == TraceKind.Counterexample && violation is null)
                throw Err(_file, _root, "missing key 'violation' (a counterexample says what it violates)");

            var stepsNode = seen["steps"] as YamlSequenceNode
                            ?? throw Err(_file, seen["steps"], "expected a sequence of steps (mappings with step, action, params, location, state)");
            if (stepsNode.Children.Count == 0) throw Err(_file, stepsNode, "expected at least one step");
            var steps = new List<TraceStep>(stepsNode.Children.Count);
            foreach (var n in stepsNode.Children) steps.Add(Step(n, steps));

            int? loop = null;
            if (seen.TryGetValue("loops_back_to", out var ln))
            {
                loop = Int(ln, "loops_back_to", 1);
                if (loop >= steps.Count)
                    throw Err(_file, ln, $"loops_back_to: expected a step before the last one (1..{steps.Count - 1}), found {loop}");
                var last = steps[^1];
                if (!SameState(last.State, steps[loop.Value - 1].State))
                    throw Err(_file, ln, $"loops_back_to: expected the last step's state to equal the state of step {loop}");
            }
            return new Trace(
                Scalar(seen["spec"], "a spec name"),
                RepoPath(seen["spec_file"], "the spec's path (tla/<Spec>/<Spec>.tla)"),
                Sha(seen["spec_sha256"]),
                FileName(seen["config"], "a TLC configuration file name (in the spec's folder)"),
                Sha(seen["config_sha256"]),
                Scalar(seen["tlc_version"], "TLC's version line"),
                Scalar(seen["command"], "the TLC command"),
                Scalar(seen["date"], "a date"),
                kind,
                violation,
                loop,
                seen.TryGetValue("raw_output", out var raw) ? Scalar(raw, "the raw output's file name") : null,
                steps);
        }

        private static bool SameState(IReadOnlyDictionary<string, TlaValue> a, IReadOnlyDictionary<string, TlaValue> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));

        private Dictionary<string, YamlNode> Fields(YamlMappingNode m, string[] allowed, string where)
        {
            var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = Scalar(k, "a key");
                if (Array.IndexOf(allowed, key) < 0)
                    throw Err(_file, k, $"unknown key '{key}'{where}; expected one of {string.Join(", ", allowed)}");
                if (!seen.TryAdd(key, v)) throw Err(_file, k, $"duplicate key '{key}'{where}");
            }
            return seen;
        }

        private TraceViolation Violation(YamlNode node)
        {
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a mapping with kind, name and message");
            var f = Fields(m, new[] { "kind", "name", "message" }, " in violation");
            if (!f.TryGetValue("kind", out var kn)) throw Err(_file, m, "missing key 'kind' in violation");
            var kind = Scalar(kn, "a violation kind");
            if (Array.IndexOf(ViolationKinds, kind) < 0)
                throw Err(_file, kn, $"unknown violation kind '{kind}'; expected one of {string.Join(", ", ViolationKinds)}");
            if (!f.TryGetValue("message", out var mn)) throw Err(_file, m, "missing key 'message' in violation");
            return new TraceViolation(kind, f.TryGetValue("name", out var nn) ? Scalar(nn, "the violated invariant or property") : null, Scalar(mn, "TLC's message"));
        }

        private TraceStep Step(YamlNode node, List<TraceStep> before)
        {
            if (node is not YamlMappingNode m) throw Err(_file, node, "expected a step: a mapping with step, action, params, location, state");
            var f = Fields(m, StepKeys, " in a step");
            foreach (var k in new[] { "step", "action", "params", "state" })
                if (!f.ContainsKey(k)) throw Err(_file, m, $"missing key '{k}' in a step");
            int index = Int(f["step"], "step", 1);
            if (index != before.Count + 1) throw Err(_file, f["step"], $"expected step {before.Count + 1}, found {index}");
            var action = Scalar(f["action"], "an action name");
            if (action.Length == 0 || !TlaValueReader.IsIdentStart(action[0]) || !action.All(c => TlaValueReader.IsIdentPart(c) || c == '!'))
                throw Err(_file, f["action"], $"expected an action name (an identifier), found '{action}'");
            if (f["params"] is not YamlSequenceNode ps) throw Err(_file, f["params"], "expected a sequence of TLA+ values, e.g. [1, \"a\"]");
            var args = ps.Children.Select(p => Value(p, "a TLA+ value")).ToArray();
            string? location = f.TryGetValue("location", out var loc) ? Scalar(loc, "a location") : null;
            if (f["state"] is not YamlMappingNode sm) throw Err(_file, f["state"], "expected a mapping from variable to TLA+ value");
            var state = new Dictionary<string, TlaValue>(StringComparer.Ordinal);
            foreach (var (k, v) in sm.Children)
            {
                var name = Scalar(k, "a variable name");
                if (!TlaValueReader.IsIdentifier(name)) throw Err(_file, k, $"expected a variable name (an identifier), found '{name}'");
                if (state.ContainsKey(name)) throw Err(_file, k, $"duplicate variable '{name}'");
                state[name] = Value(v, "a TLA+ value");
            }
            if (state.Count == 0) throw Err(_file, sm, "expected at least one variable in the state");
            if (before.Count > 0)
            {
                var vars = before[0].State;
                var missing = vars.Keys.Where(k => !state.ContainsKey(k)).ToList();
                var extra = state.Keys.Where(k => !vars.ContainsKey(k)).ToList();
                if (missing.Count > 0 || extra.Count > 0)
                    throw Err(_file, sm, $"expected the variables of step 1 ({string.Join(", ", vars.Keys)})" +
                                          (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
                                          (extra.Count > 0 ? $"; unexpected {string.Join(", ", extra)}" : ""));
            }
            return new TraceStep(index, action, args, location, state, (int)Math.Min(int.MaxValue, m.Start.Line));
        }

        /// <summary>Parses a scalar as a TLA+ value; an error points into the scalar.</summary>
        private TlaValue Value(YamlNode node, string what)
        {
            if (node is not YamlScalarNode { Value: { } text } s) throw Err(_file, node, $"expected {what} (a scalar)");
            try
            {
                return TlaValueReader.Parse(text, _file);
            }
            catch (WeftInputException e) when (e.File == _file)
            {
                var detail = e.Message[$"{_file}:{e.Line}:{e.Column}: ".Length..];
                long line = s.Start.Line, col = s.Start.Column;
                if (e.Line == 1 && s.Start.Line == s.End.Line)
                {
                    int offset = (int)e.Column - 1;
                    col += s.Style switch
                    {
                        ScalarStyle.Plain => offset,
                        // '' stands for one quote inside a single-quoted scalar.
                        ScalarStyle.SingleQuoted => 1 + offset + text.Take(Math.Min(offset, text.Length)).Count(c => c == '\''),
                        _ => 0,
                    };
                }
                throw new WeftInputException(_file, line, col, detail);
            }
        }

        /// <summary>A path relative to the repository that stays inside it (see <see cref="ProjectPath"/>).</summary>
        private string RepoPath(YamlNode node, string what)
        {
            var s = Scalar(node, what);
            return ProjectPath.IsConfinedRelative(s) ? s : throw Err(_file, node, $"expected {what}: a path relative to the repository without '..', found '{s}'");
        }

        private string FileName(YamlNode node, string what)
        {
            var s = Scalar(node, what);
            return ProjectPath.IsFileName(s) ? s : throw Err(_file, node, $"expected {what}: a file name without folders, found '{s}'");
        }

        private string Sha(YamlNode node)
        {
            var s = Scalar(node, "a SHA-256 (64 hex digits)");
            if (s.Length != 64 || !s.All(Uri.IsHexDigit)) throw Err(_file, node, $"expected a SHA-256 (64 hex digits), found '{s}'");
            return s.ToLowerInvariant();
        }

        private string Scalar(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } v } ? v : throw Err(_file, node, $"expected {what} (a scalar)");

        private int Int(YamlNode node, string what, int min)
        {
            var s = Scalar(node, what);
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min)
                throw Err(_file, node, $"{what}: expected an integer >= {min}, found '{s}'");
            return v;
        }
    }
}
