using System.Diagnostics;

namespace NtSim;

/// <summary>
/// One registered provider (the object a REGHANDLE points to): its GUID and name, the driver module that
/// registered it, its enable callback, and the sessions that enable it. The sessions are a copy-on-write array
/// written under the tracing lock and read without it, so that "is this event enabled" is a field read and,
/// only when a session enables the provider, a short loop.
/// </summary>
[DebuggerDisplay("{ProviderId} {Name,nq} {Kind} enabled by {_enables.Length}")]
internal sealed class EtwRegistration(Machine machine, Guid providerId, string name, EtwProviderKind kind, KernelModule module,
    ulong address, PETWENABLECALLBACK? callback, object? callbackContext)
{
    private TraceSessionEnable[] _enables = [];
    private volatile bool _registered = true;

    internal Machine Machine { get; } = machine;

    internal Guid ProviderId { get; } = providerId;

    /// <summary>The name sessions may enable it by, and tracefmt prints: a TraceLogging provider's name, a WPP
    /// control GUID's friendly name, or the GUID of an EtwRegister provider.</summary>
    internal string Name { get; } = name;

    /// <summary>The name printed in a trace line (a WPP message: its driver's name, as tracefmt prints the directory
    /// the driver was built in).</summary>
    internal string DisplayName { get; init; } = name;

    internal EtwProviderKind Kind { get; } = kind;

    /// <summary>A WPP registration's control GUID (its flag names).</summary>
    internal WPP_CONTROL_GUID? Control { get; init; }

    internal KernelModule Module { get; } = module;

    /// <summary>The REGHANDLE's value: the registration's address.</summary>
    internal ulong Address { get; } = address;

    internal PETWENABLECALLBACK? Callback { get; } = callback;

    internal object? CallbackContext { get; } = callbackContext;

    /// <summary>The tracker's record that makes the registration a leftover at unload.</summary>
    internal int TrackHandle { get; set; }

    internal bool IsRegistered => _registered;

    /// <summary>Some session enables the provider (EtwProviderEnabled's fast answer).</summary>
    internal bool IsEnabled => Volatile.Read(ref _enables).Length != 0;

    /// <summary>The sessions enabling the provider now.</summary>
    internal TraceSessionEnable[] Enables => Volatile.Read(ref _enables);

    /// <summary>Under the tracing lock: the sessions enabling the provider changed.</summary>
    internal void SetEnables(TraceSessionEnable[] enables) => Volatile.Write(ref _enables, enables);

    internal void MarkUnregistered()
    {
        _registered = false;
        Volatile.Write(ref _enables, []);
    }

    /// <summary>Some session takes an event of this level and keyword.</summary>
    internal bool IsEnabledFor(byte level, ulong keyword)
    {
        foreach (var enable in Volatile.Read(ref _enables))
        {
            if (enable.Provider.Passes(level, keyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Some session takes a WPP message of this level and these flags.</summary>
    internal bool IsWppEnabledFor(byte level, uint flags)
    {
        foreach (var enable in Volatile.Read(ref _enables))
        {
            if (enable.Provider.PassesWpp(level, flags))
            {
                return true;
            }
        }

        return false;
    }
}
