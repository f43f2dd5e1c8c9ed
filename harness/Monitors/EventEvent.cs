namespace Weft.Monitors;

/// <summary>Emitted by the controlled build of <c>Weft.Ipc.IpcEvent</c>.</summary>
public readonly record struct EventEvent(nint Word, EventOp Op, int Value, int Thread);
