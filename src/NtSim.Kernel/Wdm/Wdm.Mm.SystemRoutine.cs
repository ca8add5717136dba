using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// MmGetSystemRoutineAddress: the address of the kernel routine <paramref name="SystemRoutineName"/> (its
    /// exact, case-sensitive name), or NULL when the machine's Windows release does not export it (unknown, a
    /// header macro, or newer than the release). The address names the routine; to call it, use
    /// <see cref="MmGetSystemRoutineAddress{TDelegate}"/>.
    /// </summary>
    public static PVOID MmGetSystemRoutineAddress(in UNICODE_STRING SystemRoutineName)
    {
        var thread = DdiGate.Enter(DdiTable.MmGetSystemRoutineAddress);
        var machine = thread.Machine;
        var methods = SystemRoutines.Resolve(machine.Options.WindowsVersion, RoutineName(SystemRoutineName));
        return methods.Count == 0 ? default : new PVOID(machine.Modules.Kernel.AddressOf(methods[0]));
    }

    /// <summary>
    /// MmGetSystemRoutineAddress, typed: the routine as a delegate of the driver's own type (the C#
    /// form of <c>typedef NTSTATUS (*PFN_X)(...)</c> and the cast of the result), or null when the release
    /// does not export it, so that the documented pattern reads
    /// <c>var pfn = MmGetSystemRoutineAddress&lt;PFN_EX_ALLOCATE_POOL2&gt;(name); if (pfn != null) ... else ...</c>.
    /// Calls through the delegate enter the routine's DDI as a direct call does. A delegate whose parameters
    /// are not the routine's is the driver's bug (an ArgumentException naming both signatures).
    /// </summary>
    public static TDelegate? MmGetSystemRoutineAddress<TDelegate>(in UNICODE_STRING SystemRoutineName,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        where TDelegate : Delegate
    {
        var thread = DdiGate.Enter(DdiTable.MmGetSystemRoutineAddress);
        var name = RoutineName(SystemRoutineName);
        var methods = SystemRoutines.Resolve(thread.Machine.Options.WindowsVersion, name);
        return methods.Count == 0 ? null : SystemRoutines.Bind<TDelegate>(name, methods, file, line);
    }

    private static string RoutineName(in UNICODE_STRING name) =>
        new(Characters(name, nameof(MmGetSystemRoutineAddress), "SystemRoutineName"));
}
