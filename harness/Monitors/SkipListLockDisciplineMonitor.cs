using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// LockDiscipline (tla/LazySkipList/LazySkipList.tla, <c>LockDiscipline</c>: <c>\A t : (\A i &lt; j :
/// key[held[t][i]] &gt; key[held[t][j]]) /\ (pc[t] = "idle" =&gt; \A n : lock[n] # t)</c>), from the lock events of a
/// <c>LockedSkipList</c> (<see cref="SkipListLockEvent"/>): every thread takes node locks in strictly decreasing key
/// order (a remover its victim, then the predecessors from level 0 up; an inserter the predecessors from level 0 up;
/// the head sentinel, below every key, last), which is what rules out a cycle of waiting threads; and no operation
/// returns while its thread still holds a node lock (every lock is released on every path).
/// </summary>
public sealed class SkipListLockDisciplineMonitor : PropertyMonitor, IMonitorOf<SkipListLockEvent>
{
    /// <summary>(list, thread) to the locks held, in acquisition order: node and key (null for the head).</summary>
    private readonly Dictionary<(int List, int Thread), List<(long Node, long? Key)>> _held = new();

    public override void OnEvent(object e) { }

    public void On(in SkipListLockEvent e)
    {
        var id = (e.List, e.Thread);
        if (!_held.TryGetValue(id, out var held)) _held[id] = held = new List<(long, long?)>();
        long? key = e.Head ? null : e.Key;
        switch (e.Step)
        {
            case SkipListLockStep.Acquired:
                foreach (var (_, heldKey) in held)
                {
                    if (heldKey is null || (key is not null && heldKey.Value <= key.Value))
                        Fail(string.Create(CultureInfo.InvariantCulture,
                            $"thread {e.Thread} locked the node of {Show(key)} while holding the lock of {Show(heldKey)}: node locks must be taken in decreasing key order (the head last)"));
                }
                held.Add((e.Node, key));
                break;
            case SkipListLockStep.Released:
                long node = e.Node;
                held.RemoveAll(h => h.Node == node);
                break;
            default:
                if (held.Count > 0)
                    Fail(string.Create(CultureInfo.InvariantCulture,
                        $"an operation of thread {e.Thread} returned holding the lock of {string.Join(", ", held.Select(h => Show(h.Key)))}: a path did not release it"));
                break;
        }
    }

    private static string Show(long? key) => key is null ? "the head" : string.Create(CultureInfo.InvariantCulture, $"key {key.Value}");
}
