using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// One state of a trace and the action that produced it. Step 1 is the initial state (<see cref="Action"/> is
/// <c>Init</c>, no parameters). <see cref="Parameters"/> are the action's arguments as TLC printed them
/// (<c>IbrBeginReadEra(1)</c> gives <c>[1]</c>); <see cref="State"/> maps every variable to its value.
/// <see cref="Line"/> is the line of the step in the file it was read from (0 when built in memory), for messages.
/// </summary>
public sealed record TraceStep(
    int Index,
    string Action,
    IReadOnlyList<TlaValue> Parameters,
    string? Location,
    IReadOnlyDictionary<string, TlaValue> State,
    int Line = 0);
