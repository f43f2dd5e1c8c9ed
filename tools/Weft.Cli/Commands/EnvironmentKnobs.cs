using System;
using System.Globalization;
using Weft.Platform;

namespace Weft.Cli.Commands;

/// <summary>
/// Every documented <c>WEFT_*</c> knob, checked once when the command line starts (so in the nightly parent, before
/// any child runs): a bad value is one input error naming the variable, not a failure of every test that reads it.
/// The knobs are those of <see cref="CheckOptions.WithEnvironment"/> (<c>WEFT_STRATEGY</c>, <c>WEFT_ITERATIONS</c>,
/// <c>WEFT_SEED</c>, <c>WEFT_MAX_STEPS</c>, <c>WEFT_TIME_BUDGET</c>), of <see cref="WeftConfig.WithEnvironment"/>
/// (reclamation and backoff), <c>WEFT_SCHEDULE_DIR</c>, <c>WEFT_SPIN</c> and <c>WEFT_IPC_ADAPTIVE_SPIN</c>.
/// </summary>
internal static class EnvironmentKnobs
{
    /// <summary>Throws <see cref="WeftInputException"/> naming the first malformed knob of <paramref name="getenv"/>.</summary>
    public static void Validate(Func<string, string?>? getenv = null)
    {
        getenv ??= Environment.GetEnvironmentVariable;
        try
        {
            CheckOptions.Default.WithEnvironment(getenv);
            WeftConfig.Default.WithEnvironment(getenv);
            Ipc.IpcOptions.ParseSpin(getenv(Ipc.IpcOptions.SpinEnvironmentVariable));
        }
        catch (ConfigException e)
        {
            throw new WeftInputException("environment: " + e.Message);
        }
        catch (WeftInputException e)
        {
            throw new WeftInputException("environment: " + e.Message);
        }
        if (getenv("WEFT_SCHEDULE_DIR") is { } dir && string.IsNullOrWhiteSpace(dir))
            throw new WeftInputException("environment: WEFT_SCHEDULE_DIR: expected a folder, found an empty value");
        if (getenv("WEFT_SPIN") is { } spin &&
            !(long.TryParse(spin, NumberStyles.None, CultureInfo.InvariantCulture, out var us) && us <= 1_000_000))
            throw new WeftInputException($"environment: WEFT_SPIN: '{spin}' is not a number of microseconds from 0 to 1000000");
    }
}
