using System;
using System.Threading;

namespace Plain.LazyInit;

/// <summary>
/// A lazily created value that checks for it outside the lock and creates it inside without checking again: two
/// threads that both see no value both wait for the lock, and each creates one (the second replaces the first, which
/// callers may already hold). The broken half of double-checked locking.
/// </summary>
public sealed class CheckThenLockLazy<T> where T : class
{
    private readonly Func<T> _create;
    private readonly object _gate = new();
    private T? _value;
    private int _creations;

    public CheckThenLockLazy(Func<T> create) => _create = create;

    /// <summary>How many times the value was created.</summary>
    public int Creations => Volatile.Read(ref _creations);

    public T Value
    {
        get
        {
            if (_value is null)
            {
                lock (_gate)
                {
                    _value = _create();
                    Interlocked.Increment(ref _creations);
                }
            }
            return _value;
        }
    }
}
