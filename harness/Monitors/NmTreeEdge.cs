namespace Weft.Monitors;

/// <summary>The flag and tag bits of a Natarajan-Mittal tree edge (bits 31 and 30 of a handle).</summary>
public static class NmTreeEdge
{
    public const long Flag = 1L << 31;
    public const long Tag = 1L << 30;

    public static long Address(long edge) => edge & ~(Flag | Tag);
}
