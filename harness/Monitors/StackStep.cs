namespace Weft.Monitors;

/// <summary>A linearization point of a stack (the controlled build of <c>TreiberStack</c> emits these).</summary>
public enum StackStep : byte
{
    /// <summary>A push's winning CAS: <c>Value</c> is now on top.</summary>
    Push,
    /// <summary>A pop's winning CAS: the node it unlinked will yield the pop's value.</summary>
    Pop,
    /// <summary>A pop returned <c>Value</c> (after reading the unlinked node's payload).</summary>
    PopResult,
    /// <summary>
    /// A pop took a push's offer of <c>Value</c> from the stack's elimination array (the taker's winning CAS on the
    /// slot): the push and the pop linearized together, push first, and the stack is unchanged. <c>Thread</c> is the popper.
    /// </summary>
    Exchanged,
}
