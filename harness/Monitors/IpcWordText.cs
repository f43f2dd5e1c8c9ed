using System.Text;

namespace Weft.Monitors;

/// <summary>
/// How the IPC events (<see cref="MutexEvent"/>, <see cref="SemaphoreEvent"/>, <see cref="EventEvent"/>) print the word
/// they refer to. The outcome of an iteration (<c>CheckOptions.OutcomeSink</c>) includes the text of its monitor events,
/// and outcomes are compared across strategies, runs and processes, so the text names the word by what is the same in
/// every run: its offset within its segment and the segment's identity in the iteration (the <c>Where</c> the
/// implementation supplies, e.g. "word at offset 8 of in-process segment 1"), never the address, which depends on where
/// the allocator put the segment. An event built without a <c>Where</c> (a hand-written event in a test) shows its
/// <c>Word</c> value as given.
/// </summary>
public static class IpcWordText
{
    internal static void Append(StringBuilder builder, nint word, string? where)
    {
        builder.Append("Word = ");
        if (where is not null) builder.Append(where);
        else builder.Append(word);
    }
}
