using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>
/// The append-only results log. Every line is written whole and flushed before the next test starts, so a run
/// killed at any moment loses at most the test that was running; <c>--resume</c> reads the log back and skips
/// the tests it already holds. Reading is strict: every line is one object of the schema (no unknown or missing
/// key, no null where a value is required, every value of its type), else an input error naming file:line:column.
/// Only a last line without its newline may be incomplete (a write torn by a kill): reading skips it, and
/// <see cref="Append"/> first ends a complete last line with its newline or cuts an incomplete one off, so the
/// log stays readable after any torn write or a lost final newline.
/// </summary>
public static class ResultLog
{
    public const string FileName = "results.jsonl";

    /// <summary>The writer's options, strict for reading: unknown keys and nulls in required places are errors.</summary>
    private static readonly JsonSerializerOptions Strict = new(ResultSchema.Json)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    public static void Append(string path, object line)
    {
        var json = line switch
        {
            RunHeader h => JsonSerializer.Serialize(h, ResultSchema.Json),
            TestResult r => JsonSerializer.Serialize(r, ResultSchema.Json),
            _ => throw new ArgumentException("not a results-log line: " + line.GetType().Name, nameof(line)),
        };
        RepairTornTail(path);
        using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        fs.Write(bytes);
        fs.Flush(flushToDisk: true);
    }

    /// <summary>Reads a log; a torn (unterminated, unparsable) last line is reported, not thrown.</summary>
    public static ResultLogContent Read(string path)
    {
        if (!File.Exists(path)) throw new WeftInputException($"{path}: no such results log");
        var text = InputFile.ReadText(path, "results log");
        var lines = text.Split('\n');
        bool endsWithNewline = text.EndsWith('\n');
        RunHeader? header = null;
        var results = new List<TestResult>();
        bool torn = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            bool unterminated = i == lines.Length - 1 && !endsWithNewline;
            object parsed;
            try
            {
                parsed = ParseLine(path, i + 1, line);
            }
            catch (WeftInputException) when (unterminated)
            {
                // A write torn by a kill; a complete line in the wrong place is an edit, reported below.
                torn = true;
                continue;
            }
            switch (parsed)
            {
                case RunHeader h:
                    if (header is not null) throw new WeftInputException(path, i + 1, 1, "a second run header; expected one header, on the first line");
                    header = h;
                    break;
                case TestResult r:
                    if (header is null) throw new WeftInputException(path, i + 1, 1, "a result before the run header; expected the header on the first line");
                    results.Add(r);
                    break;
            }
        }
        if (header is null) throw new WeftInputException(path, 1, 1, "empty results log; expected a run header on the first line");
        return new ResultLogContent(path, header, results, torn);
    }

    /// <summary>
    /// Makes the log end on a line boundary before anything is appended: an unterminated last line that is a
    /// complete, valid line gets its newline; one that is not (a write torn by a kill) is cut off.
    /// </summary>
    public static void RepairTornTail(string path)
    {
        if (!File.Exists(path) || EndsOnLineBoundary(path)) return;
        var bytes = InputFile.ReadBytes(path, "results log");
        if (bytes.Length == 0 || bytes[^1] == (byte)'\n') return;
        int lastNewline = Array.LastIndexOf(bytes, (byte)'\n');
        var last = InputFile.DecodeUtf8(bytes[(lastNewline + 1)..]).TrimEnd('\r');
        bool complete;
        try
        {
            ParseLine(path, 1, last);
            complete = true;
        }
        catch (WeftInputException)
        {
            complete = false;
        }
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Write);
        if (complete)
        {
            fs.Seek(0, SeekOrigin.End);
            fs.WriteByte((byte)'\n');
        }
        else
        {
            fs.SetLength(lastNewline + 1);
        }
        fs.Flush(flushToDisk: true);
    }

    /// <summary>True when the log is empty or ends with a newline (read from its last byte: appends stay cheap).</summary>
    private static bool EndsOnLineBoundary(string path)
    {
        InputFile.CheckRegular(path, "results log");
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (fs.Length == 0) return true;
        fs.Seek(-1, SeekOrigin.End);
        return fs.ReadByte() == '\n';
    }

    /// <summary>One line: a <see cref="RunHeader"/> or a <see cref="TestResult"/>, strictly of the schema.</summary>
    private static object ParseLine(string path, int lineNumber, string line)
    {
        string? type;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new WeftInputException(path, lineNumber, 1, "expected an object with \"type\": \"run\" or \"result\"");
            type = doc.RootElement.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (JsonException e)
        {
            throw Positioned(path, lineNumber, e, "malformed JSON");
        }
        try
        {
            return type switch
            {
                "run" => Header(path, lineNumber, JsonSerializer.Deserialize<RunHeader>(line, Strict)!),
                "result" => Result(path, lineNumber, JsonSerializer.Deserialize<TestResult>(line, Strict)!),
                _ => throw new WeftInputException(path, lineNumber, 1, "expected an object with \"type\": \"run\" or \"result\""),
            };
        }
        catch (JsonException e)
        {
            throw Positioned(path, lineNumber, e, type == "run" ? "not a run header of " + ResultSchema.Version : "not a test result of " + ResultSchema.Version);
        }
    }

    private static RunHeader Header(string path, int line, RunHeader h)
    {
        if (h.Schema != ResultSchema.Version)
            throw new WeftInputException(path, line, 1, $"schema '{h.Schema}'; expected '{ResultSchema.Version}'");
        if (!double.IsFinite(h.BudgetSeconds) || h.BudgetSeconds < 0)
            throw new WeftInputException(path, line, 1, $"budget_seconds: expected a finite number of seconds >= 0, found {h.BudgetSeconds}");
        if (h.ShardCount < 1 || h.ShardIndex < 0 || h.ShardIndex >= h.ShardCount)
            throw new WeftInputException(path, line, 1, $"shard {h.ShardIndex}/{h.ShardCount}; expected an index from 0 to the count minus 1");
        foreach (var t in h.Tests)
            if (string.IsNullOrEmpty(t)) throw new WeftInputException(path, line, 1, "tests: expected test ids, found an empty one or null");
        return h;
    }

    private static TestResult Result(string path, int line, TestResult r)
    {
        if (r.Type != "result") throw new WeftInputException(path, line, 1, "expected \"type\": \"result\"");
        if (string.IsNullOrEmpty(r.Test)) throw new WeftInputException(path, line, 1, "a result without a test id");
        foreach (var (key, value) in new[] { ("budget_seconds", r.BudgetSeconds), ("elapsed_seconds", r.ElapsedSeconds) })
            if (!double.IsFinite(value) || value < 0)
                throw new WeftInputException(path, line, 1, $"{key}: expected a finite number of seconds >= 0, found {value}");
        foreach (var b in r.Bugs)
        {
            if (b is null) throw new WeftInputException(path, line, 1, "bugs: expected bug objects, found null");
            foreach (var s in b.Steps)
                if (s is null) throw new WeftInputException(path, line, 1, "bugs: steps: expected step objects, found null");
        }
        return r;
    }

    private static WeftInputException Positioned(string path, int line, JsonException e, string what) =>
        new(path, line, (e.BytePositionInLine ?? 0) + 1, what + ": " + FirstSentence(e.Message));

    private static string FirstSentence(string s)
    {
        int i = s.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? s[..i] : s;
    }
}
