using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Engine;

/// <summary>A strategy that reads what each step did (the runtime fills <see cref="Steps"/> for it).</summary>
internal interface IObservesSteps
{
    StepLog Steps { get; }
}
