namespace Weft.Atomics;

/// <summary>
/// Memory orders of the atomics layer, in the C++11 vocabulary.
///
/// Policy (audited here, once, for every algorithm in impl/):
/// <list type="bullet">
/// <item><b>Relaxed</b>: statistics counters, reference-count increments, reads whose result is validated by a
/// later CAS on the same structure (a Treiber <c>next</c> read before the CAS on <c>top</c>).</item>
/// <item><b>Acquire</b> loads / <b>Release</b> stores: publication. A node's fields are written, then the node is
/// published with a release CAS/store; readers load the pointer with acquire before reading the fields.
/// A reference-count decrement that may reach zero is <b>AcqRel</b>: the thread that frees must see every
/// write made by the others before their decrement.</item>
/// <item><b>SeqCst</b>: store-load ordering across different locations (Dekker patterns): an epoch or hazard
/// announcement followed by a re-read of the shared pointer needs a full fence, as does the futex
/// "set contended flag, then check" handshake.</item>
/// </list>
/// On x86-64 and ARM64 the CLR's <c>Volatile</c> read/write give acquire/release and <c>Interlocked</c>
/// operations are full fences, so the production build maps orders onto those two; a SeqCst store is an
/// <c>Interlocked.Exchange</c> (a plain volatile store does not order a later load). On x86/x64 (TSO) every load is
/// an acquire load and a relaxed load is the same <c>mov</c> as a volatile one, so there a load is a
/// <c>Volatile.Read</c> whatever its order, and an order chosen at run time (a seeded defect's) costs no test.
/// </summary>
public enum MemoryOrder : byte
{
    Relaxed,
    Acquire,
    Release,
    AcqRel,
    SeqCst,
}
