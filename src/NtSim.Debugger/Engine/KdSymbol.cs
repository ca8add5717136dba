using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NtSim.Debugger.Engine;

/// <summary>One routine's symbol: <c>Zero!ZeroRead</c> at its simulated address inside its module's image.</summary>
[DebuggerDisplay("{FullName,nq}")]
internal sealed record KdSymbol(KernelModule Module, string Name, ulong Address, MethodInfo Method)
{
    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(char)] = "char",
        [typeof(string)] = "string", [typeof(object)] = "object", [typeof(void)] = "void", [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary><c>module!name</c>, as WinDbg writes a symbol.</summary>
    internal string FullName => Module.Name + "!" + Name;

    /// <summary>The parameter types as <c>x</c> prints them: <c>(DEVICE_OBJECT, IRP)</c>; <c>(void)</c> for none.</summary>
    internal string Signature
    {
        get
        {
            // The caller's file and line NtSim's DDIs take ([CallerFilePath], [CallerLineNumber]) are no part of the routine's C signature.
            var parameters = Method.GetParameters()
                .Where(p => !p.IsDefined(typeof(CallerFilePathAttribute), false) && !p.IsDefined(typeof(CallerLineNumberAttribute), false)
                    && !p.IsDefined(typeof(CallerMemberNameAttribute), false))
                .ToList();
            return parameters.Count == 0 ? "(void)" : "(" + string.Join(", ", parameters.Select(p => TypeName(p.ParameterType))) + ")";
        }
    }

    // C# spells the types: keywords for the built-in ones, T? for Nullable<T>, and a * for ref and out.
    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + " *";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (s_keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? type.Name[..tick] : type.Name;
    }
}
