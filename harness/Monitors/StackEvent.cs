namespace Weft.Monitors;

/// <summary>
/// A stack operation took effect. <paramref name="Payloads"/> are the payloads found following the links from top
/// right after the step (at most capacity + 1 of them, so a cycle shows as an over-long list).
/// </summary>
public readonly record struct StackEvent(int Stack, StackStep Step, long Value, int Thread, long[] Payloads);
