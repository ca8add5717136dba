using System.Diagnostics;

namespace NtSim;

/// <summary>CALLBACK_FUNCTION (wdm.h): a routine registered with a callback object (ExRegisterCallback).</summary>
public delegate void CALLBACK_FUNCTION(object? CallbackContext, object? Argument1, object? Argument2);

/// <summary>
/// CALLBACK_OBJECT: an executive callback object (ExCreateCallback), usually named under
/// <c>\Callback</c>. Its routines are called in the order of their registration by ExNotifyCallback;
/// an object created without AllowMultipleCallbacks takes one registration at a time.
/// </summary>
[DebuggerDisplay("Callback object ({_registrations.Count} registered)")]
public sealed class CALLBACK_OBJECT : IObjectBody
{
    private readonly List<CallbackRegistration> _registrations = [];
    private readonly Lock _lock = new();

    internal CALLBACK_OBJECT(bool allowMultipleCallbacks)
    {
        AllowMultipleCallbacks = allowMultipleCallbacks;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal bool AllowMultipleCallbacks { get; }

    internal ObjectHeader Header => ((IObjectBody)this).ObjectHeader!;

    /// <summary>Adds a registration; false if the object takes one and has it.</summary>
    internal bool TryAdd(CallbackRegistration registration)
    {
        lock (_lock)
        {
            if (!AllowMultipleCallbacks && _registrations.Count > 0)
            {
                return false;
            }

            _registrations.Add(registration);
            return true;
        }
    }

    internal bool Remove(CallbackRegistration registration)
    {
        lock (_lock)
        {
            return _registrations.Remove(registration);
        }
    }

    /// <summary>The registrations, oldest first.</summary>
    internal CallbackRegistration[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _registrations];
        }
    }
}

/// <summary>What ExRegisterCallback returns: one routine registered with one callback object.</summary>
internal sealed class CallbackRegistration(CALLBACK_OBJECT callbackObject, CALLBACK_FUNCTION function, object? context, KernelModule module)
{
    internal CALLBACK_OBJECT CallbackObject { get; } = callbackObject;

    internal CALLBACK_FUNCTION Function { get; } = function;

    internal object? Context { get; } = context;

    internal KernelModule Module { get; } = module;

    internal int TrackHandle { get; set; } = -1;

    internal bool Unregistered { get; set; }
}
