using System.Text;

namespace Weft.Monitors;

/// <summary>
/// Emitted by the controlled build of <c>Weft.Ipc.IpcEvent</c>. <paramref name="Word"/> (the futex word's address)
/// identifies the event within an iteration; <paramref name="Where"/> names it stably (<see cref="IpcWordText"/>), and
/// the event's text shows that instead of the address.
/// </summary>
public readonly record struct EventEvent(nint Word, EventOp Op, int Value, int Thread, string? Where = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        IpcWordText.Append(builder, Word, Where);
        builder.Append(", Op = ").Append(Op).Append(", Value = ").Append(Value).Append(", Thread = ").Append(Thread);
        return true;
    }
}
