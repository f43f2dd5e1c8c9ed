using System.Text;

namespace Weft.Monitors;

/// <summary>
/// Emitted by the controlled build of <c>Weft.Ipc.IpcMutex</c> right after the atomic step that changed ownership
/// (no scheduling point lies between the step and the event). <paramref name="Word"/> is the state word's address,
/// which identifies the mutex within an iteration whatever handle was used. <paramref name="Old"/> is the value the
/// step's CAS, exchange or subtraction found (unused for acquisitions and the owner events). <paramref name="New"/> is
/// the value a release step left in the word (0 for a correct release). <paramref name="Where"/> names the word stably
/// (its offset in its segment, <see cref="IpcWordText"/>): the event's text shows it instead of the address.
/// </summary>
public readonly record struct MutexEvent(nint Word, MutexOp Op, int Thread, int Old = 0, int New = 0, string? Where = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        IpcWordText.Append(builder, Word, Where);
        builder.Append(", Op = ").Append(Op).Append(", Thread = ").Append(Thread).Append(", Old = ").Append(Old).Append(", New = ").Append(New);
        return true;
    }
}
