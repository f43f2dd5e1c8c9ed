using System;

namespace Weft;

/// <summary>Parsing and naming of <see cref="MemoryModel"/> for the command line, the environment and schedule files.</summary>
public static class MemoryModels
{
    /// <summary>The names accepted on input, in the order help texts list them.</summary>
    public static readonly string[] Names = { "sc", "tso", "ra" };

    /// <summary>The lower-case name written to schedules and reports.</summary>
    public static string Name(MemoryModel m) => m switch
    {
        MemoryModel.TSO => "tso",
        MemoryModel.RA => "ra",
        _ => "sc",
    };

    /// <summary>
    /// Parses <paramref name="text"/>; on failure returns false with a message saying what was expected.
    /// </summary>
    public static bool TryParse(string text, out MemoryModel model, out string error)
    {
        model = MemoryModel.SC;
        error = "";
        switch (text)
        {
            case "sc": return true;
            case "tso": model = MemoryModel.TSO; return true;
            case "ra": model = MemoryModel.RA; return true;
            default:
                error = $"unknown memory model '{text}'; expected sc, tso or ra";
                return false;
        }
    }

    /// <summary>Parses or throws <see cref="WeftInputException"/> with <paramref name="where"/> as the message's prefix.</summary>
    public static MemoryModel Parse(string text, string where) =>
        TryParse(text, out var m, out var error) ? m : throw new WeftInputException($"{where}: {error}");
}
