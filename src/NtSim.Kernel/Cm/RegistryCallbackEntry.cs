using System.Diagnostics;

namespace NtSim;

/// <summary>One RegistryCallback registration (CmRegisterCallback(Ex)): the routine, its context,
/// its altitude (null for CmRegisterCallback) and the cookie that names it.</summary>
[DebuggerDisplay("{Function.Method.Name,nq} at {AltitudeText ?? \"(legacy)\",nq}")]
internal sealed class RegistryCallbackEntry
{
    internal RegistryCallbackEntry(EX_CALLBACK_FUNCTION function, object? context, decimal? altitude, string? altitudeText, long cookie,
        long order, KernelModule module)
    {
        Function = function;
        Context = context;
        Altitude = altitude;
        AltitudeText = altitudeText;
        Cookie = cookie;
        Order = order;
        Module = module;
    }

    internal EX_CALLBACK_FUNCTION Function { get; }

    internal object? Context { get; }

    /// <summary>The altitude as a number; null for a routine registered with CmRegisterCallback.</summary>
    internal decimal? Altitude { get; }

    internal string? AltitudeText { get; }

    internal long Cookie { get; }

    /// <summary>The registration's sequence number (legacy routines are called in registration order).</summary>
    internal long Order { get; }

    internal KernelModule Module { get; }

    /// <summary>The tracker's record of the registration (a leftover at unload until unregistered).</summary>
    internal int TrackHandle { get; set; } = -1;
}
