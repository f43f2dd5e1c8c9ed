using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Atomics;

/// <summary>
/// A full memory fence (C++ <c>atomic_thread_fence(memory_order_seq_cst)</c>): no later load is performed before every
/// earlier store is visible to all threads. It is what a Dekker-style handshake needs when its stores are not
/// themselves SeqCst. Production build: <see cref="Interlocked.MemoryBarrier"/> (<c>mfence</c> / <c>dmb ish</c>).
/// Controlled build: a scheduling point that, under the TSO memory model, drains the thread's store buffer.
/// </summary>
public static class AtomicFence
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SeqCst(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        OrderMutation.Fence(file, line); // a scheduling point; SeqCst unless the mutation check weakened this site
#endif
        Interlocked.MemoryBarrier();
    }
}
