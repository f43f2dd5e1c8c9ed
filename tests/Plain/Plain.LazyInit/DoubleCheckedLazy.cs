using System;
using System.Threading;

namespace Plain.LazyInit;

/// <summary>
/// Double-checked locking done right: a <c>volatile</c> field read without the lock (so a reader that sees the value
/// also sees it fully constructed), and a second check under the lock, so exactly one thread creates the value.
/// </summary>
public sealed class DoubleCheckedLazy<T> where T : class
{
    private readonly Func<T> _create;
    private readonly object _gate = new();
    private volatile T? _value;
    private int _creations;

    public DoubleCheckedLazy(Func<T> create) => _create = create;

    /// <summary>How many times the value was created.</summary>
    public int Creations => Volatile.Read(ref _creations);

    public T Value
    {
        get
        {
            var value = _value;
            if (value is not null) return value;
            lock (_gate)
            {
                if (_value is null)
                {
                    _value = _create();
                    Interlocked.Increment(ref _creations);
                }
                return _value;
            }
        }
    }
}
