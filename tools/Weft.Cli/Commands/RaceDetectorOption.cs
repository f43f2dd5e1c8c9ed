using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>--race-detector</c>, shared by the commands that explore (explore, nightly, bench engine): turns on the
/// happens-before data-race detector over the plain data routed through <c>Weft.Atomics.Plain</c>
/// (<see cref="CheckOptions.RaceDetector"/>; also <c>WEFT_RACE_DETECTOR=1</c>). Tests that pin it on keep it on.
/// </summary>
internal static class RaceDetectorOption
{
    public static Option<bool> Create() => new("--race-detector")
    {
        Description = "Check plain shared data for data races (two accesses, one a write, not ordered by happens-before); a race is a bug with a replayable schedule",
    };
}
