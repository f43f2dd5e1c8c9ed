using System.Collections.Generic;
using System.Threading;

namespace Plain.BoundedBuffer;

/// <summary>
/// A bounded buffer on one monitor: producers wait while it is full, consumers while it is empty, and each change wakes
/// waiters. Producers and consumers wait on the same monitor, so a wake-up meant for one kind can reach the other. With
/// <c>wakeAll: false</c> each change wakes one waiter (<see cref="Monitor.Pulse"/>): a consumer's wake-up can go to
/// another consumer, which finds the buffer empty and waits again, and the producer that should have run never wakes,
/// so every thread can end up waiting (the notify-instead-of-notifyAll deadlock). With <c>wakeAll: true</c>
/// (<see cref="Monitor.PulseAll"/>) every waiter re-checks its condition, and one that can proceed always does.
/// </summary>
public sealed class BoundedBuffer<T>
{
    private readonly Queue<T> _items = new();
    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly bool _wakeAll;

    public BoundedBuffer(int capacity, bool wakeAll)
    {
        _capacity = capacity;
        _wakeAll = wakeAll;
    }

    public void Put(T item)
    {
        lock (_gate)
        {
            while (_items.Count == _capacity) Monitor.Wait(_gate);
            _items.Enqueue(item);
            WakeWaiters();
        }
    }

    public T Take()
    {
        lock (_gate)
        {
            while (_items.Count == 0) Monitor.Wait(_gate);
            var item = _items.Dequeue();
            WakeWaiters();
            return item;
        }
    }

    private void WakeWaiters()
    {
        if (_wakeAll) Monitor.PulseAll(_gate);
        else Monitor.Pulse(_gate);
    }
}
