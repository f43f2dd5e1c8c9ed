using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// A set workload that the lock-free and the locked skiplist scenarios share, on a <see cref="RecordedSet"/>.
/// </summary>
internal static class SetWorkloads
{
    /// <summary>
    /// Three threads add, remove and look up keys 1 and 2, so that operations collide on the same nodes; then the main
    /// thread looks both up and the history is checked.
    /// </summary>
    public static void ThreeThreadsOnTwoKeys(RecordedSet set)
    {
        var t1 = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 1);
            set.Op(me, "remove", 2);
            set.Op(me, "contains", 1);
        });
        var t2 = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 2);
            set.Op(me, "remove", 1);
            set.Op(me, "add", 1);
        });
        var t3 = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "contains", 2);
            set.Op(me, "remove", 1);
            set.Op(me, "add", 2);
        });
        t1.Join();
        t2.Join();
        t3.Join();
        set.Finish(set.Reclaimer.Register(), 1, 2);
    }
}
