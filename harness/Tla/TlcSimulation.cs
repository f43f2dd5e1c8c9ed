using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>The parameters of a <c>-simulate</c> run and the trace modules it wrote (file names beside the raw output).</summary>
public sealed record TlcSimulation(int Num, int Depth, long Seed, IReadOnlyList<string> TraceModules);
