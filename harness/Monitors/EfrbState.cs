namespace Weft.Monitors;

/// <summary>The four states of an EFRB update field, in the order of their encoding.</summary>
public enum EfrbState : byte
{
    Clean,
    IFlag,
    DFlag,
    Mark,
}
