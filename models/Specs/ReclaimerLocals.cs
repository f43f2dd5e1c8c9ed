using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Memory;
using Weft.Reclamation;
using Weft.Tla;

namespace Weft.Specs;

/// <summary>A spec thread's state that the reclamation mappings read: its registration and the workload's locals.</summary>
internal class ReclaimerLocals
{
    public ReclaimerThread? Registration;
    public long Hp;
    public long NewNode;
}
