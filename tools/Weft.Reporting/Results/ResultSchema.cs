using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>
/// The lines of a results log (<c>results.jsonl</c>, schema <c>weft-results/1</c>): one <see cref="RunHeader"/> first,
/// then one <see cref="TestResult"/> per explored test, each a single JSON object on its own line. The schema grows
/// compatibly: a field added later is optional (<c>monitor_events</c>: a log without it reads as "not recorded").
/// </summary>
public static class ResultSchema
{
    public const string Version = "weft-results/1";

    /// <summary>snake_case names, no indentation (one object per line), nulls left out.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
