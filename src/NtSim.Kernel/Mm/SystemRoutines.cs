using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The kernel's exports as MmGetSystemRoutineAddress sees them: a DDI NtSim has (a Wdm function with a
/// row in the DDI table, or one of the run-time library exports that need no gate) that the machine's
/// Windows release offers (<see cref="Ddi.MinimumVersion"/>). Header macros and inline functions are not
/// exports and are not found, as on Windows.
/// </summary>
internal static class SystemRoutines
{
    // Exported by ntoskrnl but not gated (docs/ddi-entry.md, "What does not go through the gate"):
    // run-time library routines that touch no machine state, read-only state readers and wrappers.
    private static readonly FrozenSet<string> s_ungatedExports = FrozenSet.ToFrozenSet(
    [
        "RtlInitUnicodeString", "RtlCopyUnicodeString", "RtlEqualUnicodeString", "RtlCompareUnicodeString",
        "RtlPrefixUnicodeString", "RtlAppendUnicodeToString", "RtlAppendUnicodeStringToString", "RtlUpcaseUnicodeChar",
        "RtlNtStatusToDosError", "VerSetConditionMask", "KeReadStateEvent", "KeReadStateMutex", "KeReadStateSemaphore",
        "KeReadStateTimer", "KeTestSpinLock", "KeQueryTimeIncrement", "PsGetThreadId", "PsGetProcessId", "PsIsSystemThread",
        "ExRaiseStatus", "KeAcquireSpinLockRaiseToDpc", "KeSetTimer", "KeInitializeTimer", "ZwOpenFile", "KeClearEvent",
    ], StringComparer.Ordinal);

    private static readonly Lazy<ILookup<string, MethodInfo>> s_wdm = new(() =>
        typeof(Wdm).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName)
            .ToLookup(m => m.Name, StringComparer.Ordinal));

    /// <summary>The Wdm functions named <paramref name="name"/> if the kernel of <paramref name="version"/>
    /// exports that routine; empty otherwise (unknown, not an export, or newer than the release).</summary>
    internal static IReadOnlyList<MethodInfo> Resolve(WindowsVersion version, string name)
    {
        var methods = s_wdm.Value[name].ToList();
        if (methods.Count == 0)
        {
            return [];
        }

        var row = Ddi.All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
        var exported = row is not null ? row.MinimumVersion <= version : s_ungatedExports.Contains(name);
        return exported ? methods : [];
    }

    /// <summary>A delegate of the driver's type bound to the routine: the overload whose parameters are the
    /// delegate's, and trailing optional ones (the caller's file and line, which become the lookup's).
    /// A delegate that matches no overload is the driver's bug, reported with the routine's signatures.</summary>
    internal static TDelegate Bind<TDelegate>(string name, IReadOnlyList<MethodInfo> methods, string file, int line)
        where TDelegate : Delegate
    {
        var invoke = typeof(TDelegate).GetMethod("Invoke")!;
        var wanted = invoke.GetParameters();
        foreach (var method in methods)
        {
            if (Matches(method, invoke.ReturnType, wanted))
            {
                return method.GetParameters().Length == wanted.Length
                    ? (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), method)
                    : WithDefaults<TDelegate>(method, wanted, file, line);
            }
        }

        throw new ArgumentException(
            $"MmGetSystemRoutineAddress: the delegate {typeof(TDelegate).Name}{Signature(invoke.ReturnType, wanted)} does not match {name}: " +
            string.Join(" or ", methods.Select(m => $"{m.Name}{Signature(m.ReturnType, m.GetParameters())}")) +
            ". Declare the delegate with the routine's parameters, as the WDK's typedef of its function type does.",
            nameof(TDelegate));
    }

    private static bool Matches(MethodInfo method, Type returnType, ParameterInfo[] wanted)
    {
        var have = method.GetParameters();
        if (method.ReturnType != returnType || have.Length < wanted.Length)
        {
            return false;
        }

        for (var i = 0; i < have.Length; i++)
        {
            if (i < wanted.Length ? have[i].ParameterType != wanted[i].ParameterType : !have[i].HasDefaultValue)
            {
                return false;
            }
        }

        return true;
    }

    private static TDelegate WithDefaults<TDelegate>(MethodInfo method, ParameterInfo[] wanted, string file, int line)
        where TDelegate : Delegate
    {
        var parameters = wanted.Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var arguments = method.GetParameters().Select((p, i) => i < parameters.Length
            ? (Expression)parameters[i]
            : Expression.Constant(DefaultFor(p, file, line), p.ParameterType));
        return Expression.Lambda<TDelegate>(Expression.Call(method, arguments), parameters).Compile();
    }

    private static object? DefaultFor(ParameterInfo parameter, string file, int line)
    {
        if (parameter.IsDefined(typeof(CallerFilePathAttribute), false))
        {
            return file;
        }

        return parameter.IsDefined(typeof(CallerLineNumberAttribute), false) ? line : parameter.DefaultValue;
    }

    private static string Signature(Type returnType, ParameterInfo[] parameters) =>
        $"({string.Join(", ", parameters.Select(p => $"{p.ParameterType.Name} {p.Name}"))}) -> {returnType.Name}";
}
