using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The framework loaded in one machine (Wdf01000.sys): its client drivers by module, the handle
/// table a debugger resolves handles with, and the map from a context back to its object.
/// </summary>
internal sealed class FxLibrary
{
    private readonly Lock _lock = new();
    private readonly Dictionary<KernelModule, FxDriverGlobals> _clients = [];

    private FxLibrary(Machine machine) => Machine = machine;

    internal Machine Machine { get; }

    /// <summary>The KMDF version of the machine's Windows release (what WdfDriverIsVersionAvailable compares with).</summary>
    internal FxVersion Version => FxVersion.Of(Machine.Options.WindowsVersion);

    /// <summary>Every live framework object by address (what !wdfhandle resolves).</summary>
    internal FxHandleTable Handles { get; } = new();

    /// <summary>Context instance -> its object (WdfObjectContextGetObject).</summary>
    internal ConditionalWeakTable<object, FxObject> Contexts { get; } = new();

    internal static FxLibrary Of(Machine machine) => machine.Component(static m => new FxLibrary(m));

    /// <summary>The client drivers now bound to the framework.</summary>
    internal IReadOnlyList<FxDriverGlobals> Clients
    {
        get
        {
            lock (_lock)
            {
                return [.. _clients.Values];
            }
        }
    }

    /// <summary>The globals of the driver whose code is running on <paramref name="thread"/>, or null.</summary>
    internal FxDriverGlobals? ClientOf(KTHREAD thread)
    {
        lock (_lock)
        {
            return _clients.GetValueOrDefault(thread.CurrentModule);
        }
    }

    internal void Bind(FxDriverGlobals globals)
    {
        lock (_lock)
        {
            _clients[globals.Module] = globals;
        }
    }

    internal void Unbind(FxDriverGlobals globals)
    {
        lock (_lock)
        {
            _clients.Remove(globals.Module);
        }
    }
}
