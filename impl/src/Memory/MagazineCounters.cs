namespace Weft.Memory;

/// <summary>
/// What one registered thread's magazine exchanged with the pool's shared structures: refills that took one slot off
/// the shared free list, refills that took a batch from the depot, spills of a magazine's oldest batch (to the depot; with slot homes back to the slots' homes), and chunks
/// the thread added (counted always: the counters sit in the thread's own magazine, plain, on the slow paths only);
/// with slot homes, the slots it freed to another thread's remote-free list, the refills that took its own list, and
/// the refills that took a batch of its own overflow stack (what its spills kept at home).
/// </summary>
public readonly record struct MagazineCounters(long FreeListRefills, long DepotRefills, long Spills, long Grows, long RemoteFrees = 0, long RemoteDrains = 0,
    long OverflowRefills = 0);
