using System.Reflection;
using System.Runtime.CompilerServices;
using NtSim.Debugger.Target;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Engine;

/// <summary>
/// How a driver's C# methods (and the kernel's DDIs) become <c>module!symbol</c> names with addresses,
/// for <c>x</c>, <c>ln</c>, <c>!drvobj 2</c>, expressions and breakpoints alike. docs/debugger.md.
/// <list type="bullet">
/// <item>Address: the module's image base plus a slot from a hash of the method's name and signature
/// (<see cref="KernelModule.AddressOf"/>), so a routine keeps its address from build to build, and the kernel's own
/// records (a thread's start address, MmGetSystemRoutineAddress) agree.</item>
/// <item>Name: the method's name (<c>Zero!ZeroRead</c>) when no other routine of the module has it;
/// otherwise class-qualified (<c>Zero!ZeroDriver.ZeroRead</c>). The qualified name always works. A lambda is
/// <c>Type.Method.lambda</c> after the method that holds it, a local function <c>Type.Method.Name</c>, an accessor
/// <c>Type.get_Name</c>. Overloads share a name (each has its address); the name resolves to the first.</item>
/// <item>nt: the DDIs the machine's Windows release exports, by their names (<c>nt!IoCompleteRequest</c>), and
/// <c>nt!IopInvalidDeviceRequest</c>, where a NULL MajorFunction entry sends an IRP.</item>
/// </list>
/// </summary>
internal static class KdSymbols
{
    private static readonly ConditionalWeakTable<KernelModule, IReadOnlyList<KdSymbol>> s_kernel = [];

    /// <summary>The routines of <paramref name="module"/>, by address.</summary>
    /// <remarks>The kernel's list is built once per machine; a driver's on each call (a cache would hold its methods,
    /// and so its collectible assembly, past its unload).</remarks>
    internal static IReadOnlyList<KdSymbol> Of(Machine machine, KernelModule module) =>
        module.ImageBase == 0 ? []
        : module == machine.Modules.Kernel ? s_kernel.GetValue(module, _ => Kernel(machine))
        : Driver(machine, module);

