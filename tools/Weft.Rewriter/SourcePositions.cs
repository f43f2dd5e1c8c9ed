using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Weft.Rewriter;

/// <summary>
/// The source position of an instruction of one method, from the assembly's symbols (the nearest sequence point at or
/// before it): what a controlled equivalent receives as its <c>file, line</c>, so that reports and schedules name the
/// user's source line. Without symbols, the method's name and the instruction's IL offset.
/// </summary>
internal sealed class SourcePositions
{
    private readonly List<SequencePoint> _points;
    private readonly string _methodName;

    public SourcePositions(MethodDefinition method)
    {
        _points = method.DebugInformation.HasSequencePoints
            ? method.DebugInformation.SequencePoints.Where(p => !p.IsHidden).OrderBy(p => p.Offset).ToList()
            : new List<SequencePoint>();
        _methodName = $"{method.DeclaringType.FullName}::{method.Name}";
    }

    /// <summary>The file and line of the instruction at IL offset <paramref name="offset"/> (of the method as read).</summary>
    public (string File, int Line) At(int offset)
    {
        SequencePoint? best = null;
        foreach (var p in _points)
        {
            if (p.Offset > offset) break;
            best = p;
        }
        return best is null ? (_methodName, offset) : (best.Document.Url, best.StartLine);
    }
}
