using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// One entry of a manifest's <c>seeded_defects:</c> map: the seeded defects that make the invariant (or property)
/// <see cref="Invariant"/> fail. <see cref="Tests"/> are registered negative controls (ids) caught by the invariant's
/// monitor, or for a <c>trace-replay</c> invariant the xunit tests (<c>Class.Method</c>) showing trace replay reject a
/// state that breaks it; <see cref="Configs"/> are the TLA+ configurations TLC shows violating it (empty when the spec
/// cannot express the defect, which <see cref="Note"/> then explains).
/// </summary>
public sealed record SeededDefect(string Invariant, IReadOnlyList<string> Tests, IReadOnlyList<string> Configs, string? Note, int Line, int Column);
