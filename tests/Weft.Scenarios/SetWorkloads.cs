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
