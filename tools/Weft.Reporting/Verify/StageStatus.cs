namespace Weft.Reporting;

public enum StageStatus
{
    Ok,
    Failed,
    Skipped,
}
