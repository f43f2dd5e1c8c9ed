using System;

namespace Weft;

/// <summary>
/// A monitor observes events that the code under test emits (<see cref="Checker.Emit"/>) and checks a property.
/// A safety monitor calls <see cref="Fail"/> when its invariant breaks. A liveness monitor also declares
/// itself <see cref="Hot"/> while some obligation is pending ("a waiter has not been woken") and cold when it
/// is discharged; staying hot at the end of an iteration, or for more than
/// <see cref="CheckOptions.LivenessThreshold"/> consecutive steps, is a liveness violation.
/// One instance is created per iteration.
/// </summary>
public abstract class PropertyMonitor
{
    /// <summary>The name used in reports (defaults to the class name).</summary>
    public virtual string Name => GetType().Name;

    private bool _hot;

    /// <summary>True while a liveness obligation is pending.</summary>
    public bool Hot
    {
        get => _hot;
        protected set
        {
            if (_hot && !value) CooledSinceCheck = true;
            _hot = value;
        }
    }

    /// <summary>Consecutive steps at which this monitor was hot; kept by the runtime's liveness-threshold check.</summary>
    internal int HotSteps;

    /// <summary>Set when the monitor goes cold; the runtime's next check restarts <see cref="HotSteps"/> even if it is hot again.</summary>
    internal bool CooledSinceCheck;

    /// <summary>Describes the pending obligation when hot.</summary>
    public virtual string HotReason => "monitor is hot";

    /// <summary>
    /// True when nothing this monitor saw in the iteration could have failed it (for example, a bound monitor whose
    /// test declared no bound): its events of that iteration are then not counted as observations, so a report does
    /// not credit its invariant for them.
    /// </summary>
    public virtual bool Vacuous => false;

    /// <summary>Receives every event emitted during the iteration.</summary>
    public abstract void OnEvent(object e);

    /// <summary>Called once when the iteration ends normally, before the hot check.</summary>
    public virtual void OnIterationEnd() { }

    /// <summary>Reports a safety violation of this monitor; the iteration stops here.</summary>
    protected void Fail(string message) => throw new MonitorFailure(Name, message);
}
