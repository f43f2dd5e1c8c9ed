namespace Weft.Engine;

/// <summary>A decision where switching was free and the default was taken: its anchor, its number, the enabled threads and the default.</summary>
internal sealed record FreePoint(int AnchorThread, int AnchorCount, int Decision, int[] Enabled, int Default);
