using System.Linq;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Set workloads on a <see cref="RecordedSet"/>, shared by the skiplist and tree scenarios: threads that each run a fixed
/// list of operations, then the main thread's lookups and the history check.
/// </summary>
internal static class SetWorkloads
{
    /// <summary>
    /// Three threads add, remove and look up keys 1 and 2, so that operations collide on the same nodes; then the main
    /// thread looks both up and the history is checked.
    /// </summary>
    public static void ThreeThreadsOnTwoKeys(RecordedSet set) =>
        Concurrently(set, [1, 2],
            [("add", 1), ("remove", 2), ("contains", 1)],
            [("add", 2), ("remove", 1), ("add", 1)],
            [("contains", 2), ("remove", 1), ("add", 2)]);

    /// <summary>
    /// A lookup of <paramref name="lookedUp"/> against removals, the shape that frees a node a search may still step to
    /// under IBR: the main thread adds key 1 (and unregisters); then one thread looks up <paramref name="lookedUp"/>
    /// while the other adds 2 (its node born in a later era, as every allocation moves the era), removes 1 and 2, and
    /// adds and removes 3, whose retirement scans with the era past key 2's lifetime; then the main thread looks up 1, 2
    /// and 3 and the history is checked. A search preempted on key 1's node holds a reservation that covers key 1's node
    /// but not key 2's, so following key 1's frozen link to key 2's node without validation reads a freed node.
    /// </summary>
    public static void LookupDuringRemovals(RecordedSet set, long lookedUp)
    {
        var main = set.Reclaimer.Register();
        set.Op(main, "add", 1);
        set.Reclaimer.Unregister(main);
        Concurrently(set, [1, 2, 3],
            [("contains", lookedUp)],
            [("add", 2), ("remove", 1), ("remove", 2), ("add", 3), ("remove", 3)]);
    }

    /// <summary>
    /// Starts one thread per entry of <paramref name="threads"/> (in order), each registering with the reclaimer and
    /// running its operations in order; joins them in the same order; then the main thread looks up
    /// <paramref name="lookups"/> and checks the history (<see cref="RecordedSet.Finish"/>).
    /// </summary>
    public static void Concurrently(RecordedSet set, long[] lookups, params (string Op, long Key)[][] threads)
    {
        var started = threads.Select(ops => WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            foreach (var (op, key) in ops) set.Op(me, op, key);
        })).ToList();
        foreach (var thread in started) thread.Join();
        set.Finish(set.Reclaimer.Register(), lookups);
    }
}
