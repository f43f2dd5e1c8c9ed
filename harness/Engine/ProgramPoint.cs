namespace Weft.Engine;

/// <summary>A scheduling point in the code: the operation a thread is paused before and its source location.</summary>
internal readonly record struct ProgramPoint(OpKind Op, string? File, int Line);