    /// <summary>The symbol <c>module!name</c> (module and name ignore case, as WinDbg's do), or null.</summary>
    internal static KdSymbol? Find(Machine machine, string qualified)
    {
        var bang = qualified.IndexOf('!', StringComparison.Ordinal);
        if (bang <= 0 || bang == qualified.Length - 1 || FindModule(machine, qualified[..bang]) is not { } module)
        {
            return null;
        }

        var name = qualified[(bang + 1)..];
        var symbols = Of(machine, module);
        return symbols.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? symbols.FirstOrDefault(s => string.Equals(CodeNames.Of(s.Method), name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The loaded module named <paramref name="name"/> (ignoring case), or null.</summary>
    internal static KernelModule? FindModule(Machine machine, string name) =>
        machine.Modules.Loaded().FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The symbols around <paramref name="address"/> in its module: the nearest at or below it
    /// and the next one above (either may be null); null module when no loaded image holds the address.</summary>
    internal static (KernelModule? Module, KdSymbol? Below, KdSymbol? Above) Near(Machine machine, ulong address)
    {
        if (machine.Modules.LoadedAt(address) is not { } module)
        {
            return (null, null, null);
        }

        var symbols = Of(machine, module);
        return (module, symbols.LastOrDefault(s => s.Address <= address), symbols.FirstOrDefault(s => s.Address > address));
    }

    /// <summary>The symbol <c>module!name</c> in the target's module views (module and name ignore case, as
    /// WinDbg's do; the class-qualified name always works), or null. Reads a dump as it reads a live machine.</summary>
    internal static KdSymbolView? Find(KdTarget target, string qualified)
    {
        var bang = qualified.IndexOf('!', StringComparison.Ordinal);
        if (bang <= 0 || bang == qualified.Length - 1 || FindModule(target, qualified[..bang]) is not { } module)
        {
            return null;
        }

        var name = qualified[(bang + 1)..];
        return module.Symbols.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? module.Symbols.FirstOrDefault(s => string.Equals(s.QualifiedName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The target's module named <paramref name="name"/> (ignoring case), or null.</summary>
    internal static KdModuleView? FindModule(KdTarget target, string name) =>
        target.Snapshot.Modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The symbols around <paramref name="address"/> in the target's module that holds it: the nearest at or
    /// below it and the next one above (either may be null); null module when no loaded image holds the address.</summary>
    internal static (KdModuleView? Module, KdSymbolView? Below, KdSymbolView? Above) Near(KdTarget target, ulong address)
    {
        if (target.Snapshot.Modules.FirstOrDefault(m => m.Contains(address)) is not { } module)
        {
            return (null, null, null);
        }

        return (module, module.Symbols.LastOrDefault(s => s.Address <= address), module.Symbols.FirstOrDefault(s => s.Address > address));
    }

    /// <summary>A routine's address: its module's image base plus its slot (0 for code outside any image).</summary>
    internal static ulong AddressOf(Machine machine, Delegate routine) =>
        machine.Modules.For(routine).AddressOf(routine.Method);

    /// <summary>A routine's symbol name, <c>Zero!ZeroRead</c>, as the module's symbol list names it (a framework
    /// routine as Wdf01000's: <see cref="KdFrameworkSymbols"/>).</summary>
    internal static string NameOf(Machine machine, Delegate routine)
    {
        if (KdFrameworkSymbols.NameOf(routine.Method) is { } framework)
        {
            return framework;
        }

        var module = machine.Modules.For(routine);
        var address = module.AddressOf(routine.Method);
        var symbol = Of(machine, module).FirstOrDefault(s => s.Address == address && s.Method == routine.Method);
        return symbol?.FullName ?? module.Name + "!" + CodeNames.Of(routine.Method);
    }

    private static List<KdSymbol> Driver(Machine machine, KernelModule module)
    {
        const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var methods = machine.Modules.CodeTypesOf(module)
            .SelectMany(t => t.GetMethods(all))
            .Where(m => !m.IsAbstract && m.DeclaringType is not null && machine.Modules.For(m) == module)
            .ToList();
        var qualified = methods.ToDictionary(m => m, CodeNames.Of);
        // A method's own name where it is the only one of the module; a lambda is never unqualified.
        var shortCounts = methods.Where(m => !IsGenerated(m)).GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. methods
            .Select(m => new KdSymbol(module, !IsGenerated(m) && shortCounts[m.Name] == 1 ? m.Name : qualified[m], module.AddressOf(m), m))
            .OrderBy(s => s.Address).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    private static List<KdSymbol> Kernel(Machine machine)
    {
        var kernel = machine.Modules.Kernel;
        var symbols = typeof(Wdm).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName)
            .Select(m => m.Name).Distinct(StringComparer.Ordinal)
            .Select(name => SystemRoutines.Resolve(machine.Options.WindowsVersion, name))
            .Where(methods => methods.Count > 0)
            // The first overload, as MmGetSystemRoutineAddress returns it.
            .Select(methods => new KdSymbol(kernel, methods[0].Name, kernel.AddressOf(methods[0]), methods[0]))
            .ToList();
        var invalid = typeof(IoManager).GetMethod(nameof(IoManager.InvalidDeviceRequest), BindingFlags.NonPublic | BindingFlags.Static)!;
        symbols.Add(new KdSymbol(kernel, "IopInvalidDeviceRequest", kernel.AddressOf(invalid), invalid));
        return [.. symbols.OrderBy(s => s.Address).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    // Compiler-made code (lambdas, closures) and property and event accessors are always class-qualified.
    private static bool IsGenerated(MethodInfo method) =>
        method.IsSpecialName || method.Name.StartsWith('<') || (method.DeclaringType?.Name.StartsWith('<') ?? false);
}
