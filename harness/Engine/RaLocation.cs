namespace Weft.Engine;

/// <summary>
/// One shared location under the release/acquire model: its stores in modification order, the newest
/// <see cref="HistoryBound"/> of them kept in a ring (index 0 is the oldest kept, <c>Count - 1</c> the newest, which is
/// also what the cell's field holds). When the ring is full a new store evicts the oldest: no load can read it any more.
/// </summary>
internal sealed class RaLocation
{
    /// <summary>
    /// Stores kept per location: a load may read any of the newest 8 stores to its location that coherence and
    /// happens-before allow, never an older one (as loom's <c>MAX_ATOMIC_HISTORY</c>, which is 7). A bug that needs a
    /// load to return a value overwritten 8 or more times since is missed.
    /// </summary>
    public const int HistoryBound = 8;

    private readonly RaStore[] _ring = new RaStore[HistoryBound];
    private int _head;

    /// <summary>
    /// Relaxed loads kept per location for promise certification (<see cref="RaPromises"/>): the newest 4 of the
    /// iteration; a store certifies values only for them.
    /// </summary>
    public const int LoadBound = 4;

    private readonly RaLoadRecord[] _loads = new RaLoadRecord[LoadBound];
    private int _loadNext;

    /// <summary>Relaxed loads kept (0 to <see cref="LoadBound"/>; 0 costs a store nothing).</summary>
    public int LoadCount { get; private set; }

    /// <summary>The <paramref name="index"/>-th kept relaxed load, in no particular order.</summary>
    public RaLoadRecord LoadAt(int index) => _loads[index];

    /// <summary>Keeps a relaxed load (evicting the oldest kept one when full).</summary>
    public void RecordLoad(in RaLoadRecord load)
    {
        _loads[_loadNext] = load;
        _loadNext = (_loadNext + 1) % LoadBound;
        if (LoadCount < LoadBound) LoadCount++;
    }

    public RaLocation()
    {
        for (int i = 0; i < _ring.Length; i++) _ring[i] = new RaStore();
    }

    /// <summary>Stores kept (1 to <see cref="HistoryBound"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Cell width: 4 or 8 bytes, or <see cref="BufferedStore.ReferenceWidth"/>.</summary>
    public byte Width { get; private set; }

    /// <summary>The <paramref name="index"/>-th kept store, 0 the oldest.</summary>
    public RaStore this[int index] => _ring[(_head + index) % HistoryBound];

    public RaStore Newest => this[Count - 1];

    /// <summary>Forgets every store; the location's history restarts with <paramref name="bits"/>/<paramref name="reference"/> as its initial value.</summary>
    public void Restart(byte width, long bits, object? reference)
    {
        for (int i = 0; i < Count; i++) this[i].Reset(0, null, 0, 0);
        Width = width;
        _head = 0;
        Count = 1;
        LoadCount = 0;
        _loadNext = 0;
        _ring[0].Reset(bits, reference, 0, 0);
        _ring[0].Serial = -1; // made before every load
        _ring[0].FixedInOrder = true; // the initial value happens before every store
    }

    /// <summary>Appends a store at the end of the modification order (evicting the oldest kept one when full).</summary>
    public RaStore Append(long bits, object? reference, int thread, int epoch)
    {
        RaStore s;
        if (Count == HistoryBound)
        {
            s = _ring[_head];
            _head = (_head + 1) % HistoryBound;
        }
        else
        {
            s = _ring[(_head + Count) % HistoryBound];
            Count++;
        }
        s.Reset(bits, reference, thread, epoch);
        return s;
    }

    /// <summary>
    /// Moves the newest store (just appended) back in modification order past the <paramref name="newer"/> stores
    /// before it, which then follow it (<see cref="RaMemory"/> decides when that is allowed).
    /// </summary>
    public void PlaceNewestBefore(int newer)
    {
        for (int i = Count - 1; i > Count - 1 - newer; i--)
        {
            int at = (_head + i) % HistoryBound, before = (_head + i - 1) % HistoryBound;
            (_ring[at], _ring[before]) = (_ring[before], _ring[at]);
        }
    }
}
