namespace Weft;

/// <summary>
/// A monitor that receives typed events of type <typeparamref name="T"/> (emitted with <see cref="Checker.Emit{T}(in T)"/>)
/// without boxing. The runtime delivers each typed event to every monitor of the iteration implementing this interface.
/// </summary>
public interface IMonitorOf<T> where T : struct
{
    void On(in T e);
}
