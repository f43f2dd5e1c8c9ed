namespace Weft.Engine;

/// <summary>
/// A relaxed load kept by its location for promise certification (<see cref="RaPromises"/>): the loading thread, its
/// own clock entry at the load (a store whose thread has seen it happens after the load), the store serial at the load
/// (a store with a serial at least this was made after the load) and the hash of the decisions before the load (the
/// key its certified values are kept under).
/// </summary>
internal readonly record struct RaLoadRecord(int Thread, int Epoch, long Serial, ulong Prefix);
