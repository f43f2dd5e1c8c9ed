namespace Weft.Reclamation;

/// <summary>The safe-memory-reclamation schemes a structure can use.</summary>
public enum ReclamationScheme
{
    /// <summary>Retired nodes are never freed (leak): trivially safe, unbounded memory.</summary>
    None,
    /// <summary>Retired nodes are freed at once: unsafe (use-after-free, ABA); kept as a negative control.</summary>
    Immediate,
    /// <summary>2GE interval-based reclamation (Wen et al., PPoPP 2018).</summary>
    Ibr,
    /// <summary>Distributed epoch-based reclamation (Brown, PODC 2015).</summary>
    Debra,
    /// <summary>DEBRA with cooperative neutralization of stalled threads.</summary>
    DebraPlus,
}
