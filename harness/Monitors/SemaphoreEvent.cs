namespace Weft.Monitors;

/// <summary>Emitted by the controlled build of <c>Weft.Ipc.IpcSemaphore</c> right after each step that changed the count or woke.</summary>
public readonly record struct SemaphoreEvent(nint Word, SemaphoreOp Op, int Old, int Delta, int Thread);
