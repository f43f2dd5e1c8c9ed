namespace Weft.Monitors;

/// <summary>A step of an exchange in a stack's elimination array (the controlled build of <c>EliminationArray</c> emits these).</summary>
public enum ExchangeStep : byte
{
    /// <summary>The offerer's posting CAS won: its push's <c>Value</c> is in a slot, takeable.</summary>
    Offered,
    /// <summary>A pop's CAS on the slot won: it took the offer (<c>Thread</c> is the popper).</summary>
    Taken,
    /// <summary>The offerer removed its offer itself (its withdrawal CAS won) and goes back to the stack.</summary>
    Withdrawn,
    /// <summary>The offerer's withdrawal CAS lost: it takes its push as done by a pop's take, and returns.</summary>
    HandedOver,
}
