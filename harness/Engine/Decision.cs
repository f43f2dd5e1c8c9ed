namespace Weft.Engine;

/// <summary>One recorded decision, kept unformatted on the hot path (locations are formatted only for a schedule).</summary>
internal readonly record struct Decision(bool IsThread, int Value, OpKind Op, string? File, int Line);
