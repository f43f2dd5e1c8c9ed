using Mono.Cecil;

namespace Weft.Rewriter;

internal static class ModuleExtensions
{
    /// <summary>True when the module holds only IL (no native code the rewriter would have to keep in place).</summary>
    public static bool IsILOnly(this ModuleDefinition module) => (module.Attributes & ModuleAttributes.ILOnly) != 0;
}
