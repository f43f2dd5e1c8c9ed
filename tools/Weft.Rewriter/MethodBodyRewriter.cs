using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Weft.Rewriter;

/// <summary>
/// Rewrites one method body: a call to a BCL method with a controlled equivalent becomes a call to that equivalent
/// with the call's source position appended; a <c>volatile.</c> field load or store becomes a call to
/// <c>ControlledVolatile.ReadField/WriteField</c> on the field's address; a call that may block outside the runtime
/// (<see cref="BlockingCalls"/>) is preceded by a note for the watchdog.
/// <para>
/// Instructions are changed in place and new ones inserted after them, never before: a branch or an exception handler
/// that targets the original instruction then targets the start of its replacement.
/// </para>
/// </summary>
internal sealed class MethodBodyRewriter
{
    private readonly ModuleDefinition _module;
    private readonly ShimCatalog _catalog;
    private readonly RewriteTally _tally;
    private readonly MethodReference _entering;
    private readonly MethodReference _readField;
    private readonly MethodReference _writeField;

    public MethodBodyRewriter(ModuleDefinition module, ShimCatalog catalog, RewriteTally tally)
    {
        _module = module;
        _catalog = catalog;
        _tally = tally;
        _entering = module.ImportReference(catalog.Method("Weft.Rewriting.UncontrolledCall", "Entering"));
        _readField = module.ImportReference(catalog.Method("Weft.Rewriting.ControlledVolatile", "ReadField"));
        _writeField = module.ImportReference(catalog.Method("Weft.Rewriting.ControlledVolatile", "WriteField"));
    }

    public void Rewrite(MethodDefinition method)
    {
        if (!method.HasBody) return;
        var body = method.Body;
        var positions = new SourcePositions(method);
        body.SimplifyMacros();
        foreach (var instruction in body.Instructions.ToList())
        {
            if (instruction.OpCode == OpCodes.Volatile) RewriteVolatile(method, instruction, positions);
            else if (instruction.OpCode.FlowControl == FlowControl.Call && instruction.Operand is MethodReference call) RewriteCall(body, instruction, call, positions);
        }
        body.OptimizeMacros();
    }

    private void RewriteCall(MethodBody body, Instruction instruction, MethodReference call, SourcePositions positions)
    {
        var il = body.GetILProcessor();
        bool prefixed = instruction.Previous is { } p && p.OpCode.OpCodeType == OpCodeType.Prefix;
        if (_catalog.Find(call) is { } shim)
        {
            if (prefixed && instruction.Previous.OpCode != OpCodes.Tail)
            {
                _tally.AddSkipped($"{MethodKeys.ShortName(call)} with a {instruction.Previous.OpCode.Name} prefix in {body.Method.FullName}");
                return;
            }
            if (prefixed) instruction.Previous.OpCode = OpCodes.Nop; // tail. must precede a call: the equivalent is not one
            var (file, line) = positions.At(instruction.Offset);
            instruction.OpCode = OpCodes.Ldstr;
            instruction.Operand = file;
            var lineLoad = il.Create(OpCodes.Ldc_I4, line);
            il.InsertAfter(instruction, lineLoad);
            il.InsertAfter(lineLoad, il.Create(OpCodes.Call, Instantiate(_module.ImportReference(shim), call)));
            _tally.AddRedirected(MethodKeys.ShortName(call));
        }
        else if (!prefixed && BlockingCalls.Contains(call))
        {
            var (file, line) = positions.At(instruction.Offset);
            var original = il.Create(instruction.OpCode, call);
            instruction.OpCode = OpCodes.Ldstr;
            instruction.Operand = MethodKeys.ShortName(call);
            var fileLoad = il.Create(OpCodes.Ldstr, file);
            var lineLoad = il.Create(OpCodes.Ldc_I4, line);
            var note = il.Create(OpCodes.Call, _entering);
            il.InsertAfter(instruction, fileLoad);
            il.InsertAfter(fileLoad, lineLoad);
            il.InsertAfter(lineLoad, note);
            il.InsertAfter(note, original);
            _tally.AddUncontrolled(MethodKeys.ShortName(call));
        }
    }

