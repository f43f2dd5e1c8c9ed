namespace Weft.Benchmarks;

/// <summary>
/// A bounded FIFO behind one lock (a circular array and two counters): the simplest correct bounded queue, the
/// baseline that shows what SCQ's lock-freedom buys or costs. Allocates nothing after construction.
/// </summary>
public sealed class LockedBoundedQueue<T>
{
    private readonly T[] _slots;
    private readonly System.Threading.Lock _lock = new();
    private long _head;
    private long _tail;

    public LockedBoundedQueue(int capacity) => _slots = new T[capacity];

    public bool TryEnqueue(T value)
    {
        lock (_lock)
        {
            if (_tail - _head == _slots.Length) return false;
            _slots[_tail++ % _slots.Length] = value;
            return true;
        }
    }

    public bool TryDequeue(out T value)
    {
        lock (_lock)
        {
            if (_tail == _head)
            {
                value = default!;
                return false;
            }
            long i = _head++ % _slots.Length;
            value = _slots[i];
            _slots[i] = default!;
            return true;
        }
    }
}
