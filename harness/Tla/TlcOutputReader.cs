using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Weft.Tla;

/// <summary>
/// Reads what TLC prints with <c>-tool</c>: every message framed by <c>@!@!@STARTMSG code:severity @!@!@</c> and
/// <c>@!@!@ENDMSG code @!@!@</c> (message codes from <c>tlc2.output.EC</c>), plain text lines between messages
/// (SANY's output). It extracts the TLC version (2262), the outcome (2193 success; 2110/2107 invariant, 2112/2108
/// action property, 2116 temporal property, 2114 deadlock, 2132 assertion; other errors), the final statistics
/// (2199, 2194, 2210 for simulations) and the error traces (2121/2264 then 2217 states, closed by 2122 back-to-state
/// or 2218 stuttering). It also reads the trace modules that <c>-simulate file=...</c> writes, one behaviour each.
/// Truncated or malformed output is a <see cref="WeftInputException"/> with file, line and column.
/// </summary>
public static partial class TlcOutputReader
{
    public const int Version = 2262, InvariantViolatedInitial = 2107, PropertyViolatedInitial = 2108,
        InvariantViolated = 2110, ActionPropertyViolated = 2112, Deadlock = 2114, TemporalPropertyViolated = 2116,
        BehaviorUpToThisPoint = 2121, BackToState = 2122, AssertFailed = 2132, NestedExpression = 2103,
        Finished = 2186, SimulationMode = 2188, Success = 2193, SearchDepth = 2194, Stats = 2199, Progress = 2200,
        SimulationStats = 2210, StatePrint1 = 2216, StatePrint2 = 2217, Stuttering = 2218, CounterExample = 2264;

    /// <summary>Reads the <c>-tool</c> output in <paramref name="path"/>.</summary>
    public static TlcResult Read(string path) => Parse(ReadText(path, "TLC output"), path);

    /// <summary>Reads a trace module written by <c>-simulate file=...</c>.</summary>
    public static Trace ReadTraceModule(string path) => ParseTraceModule(ReadText(path, "TLC trace module"), path);

    internal static string ReadText(string path, string what) => InputFile.ReadText(path, what);

    [GeneratedRegex(@"^@!@!@STARTMSG (\d{1,9}):(\d{1,9}) @!@!@$", RegexOptions.CultureInvariant)]
    private static partial Regex StartRx();

    [GeneratedRegex(@"^@!@!@ENDMSG (\d{1,9}) @!@!@$", RegexOptions.CultureInvariant)]
    private static partial Regex EndRx();

    [GeneratedRegex(@"^(?:Invariant|Action property|Property) (\S+) is violated", RegexOptions.CultureInvariant)]
    private static partial Regex ViolatedNameRx();

    [GeneratedRegex(@"^([\d,]+) states generated, ([\d,]+) distinct states found, ([\d,]+) states left on queue", RegexOptions.CultureInvariant)]
    private static partial Regex StatsRx();

    [GeneratedRegex(@": ([\d,]+) states generated(?: \([^)]*\))?, (-?[\d,]+) distinct states found(?: \([^)]*\))?, (-?[\d,]+) states left on queue", RegexOptions.CultureInvariant)]
    private static partial Regex ProgressRx();

