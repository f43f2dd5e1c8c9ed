using Weft.Strategies;

namespace Weft.Engine;

internal static class ControlledThreadExtensions
{
    /// <summary>The uncontrolled call the thread entered since its last scheduling point (rewritten code notes it), else null.</summary>
    public static string? UncontrolledCallDescription(this ControlledThread t) =>
        t.UncontrolledCall is { } call && t.UncontrolledCallSteps == t.OwnSteps ? call : null;

    public static string PendingOpDescription(this ControlledThread t) =>
        t.PendingFile is null ? ControlledThread.OpName(t.PendingOp) : $"{ControlledThread.OpName(t.PendingOp)} {t.Location}";
}
