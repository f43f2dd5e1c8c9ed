using System.Collections.Generic;
using System.Globalization;

namespace Weft.Cli.Fuzzing;

/// <summary>The outcomes of one reader's fuzz cases, counted, with the failing ones described.</summary>
internal sealed class FuzzSummary
{
    public FuzzSummary(string reader) => Reader = reader;

    public string Reader { get; set; }
    public int Inputs { get; set; }
    public int Read { get; set; }
    public int InputErrors { get; set; }
    public int InternalErrors { get; set; }
    public int Hangs { get; set; }
    public int Crashes { get; set; }
    public List<string> Examples { get; set; } = new();

    /// <summary>True when no case ended in an internal error, a hang or a crash.</summary>
    public bool Clean => InternalErrors == 0 && Hangs == 0 && Crashes == 0;

    public void Count(FuzzOutcome outcome)
    {
        Inputs++;
        switch (outcome)
        {
            case FuzzOutcome.Read: Read++; break;
            case FuzzOutcome.InputError: InputErrors++; break;
            case FuzzOutcome.Internal: InternalErrors++; break;
            case FuzzOutcome.Hang: Hangs++; break;
            case FuzzOutcome.Crash: Crashes++; break;
        }
    }

    /// <summary>Adds the counts of a later part of the same reader's run (after a crash restarted it).</summary>
    public void Add(FuzzSummary other)
    {
        Inputs += other.Inputs;
        Read += other.Read;
        InputErrors += other.InputErrors;
        InternalErrors += other.InternalErrors;
        Hangs += other.Hangs;
        Crashes += other.Crashes;
        Examples.AddRange(other.Examples);
    }

    public string[] Row() => new[]
    {
        Reader, FormatCount(Inputs), FormatCount(Read), FormatCount(InputErrors), FormatCount(InternalErrors), FormatCount(Hangs), FormatCount(Crashes),
    };

    private static string FormatCount(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
