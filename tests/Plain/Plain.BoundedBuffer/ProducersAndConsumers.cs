using System.Threading;

namespace Plain.BoundedBuffer;

/// <summary>Two producers and two consumers of two items each through a buffer of one slot.</summary>
public static class ProducersAndConsumers
{
    /// <summary>Runs them and returns the sum of the items taken (1 + 2 + 3 + 4 = 10 when every item got through).</summary>
    public static int Run(bool wakeAll)
    {
        var buffer = new BoundedBuffer<int>(capacity: 1, wakeAll);
        int taken1 = 0, taken2 = 0;
        var threads = new[]
        {
            new Thread(() => { buffer.Put(1); buffer.Put(2); }),
            new Thread(() => { buffer.Put(3); buffer.Put(4); }),
            new Thread(() => taken1 = buffer.Take() + buffer.Take()),
            new Thread(() => taken2 = buffer.Take() + buffer.Take()),
        };
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        return taken1 + taken2;
    }
}
