using System;
using System.Collections.Generic;

namespace Plain.SharedCache;

/// <summary>
/// A cache of computed prices in a <see cref="Dictionary{TKey, TValue}"/> shared by threads and guarded by one lock.
/// <see cref="GetOrAddSplit"/> guards the lookup and the insertion separately and computes in between without the
/// lock: two threads can both miss the key, and the second <c>Add</c> throws (the check and the act are not one
/// critical section). <see cref="GetOrAdd"/> looks up and inserts in one critical section.
/// </summary>
public sealed class PriceCache
{
    private readonly Dictionary<string, int> _prices = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public int Count
    {
        get
        {
            lock (_gate) return _prices.Count;
        }
    }

    public int GetOrAddSplit(string key, Func<string, int> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        lock (_gate)
        {
            if (_prices.TryGetValue(key, out var cached)) return cached;
        }
        var price = compute(key);
        lock (_gate)
        {
            _prices.Add(key, price);
        }
        return price;
    }

    public int GetOrAdd(string key, Func<string, int> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        lock (_gate)
        {
            if (_prices.TryGetValue(key, out var cached)) return cached;
            var price = compute(key);
            _prices.Add(key, price);
            return price;
        }
    }
}
