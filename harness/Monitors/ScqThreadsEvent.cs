namespace Weft.Monitors;

/// <summary>
/// Declared by a test before it starts its threads: the number of threads that operate on its SCQ queues (an
/// <c>ScqQueue</c> enqueue dequeues from the free ring, so enqueuers count as well as dequeuers).
/// </summary>
public readonly record struct ScqThreadsEvent(int Threads);
