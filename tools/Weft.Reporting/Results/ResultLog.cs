using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Weft.Reporting;

/// <summary>What a results log holds: its header and its result lines, in order.</summary>
public sealed record ResultLogContent(string Path, RunHeader Header, IReadOnlyList<TestResult> Results, bool TornTail);

/// <summary>
/// The append-only results log. Every line is written whole and flushed before the next test starts, so a run
/// killed at any moment loses at most the test that was running; <c>--resume</c> reads the log back and skips
/// the tests it already holds. A last line without its newline is a line torn by the kill: reading tolerates
/// it (and <see cref="RepairTornTail"/> cuts it off before appending); any other malformed line is an input
/// error naming file:line:column.
/// </summary>
public static class ResultLog
{
    public const string FileName = "results.jsonl";

    public static void Append(string path, object line)
    {
        var json = line switch
        {
            RunHeader h => JsonSerializer.Serialize(h, ResultSchema.Json),
            TestResult r => JsonSerializer.Serialize(r, ResultSchema.Json),
            _ => throw new ArgumentException("not a results-log line: " + line.GetType().Name, nameof(line)),
        };
        using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        fs.Write(bytes);
        fs.Flush(flushToDisk: true);
    }

    /// <summary>Reads a log; a torn (unterminated, unparsable) last line is reported, not thrown.</summary>
    public static ResultLogContent Read(string path)
    {
        if (!File.Exists(path)) throw new WeftInputException($"{path}: no such results log");
        var text = File.ReadAllText(path, Encoding.UTF8);
        var lines = text.Split('\n');
        bool endsWithNewline = text.EndsWith('\n');
        RunHeader? header = null;
        var results = new List<TestResult>();
        bool torn = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            bool last = i == lines.Length - 1;
            if (line.Length == 0) continue;
            bool unterminated = last && !endsWithNewline;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var type = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
                switch (type)
                {
                    case "run":
                        if (header is not null) throw new WeftInputException(path, i + 1, 1, "a second run header; expected one header, on the first line");
                        var h = doc.RootElement.Deserialize<RunHeader>(ResultSchema.Json)!;
                        if (h.Schema != ResultSchema.Version)
                            throw new WeftInputException(path, i + 1, 1, $"schema '{h.Schema}'; expected '{ResultSchema.Version}'");
                        header = h;
                        break;
                    case "result":
                        if (header is null) throw new WeftInputException(path, i + 1, 1, "a result before the run header; expected the header on the first line");
                        var r = doc.RootElement.Deserialize<TestResult>(ResultSchema.Json)!;
                        if (string.IsNullOrEmpty(r.Test)) throw new WeftInputException(path, i + 1, 1, "a result without a test id");
                        results.Add(r);
                        break;
                    default:
                        throw new WeftInputException(path, i + 1, 1, "expected an object with \"type\": \"run\" or \"result\"");
                }
            }
            catch (JsonException e) when (unterminated)
            {
                _ = e;
                torn = true;
            }
            catch (JsonException e)
            {
                long col = (e.BytePositionInLine ?? 0) + 1;
                throw new WeftInputException(path, i + 1, col, "malformed JSON: " + FirstSentence(e.Message));
            }
            catch (WeftInputException) when (unterminated)
            {
                torn = true;
            }
        }
        if (header is null) throw new WeftInputException(path, 1, 1, "empty results log; expected a run header on the first line");
        return new ResultLogContent(path, header, results, torn);
    }

    /// <summary>Cuts an unterminated last line (a write torn by a kill) so that appending starts on a fresh line.</summary>
    public static void RepairTornTail(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0 || bytes[^1] == (byte)'\n') return;
        int lastNewline = Array.LastIndexOf(bytes, (byte)'\n');
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Write);
        fs.SetLength(lastNewline + 1);
    }

    private static string FirstSentence(string s)
    {
        int i = s.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? s[..i] : s;
    }
}
