using System;

namespace Weft;

internal sealed class MonitorFailure : Exception
{
    public MonitorFailure(string monitor, string message) : base(message) => MonitorName = monitor;
    public MonitorFailure() => MonitorName = "";
    public MonitorFailure(string message, Exception inner) : base(message, inner) => MonitorName = "";
    public MonitorFailure(string message) : base(message) => MonitorName = "";
    public string MonitorName { get; }
}
