using System;

namespace Weft.Reclamation;

/// <summary>
/// Thrown inside an operation of a DEBRA+ thread that was neutralized: the operation has had no visible effect
/// and must restart from the beginning (the cooperative counterpart of DEBRA+'s siglongjmp to recovery code).
/// </summary>
public sealed class NeutralizedException : Exception
{
    public NeutralizedException() : base("this thread was neutralized by DEBRA+; restart the operation") { }
    public NeutralizedException(string message) : base(message) { }
    public NeutralizedException(string message, Exception inner) : base(message, inner) { }
}
