using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// Names the IPC objects of one iteration in messages: by the word's stable place (its offset in its segment, the
/// event's <c>Where</c>) when the event carries it, else by a number in order of first appearance; never by address,
/// so messages are identical across replays, runs and processes.
/// </summary>
internal sealed class IpcNames
{
    private Dictionary<nint, int>? _ids;

    public string Of(string kind, nint word, string? where)
    {
        if (where is not null) return $"{kind} ({where})";
        _ids ??= new Dictionary<nint, int>();
        if (!_ids.TryGetValue(word, out int id))
        {
            id = _ids.Count + 1;
            _ids[word] = id;
        }
        return $"{kind} #{id}";
    }
}
