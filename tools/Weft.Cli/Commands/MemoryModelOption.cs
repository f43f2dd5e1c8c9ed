using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>--memory-model sc|tso|ra</c>, shared by the commands that explore (explore, nightly, bench engine) and by replay
/// (which checks it against the schedule's recorded model). Absent, each test runs under its pinned model or
/// <c>WEFT_MEMORY_MODEL</c> or SC.
/// </summary>
internal static class MemoryModelOption
{
    public static Option<string?> Create() => new("--memory-model")
    {
        Description = "Memory model: sc (sequential consistency, the default), tso (store buffers; flushes are scheduling choices) or ra (release/acquire/relaxed; which store a load reads is a choice). Overrides a test's pinned model",
    };

    /// <summary>The parsed model, or null when the option was not given; bad input throws <see cref="WeftInputException"/> (exit 1).</summary>
    public static MemoryModel? Parse(string? value) => value is null ? null : MemoryModels.Parse(value, "--memory-model");
}
