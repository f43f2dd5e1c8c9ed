using System.Text;

namespace Weft.Monitors;

/// <summary>
/// Emitted by the controlled build of <c>Weft.Ipc.IpcSemaphore</c> right after each step that changed the count or woke.
/// <paramref name="Word"/> (the count word's address) identifies the semaphore within an iteration; <paramref name="Where"/>
/// names it stably (<see cref="IpcWordText"/>), and the event's text shows that instead of the address.
/// </summary>
public readonly record struct SemaphoreEvent(nint Word, SemaphoreOp Op, int Old, int Delta, int Thread, string? Where = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        IpcWordText.Append(builder, Word, Where);
        builder.Append(", Op = ").Append(Op).Append(", Old = ").Append(Old).Append(", Delta = ").Append(Delta).Append(", Thread = ").Append(Thread);
        return true;
    }
}
