namespace Weft.Cli.Fuzzing;

/// <summary>A fuzzed input: bytes to put where the reader looks, or a special file there instead; and how it was made.</summary>
internal sealed record FuzzCase(int Index, string Mutation, byte[]? Bytes, SpecialFile? Special);