    /// <summary>The equivalent with the call's generic arguments, when the call is to a generic method instance.</summary>
    private static MethodReference Instantiate(MethodReference shim, MethodReference call)
    {
        if (call is not GenericInstanceMethod generic) return shim;
        var instance = new GenericInstanceMethod(shim);
        foreach (var argument in generic.GenericArguments) instance.GenericArguments.Add(argument);
        return instance;
    }

    /// <summary>
    /// <c>volatile. ldfld F</c> becomes <c>ldflda F; ldstr file; ldc line; call ReadField&lt;T&gt;</c>;
    /// <c>volatile. stfld F</c> becomes <c>stloc tmp; ldflda F; ldloc tmp; ldstr file; ldc line; call WriteField&lt;T&gt;</c>
    /// (the static forms likewise with <c>ldsflda</c>).
    /// </summary>
    private void RewriteVolatile(MethodDefinition method, Instruction prefix, SourcePositions positions)
    {
        var access = prefix.Next;
        if (access?.Operand is not FieldReference field) return; // a volatile. ldind/stind: left as it is
        bool load = access.OpCode == OpCodes.Ldfld || access.OpCode == OpCodes.Ldsfld;
        bool isStatic = access.OpCode == OpCodes.Ldsfld || access.OpCode == OpCodes.Stsfld;
        if (!load && access.OpCode != OpCodes.Stfld && access.OpCode != OpCodes.Stsfld) return;
        if (!FieldTypeUsable(method, field))
        {
            _tally.AddSkipped($"volatile field {field.FullName} in {method.FullName}: its type depends on another generic instance; not a scheduling point");
            return;
        }
        var il = method.Body.GetILProcessor();
        var (file, line) = positions.At(prefix.Offset);
        var address = isStatic ? OpCodes.Ldsflda : OpCodes.Ldflda;
        var accessor = new GenericInstanceMethod(load ? _readField : _writeField) { GenericArguments = { field.FieldType } };
        Instruction last;
        if (load)
        {
            prefix.OpCode = address;
            prefix.Operand = field;
            access.OpCode = OpCodes.Ldstr;
            access.Operand = file;
            last = access;
        }
        else
        {
            var value = new VariableDefinition(field.FieldType);
            method.Body.Variables.Add(value);
            prefix.OpCode = OpCodes.Stloc;
            prefix.Operand = value;
            access.OpCode = address;
            access.Operand = field;
            last = il.Create(OpCodes.Ldloc, value);
            il.InsertAfter(access, last);
            var fileLoad = il.Create(OpCodes.Ldstr, file);
            il.InsertAfter(last, fileLoad);
            last = fileLoad;
        }
        var lineLoad = il.Create(OpCodes.Ldc_I4, line);
        il.InsertAfter(last, lineLoad);
        il.InsertAfter(lineLoad, il.Create(OpCodes.Call, accessor));
        _tally.AddRedirected(load ? "volatile load" : "volatile store");
    }

    /// <summary>
    /// The field's type can name the accessor's type argument and a local here: it mentions no generic parameter, or its
    /// declaring type is this method's own type instantiated over its own parameters (a field of <c>this</c>).
    /// </summary>
    private static bool FieldTypeUsable(MethodDefinition method, FieldReference field)
    {
        if (!field.FieldType.ContainsGenericParameter) return true;
        if (field.DeclaringType is not GenericInstanceType instance) return true;
        if (instance.ElementType.FullName != method.DeclaringType.FullName) return false;
        for (int i = 0; i < instance.GenericArguments.Count; i++)
            if (instance.GenericArguments[i] is not GenericParameter { Type: GenericParameterType.Type } p || p.Position != i) return false;
        return true;
    }
}
