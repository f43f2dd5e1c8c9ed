using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>Numbers the IPC objects of one iteration by first appearance, so messages are identical across replays.</summary>
internal sealed class IpcNames
{
    private Dictionary<nint, int>? _ids;

    public string Of(string kind, nint word)
    {
        _ids ??= new Dictionary<nint, int>();
        if (!_ids.TryGetValue(word, out int id))
        {
            id = _ids.Count + 1;
            _ids[word] = id;
        }
        return $"{kind} #{id}";
    }
}
