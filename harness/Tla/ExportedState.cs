using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>One state of an explored behaviour: the thread whose action led to it (0 for the initial state) and the label the action started from.</summary>
public sealed record ExportedState(int Thread, string? Label, IReadOnlyDictionary<string, TlaValue> State);
