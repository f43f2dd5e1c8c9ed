using System.Globalization;
using System.Threading;

namespace Weft.Engine;

/// <summary>One line of the interleaving log.</summary>
internal readonly record struct LogEntry(int Step, int Thread, OpKind Op, string? File, int Line, string? Value)
{
    public string Location => ControlledThread.Format(File, Line);

    /// <summary>The interleaving-log line: step, thread, operation, location, value.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Step,5}  t{Thread,-3} {ControlledThread.OpName(Op),-12} {Location,-28} {Value}").TrimEnd();
}
