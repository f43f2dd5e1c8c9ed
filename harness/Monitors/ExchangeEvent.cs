namespace Weft.Monitors;

/// <summary>
/// An exchange step of elimination array <paramref name="Exchanger"/>: offer number <paramref name="Sequence"/> of
/// thread index <paramref name="Offerer"/> (the offerer's reclaimer slot), carrying <paramref name="Value"/>, on
/// controlled thread <paramref name="Thread"/>.
/// </summary>
public readonly record struct ExchangeEvent(int Exchanger, ExchangeStep Step, int Offerer, long Sequence, long Value, int Thread);