    [GeneratedRegex(@"^The depth of the complete state graph search is (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex DepthRx();

    [GeneratedRegex(@"^The number of states generated: ([\d,]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SimStatsRx();

    /// <summary>Parses <c>-tool</c> output; <paramref name="file"/> names it in errors.</summary>
    public static TlcResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var messages = new List<TlcMessage>();
        var plain = new List<string>();
        var sanyErrors = new List<string>();
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var start = StartRx().Match(line);
            if (!start.Success)
            {
                CheckNoMarker(file, i + 1, line);
                plain.Add(line);
                i++;
                continue;
            }
            int code = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
            int severity = int.Parse(start.Groups[2].Value, CultureInfo.InvariantCulture);
            int startLine = i + 1;
            var body = new List<string>();
            i++;
            while (true)
            {
                if (i >= lines.Count)
                    throw EndError(file, lines, $"expected '@!@!@ENDMSG {code} @!@!@' closing message {code} started at line {startLine} (the output is truncated)");
                var l = lines[i];
                var end = EndRx().Match(l);
                if (end.Success)
                {
                    if (end.Groups[1].Value != code.ToString(CultureInfo.InvariantCulture))
                        throw new WeftInputException(file, i + 1, 13, $"expected '@!@!@ENDMSG {code} @!@!@' closing message {code} started at line {startLine}, found ENDMSG {end.Groups[1].Value}");
                    i++;
                    break;
                }
                if (StartRx().IsMatch(l))
                    throw new WeftInputException(file, i + 1, 1, $"expected '@!@!@ENDMSG {code} @!@!@' closing message {code} started at line {startLine} before a new message");
                CheckNoMarker(file, i + 1, l);
                body.Add(l);
                i++;
            }
            var msg = new TlcMessage(code, severity, string.Join("\n", body), startLine);
            messages.Add(msg);
            if (plain.Count > 0)
            {
                // SANY reports parse and semantic errors as plain text; keep it for the error that follows.
                int at = plain.FindIndex(p => p.Contains("error", StringComparison.OrdinalIgnoreCase));
                if (at >= 0) sanyErrors.AddRange(plain.Skip(at).Where(p => p.Trim().Length > 0).Select(p => p.Trim()));
                plain = new List<string>();
            }
        }
        if (messages.Count == 0)
            throw new WeftInputException(file, 1, 1, "expected TLC -tool output (lines '@!@!@STARTMSG <code>:<severity> @!@!@'); run TLC with -tool");
        return Interpret(file, lines, messages, sanyErrors);
    }

    private static TlcResult Interpret(string file, List<string> lines, List<TlcMessage> messages, List<string> sanyErrors)
    {
        var run = new ToolRunReading(file, sanyErrors);
        foreach (var m in messages) run.Read(m);
        return run.Finish(lines, messages);
    }

    /// <summary>
    /// What the messages of one <c>-tool</c> run have said so far: the version, the outcome, the statistics and the
    /// error traces (one open while its states arrive).
    /// </summary>
    private sealed class ToolRunReading(string file, List<string> sanyErrors)
    {
        private string? _version;
        private bool _simulation, _success, _finished;
        private TraceViolation? _violation, _lastViolation;
        private string? _error;
        private long? _generated, _distinct, _left;
        private int? _depth;
        private (long Generated, long Distinct, long Left)? _progress;
        private readonly List<Trace> _traces = new();
        private TraceBuilder? _open;

        public void Read(TlcMessage m)
        {
            if (ReadTraceMessage(m)) return;
            CloseTrace();
            if (ReadViolation(m) || ReadStatistics(m)) return;
            ReadRunMessage(m);
        }

        /// <summary>A state of the open trace, or the loop that closes it.</summary>
        private bool ReadTraceMessage(TlcMessage m)
        {
            switch (m.Code)
            {
                case StatePrint1 or StatePrint2:
                    _open ??= new TraceBuilder(file);
                    ReadToolState(file, m, _open);
                    return true;
                case BackToState:
                case Stuttering:
                    if (_open is null || _open.Count == 0)
                        throw new WeftInputException(file, m.Line, 1, $"expected the states of a trace before message {m.Code} ({(m.Code == Stuttering ? "stuttering" : "back to state")})");
                    ReadToolLoop(file, m, _open);
                    CloseTrace();
                    return true;
                default:
                    return false;
            }
        }

        private void CloseTrace()
        {
            if (_open is null) return;
            _traces.Add(_open.Build(TraceKind.Counterexample, _lastViolation));
            _open = null;
        }

        private bool ReadViolation(TlcMessage m)
        {
            var violation = m.Code switch
            {
                InvariantViolated or InvariantViolatedInitial => new TraceViolation("invariant", ViolatedName(m.Text), FirstLine(m.Text)),
                ActionPropertyViolated or PropertyViolatedInitial => new TraceViolation("property", ViolatedName(m.Text), FirstLine(m.Text)),
                TemporalPropertyViolated => new TraceViolation("property", null, FirstLine(m.Text)),
                Deadlock => new TraceViolation("deadlock", null, FirstLine(m.Text)),
                AssertFailed => new TraceViolation("assertion", null, m.Text.Trim()),
                _ => null,
            };
            if (violation is null) return false;
            _lastViolation = violation;
            _violation ??= violation;
            return true;
        }

        private bool ReadStatistics(TlcMessage m)
        {
            switch (m.Code)
            {
                case Stats:
                    var s = StatsRx().Match(m.Text.Trim());
                    if (!s.Success)
                        throw new WeftInputException(file, m.Line + 1, 1, "expected 'N states generated, N distinct states found, N states left on queue.'");
                    _generated = Num(s.Groups[1].Value);
                    _distinct = Num(s.Groups[2].Value);
                    _left = Num(s.Groups[3].Value);
                    return true;
                case Progress:
                    // Final counts come from 2199; the last progress report is the fallback when a run stops early.
                    var p = ProgressRx().Match(m.Text);
                    if (p.Success) _progress = (Num(p.Groups[1].Value), Num(p.Groups[2].Value), Num(p.Groups[3].Value));
                    return true;
                case SearchDepth:
                    var dm = DepthRx().Match(m.Text.Trim());
                    if (!dm.Success)
                        throw new WeftInputException(file, m.Line + 1, 1, "expected 'The depth of the complete state graph search is N.'");
                    _depth = (int)Math.Min(int.MaxValue, Num(dm.Groups[1].Value));
                    return true;
                case SimulationStats:
                    var sm = SimStatsRx().Match(m.Text.Trim());
                    if (!sm.Success)
                        throw new WeftInputException(file, m.Line + 1, 1, "expected 'The number of states generated: N'");
                    _generated = Num(sm.Groups[1].Value);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The version, the mode, the start of an error trace, the end of the run, or an error.</summary>
        private void ReadRunMessage(TlcMessage m)
        {
            switch (m.Code)
            {
                case Version:
                    _version = m.Text.Trim();
                    break;
                case SimulationMode:
                    _simulation = true;
                    break;
                case BehaviorUpToThisPoint or CounterExample:
                    _open = new TraceBuilder(file);
                    break;
                case Success:
                    _success = true;
                    break;
                case Finished:
                    _finished = true;
                    break;
                case NestedExpression:
                    break;
                default:
                    if (m.Severity is 1 or 2 && _error is null)
                    {
                        _error = m.Text.Trim().Length > 0 ? $"TLC error {m.Code}: {m.Text.Trim()}" : $"TLC error {m.Code}";
                        if (sanyErrors.Count > 0) _error += "\n" + string.Join("\n", sanyErrors);
                    }
                    break;
            }
        }

        /// <summary>Checks that the run ended completely and builds its result.</summary>
        public TlcResult Finish(List<string> lines, List<TlcMessage> messages)
        {
            if (_open is not null)
                throw EndError(file, lines, "expected the end of the error trace (a further message after its last state; the output is truncated)");
            if (!_finished)
                throw EndError(file, lines, "expected TLC's final message 2186 ('Finished in ...'); the output is truncated");
            if (_traces.Count > 0 && _violation is null && _error is null)
                throw new WeftInputException(file, FirstTraceLine(_traces), 1, "expected a violation or error message before this error trace");

            if (_generated is null && !_simulation && _progress is { } pr)
            {
                _generated = pr.Generated;
                _distinct = pr.Distinct >= 0 ? pr.Distinct : null;
                _left = pr.Left >= 0 ? pr.Left : null;
            }
            TlcOutcome outcome;
            if (_violation is not null) outcome = TlcOutcome.Violation;
            else if (_error is not null) outcome = TlcOutcome.Error;
            else if (_success || _simulation) outcome = TlcOutcome.Pass;
            else
            {
                outcome = TlcOutcome.Error;
                _error = "TLC finished without reporting success or an error";
            }
            return new TlcResult(_version, _simulation, outcome, _violation, _error,
                new TlcStatistics(_generated, _distinct, _left, _depth), _traces, messages);
        }
    }

    private static int FirstTraceLine(List<Trace> traces) => traces[0].Steps.Count > 0 ? traces[0].Steps[0].Line : 1;

    private static string? ViolatedName(string text)
    {
        var m = ViolatedNameRx().Match(text.Trim());
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string FirstLine(string text)
    {
        foreach (var l in text.Split('\n'))
            if (l.Trim().Length > 0) return l.Trim();
        return "";
    }

    private static long Num(string s)
    {
        bool neg = s.StartsWith('-');
        var digits = s.Replace(",", "", StringComparison.Ordinal).TrimStart('-');
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? (neg ? -v : v) : long.MaxValue;
    }

    private static void CheckNoMarker(string file, int line, string text)
    {
        int at = text.IndexOf("@!@!@", StringComparison.Ordinal);
        if (at >= 0)
            throw new WeftInputException(file, line, at + 1,
                "expected a message marker on a line of its own ('@!@!@STARTMSG <code>:<severity> @!@!@' or '@!@!@ENDMSG <code> @!@!@')");
    }

    private static WeftInputException EndError(string file, List<string> lines, string message)
    {
        int line = Math.Max(1, lines.Count);
        int col = lines.Count == 0 ? 1 : lines[^1].Length + 1;
        return new WeftInputException(file, line, col, message);
    }

    /// <summary>The text's lines without terminators ('\n', "\r\n"); a final terminator does not start a line.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        for (int i = 0; i < lines.Count; i++)
            if (lines[i].EndsWith('\r')) lines[i] = lines[i][..^1];
        return lines;
    }

    [GeneratedRegex(@"^(\d{1,9}): <(.*)>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StateHeaderRx();

    [GeneratedRegex(@"^(\d{1,9}): Back to state: <(.*)>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BackHeaderRx();

    [GeneratedRegex(@"^(\d{1,9}): Stuttering\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StutterHeaderRx();

    private static void ReadToolState(string file, TlcMessage m, TraceBuilder t)
    {
        var body = m.Text.Split('\n');
        int headerLine = m.Line + 1;
        var h = StateHeaderRx().Match(body[0]);
        if (!h.Success)
            throw new WeftInputException(file, headerLine, 1, "expected a state header 'N: <Action(args) line L, col C to line L, col C of module M>' or 'N: <Initial predicate>'");
        int index = ParseIndex(file, headerLine, h.Groups[1].Value);
        var (action, args, location) = ParseAction(file, headerLine, h.Groups[2].Index + 1, h.Groups[2].Value);
        if (index == 1 && action == "Initial predicate") action = "Init";
        var state = ReadState(file, body, 1, body.Length, headerLine + 1);
        if (state.Count == 0)
            throw new WeftInputException(file, headerLine + 1, 1, "expected the state's variables ('/\\ var = value')");
        t.Add(index, action, args, location, state, headerLine, h.Groups[1].Index + 1);
    }

    private static void ReadToolLoop(string file, TlcMessage m, TraceBuilder t)
    {
        var first = m.Text.Split('\n')[0];
        int line = m.Line + 1;
        if (m.Code == Stuttering)
        {
            var s = StutterHeaderRx().Match(first);
            if (!s.Success) throw new WeftInputException(file, line, 1, "expected 'N: Stuttering'");
            int index = ParseIndex(file, line, s.Groups[1].Value);
            if (index != t.Count + 1)
                throw new WeftInputException(file, line, 1, $"expected stuttering as state {t.Count + 1}, found {index}");
            t.Loop(t.Count, "Stuttering", Array.Empty<TlaValue>(), null, line);
            return;
        }
        var b = BackHeaderRx().Match(first);
        if (!b.Success) throw new WeftInputException(file, line, 1, "expected 'N: Back to state: <Action ...>'");
        int target = ParseIndex(file, line, b.Groups[1].Value);
        if (target < 1 || target > t.Count)
            throw new WeftInputException(file, line, 1, $"expected a state of the trace (1..{t.Count}) to go back to, found {target}");
        var (action, args, location) = ParseAction(file, line, b.Groups[2].Index + 1, b.Groups[2].Value);
        t.Loop(target, action, args, location, line);
    }

    private static int ParseIndex(string file, int line, string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1
            ? v
            : throw new WeftInputException(file, line, 1, $"expected a state number >= 1, found '{digits}'");

    [GeneratedRegex(@"^(.*?)\s+line (\d+), col (\d+) to line (\d+), col (\d+) of module (\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocationRx();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_!]*", RegexOptions.CultureInvariant)]
    private static partial Regex ActionNameRx();

    /// <summary>Splits <c>Name(args) line .. of module M</c> (the text between '&lt;' and '&gt;').</summary>
    internal static (string Action, IReadOnlyList<TlaValue> Args, string? Location) ParseAction(string file, int line, int column, string inner)
    {
        if (inner == "Initial predicate") return (inner, Array.Empty<TlaValue>(), null);
        string head = inner;
        string? location = null;
        var loc = LocationRx().Match(inner);
        if (loc.Success)
        {
            head = loc.Groups[1].Value;
            location = inner[(loc.Groups[2].Index - 5)..];
        }
        var name = ActionNameRx().Match(head);
        if (!name.Success)
            throw new WeftInputException(file, line, column, "expected an action name ('Name', 'Name(args)' or 'Initial predicate')");
        var rest = head[name.Length..];
        if (rest.Length == 0) return (name.Value, Array.Empty<TlaValue>(), location);
        if (rest[0] != '(' || rest[^1] != ')')
            throw new WeftInputException(file, line, column + name.Length, "expected '(' and the action's arguments, or the action's location ('line L, col C to line L, col C of module M')");
        var args = TlaValueReader.ParseList(rest[1..^1], file, line, column + name.Length + 1);
        return (name.Value, args, location);
    }

    /// <summary>
    /// Reads <c>/\ var = value</c> conjuncts from <paramref name="lines"/>[from..to) (file line of lines[from] is
    /// <paramref name="firstLine"/>); a value continues on following lines until the next conjunct. A state of one
    /// variable is printed without <c>/\</c>.
    /// </summary>
    internal static Dictionary<string, TlaValue> ReadState(string file, IReadOnlyList<string> lines, int from, int to, int firstLine)
    {
        var state = new Dictionary<string, TlaValue>(StringComparer.Ordinal);
        while (to > from && lines[to - 1].Trim().Length == 0) to--;
        int i = from;
        while (i < to)
        {
            var l = lines[i];
            int lineNo = firstLine + (i - from);
            bool conj = l.StartsWith("/\\ ", StringComparison.Ordinal);
            if (!conj && (i != from || l.Trim().Length == 0))
                throw new WeftInputException(file, lineNo, 1, "expected a conjunct '/\\ var = value'");
            int nameAt = conj ? 3 : 0;
            int j = nameAt;
            while (j < l.Length && TlaValueReader.IsIdentPart(l[j])) j++;
            if (j == nameAt || !TlaValueReader.IsIdentStart(l[nameAt]))
                throw new WeftInputException(file, lineNo, nameAt + 1, "expected a variable name");
            var name = l[nameAt..j];
            if (string.CompareOrdinal(l, j, " = ", 0, 3) != 0)
                throw new WeftInputException(file, lineNo, j + 1, $"expected ' = ' after variable {name}");
            int valueCol = j + 4;
            int k = i + 1;
            while (k < to && !lines[k].StartsWith("/\\ ", StringComparison.Ordinal)) k++;
            if (!conj && k < to)
                throw new WeftInputException(file, firstLine + (k - from), 1, "expected one variable without '/\\' or every variable as a conjunct '/\\ var = value'");
            var valueText = string.Join("\n", new[] { l[(j + 3)..] }.Concat(Enumerable.Range(i + 1, k - i - 1).Select(x => lines[x])));
            var value = TlaValueReader.Parse(valueText, file, lineNo, valueCol);
            if (!state.TryAdd(name, value))
                throw new WeftInputException(file, lineNo, nameAt + 1, $"duplicate variable {name} in one state");
            i = k;
        }
        return state;
    }

    [GeneratedRegex(@"^-{4,}\s*MODULE\s+(\S+)\s*-{4,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleHeaderRx();

    [GeneratedRegex(@"^={4,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleEndRx();

    [GeneratedRegex(@"^\\\* <(.*)>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleActionRx();

    [GeneratedRegex(@"^STATE_(\d{1,9}) ==\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleStateRx();

    /// <summary>
    /// Parses a trace module as <c>-simulate file=...</c> writes it: a MODULE header, then per state a comment
    /// <c>\* &lt;Action(args) line .. of module M&gt;</c>, <c>STATE_n ==</c> and the conjuncts, then <c>====</c>.
    /// </summary>
    public static Trace ParseTraceModule(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        int i = 0;
        while (i < lines.Count && lines[i].Trim().Length == 0) i++;
        if (i >= lines.Count || !ModuleHeaderRx().IsMatch(lines[i]))
            throw new WeftInputException(file, Math.Min(i + 1, Math.Max(1, lines.Count)), 1, "expected a TLC trace module header '---- MODULE name ----'");
        i++;
        var t = new TraceBuilder(file);
        while (true)
        {
            while (i < lines.Count && lines[i].Trim().Length == 0) i++;
            if (i >= lines.Count)
                throw EndError(file, lines, "expected the module's end '====' (the trace module is truncated)");
            if (ModuleEndRx().IsMatch(lines[i]))
            {
                for (int k = i + 1; k < lines.Count; k++)
                    if (lines[k].Trim().Length > 0)
                        throw new WeftInputException(file, k + 1, 1, "expected nothing after the module's end '===='");
                break;
            }
            var a = ModuleActionRx().Match(lines[i]);
            if (!a.Success)
                throw new WeftInputException(file, i + 1, 1, "expected an action comment '\\* <Action(args) line L, col C to line L, col C of module M>' or the module's end '===='");
            int headerLine = i + 1;
            var (action, args, location) = ParseAction(file, headerLine, a.Groups[1].Index + 1, a.Groups[1].Value);
            i++;
            if (i >= lines.Count || ModuleStateRx().Match(lines[i]) is not { Success: true } s)
                throw i >= lines.Count
                    ? EndError(file, lines, "expected 'STATE_N ==' (the trace module is truncated)")
                    : new WeftInputException(file, i + 1, 1, "expected 'STATE_N =='");
            int index = ParseIndex(file, i + 1, s.Groups[1].Value);
            int stateLine = i + 1;
            i++;
            int from = i;
            while (i < lines.Count && lines[i].Trim().Length > 0 && !ModuleEndRx().IsMatch(lines[i]) && !ModuleActionRx().IsMatch(lines[i])) i++;
            if (i >= lines.Count)
                throw EndError(file, lines, "expected the module's end '====' (the trace module is truncated)");
            var state = ReadState(file, lines, from, i, from + 1);
            if (state.Count == 0)
                throw new WeftInputException(file, from + 1, 1, "expected the state's variables ('/\\ var = value')");
            if (index == 1) action = "Init";
            t.Add(index, action, args, location, state, headerLine, 6 + 1, stateLine);
        }
        if (t.Count == 0) throw new WeftInputException(file, 1, 1, "expected at least one state in the trace module");
        return t.Build(TraceKind.Simulation, null);
    }

    /// <summary>Collects the steps of one trace and checks their numbering and variables.</summary>
    private sealed class TraceBuilder
    {
        private readonly string _file;
        private readonly List<TraceStep> _steps = new();
        private int? _loopsBackTo;

        public TraceBuilder(string file) => _file = file;

        public int Count => _steps.Count;

        public void Add(int index, string action, IReadOnlyList<TlaValue> args, string? location,
            Dictionary<string, TlaValue> state, int line, int column, int? indexLine = null)
        {
            if (index != _steps.Count + 1)
                throw new WeftInputException(_file, indexLine ?? line, column, $"expected state {_steps.Count + 1} of the trace, found state {index}");
            if (_steps.Count > 0)
            {
                var vars = _steps[0].State;
                var missing = vars.Keys.Where(k => !state.ContainsKey(k)).ToList();
                var extra = state.Keys.Where(k => !vars.ContainsKey(k)).ToList();
                if (missing.Count > 0 || extra.Count > 0)
                    throw new WeftInputException(_file, line, 1,
                        $"expected the variables of state 1 ({string.Join(", ", vars.Keys)})" +
                        (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
                        (extra.Count > 0 ? $"; unexpected {string.Join(", ", extra)}" : ""));
            }
            _steps.Add(new TraceStep(index, action, args, location, state, line));
        }

        /// <summary>The behaviour continues from state <paramref name="target"/>: a final step with that state.</summary>
        public void Loop(int target, string action, IReadOnlyList<TlaValue> args, string? location, int line)
        {
            _steps.Add(new TraceStep(_steps.Count + 1, action, args, location, _steps[target - 1].State, line));
            _loopsBackTo = target;
        }

        public Trace Build(TraceKind kind, TraceViolation? violation) =>
            new("", "", "", "", "", "", "", "", kind, violation, _loopsBackTo, null, _steps.ToArray());
    }
}
