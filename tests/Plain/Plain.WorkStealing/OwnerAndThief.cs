using System.Collections.Generic;
using System.Threading;

namespace Plain.WorkStealing;

/// <summary>The owner pushes two items and pops until empty while a thief steals once.</summary>
public static class OwnerAndThief
{
    /// <summary>Returns every item taken, by the owner then the thief (each of 1 and 2 exactly once when correct).</summary>
    public static IReadOnlyList<int> Run(bool casOnLastItem)
    {
        var queue = new WorkStealingQueue(capacity: 4, casOnLastItem);
        queue.Push(1);
        queue.Push(2);
        var taken = new List<int>();
        int stolen = 0;
        var thief = new Thread(() =>
        {
            if (queue.TrySteal(out var item)) stolen = item;
        });
        thief.Start();
        while (queue.TryPop(out var item)) taken.Add(item);
        thief.Join();
        if (stolen != 0) taken.Add(stolen);
        return taken;
    }
}
