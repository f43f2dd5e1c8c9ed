using System;

namespace Weft.Platform;

/// <summary>A configuration value that does not parse: names the variable and what was expected.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message) : base(message) { }
    public ConfigException() { }
    public ConfigException(string message, Exception inner) : base(message, inner) { }
}
