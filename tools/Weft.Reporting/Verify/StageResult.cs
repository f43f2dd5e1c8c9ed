namespace Weft.Reporting;

/// <summary>The outcome of one stage: its status, the exit code it stands for, and one line saying why.</summary>
public sealed record StageResult(StageStatus Status, int ExitCode, string Detail)
{
    public static StageResult Ok(string detail = "") => new(StageStatus.Ok, 0, detail);
    public static StageResult Skipped(string why) => new(StageStatus.Skipped, 0, why);
    public static StageResult Failed(int exitCode, string detail) => new(StageStatus.Failed, exitCode == 0 ? 1 : exitCode, detail);
}
