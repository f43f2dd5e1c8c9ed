using System.Globalization;

namespace Weft.Schedules;

/// <summary>One recorded decision: a thread choice (with the scheduling point it ran) or a value choice.</summary>
public readonly record struct ScheduleStep(bool IsThread, int Value, OpKind Op, string Location)
{
    public static ScheduleStep ForThread(int thread, OpKind op, string location) => new(true, thread, op, location);
    public static ScheduleStep ForValue(int value) => new(false, value, OpKind.Start, "");

    /// <summary>The compact text form: <c>t1 cas Treiber.cs:57</c>, <c>t0 start</c> or <c>v3</c>.</summary>
    public override string ToString()
    {
        if (!IsThread) return "v" + Value.ToString(CultureInfo.InvariantCulture);
        var s = "t" + Value.ToString(CultureInfo.InvariantCulture) + " " + Engine.ControlledThread.OpName(Op);
        return Location.Length == 0 ? s : s + " " + Location;
    }

    /// <summary>The scheduling point part, used in divergence messages.</summary>
    public string PointText => IsThread
        ? $"thread {Value} at {Engine.ControlledThread.OpName(Op)}{(Location.Length > 0 ? " " + Location : "")}"
        : $"choice {Value}";
}
