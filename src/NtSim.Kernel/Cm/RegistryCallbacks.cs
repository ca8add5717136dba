using System.Globalization;

namespace NtSim;

/// <summary>
/// The RegistryCallback routines of a machine and their calls. "The configuration manager calls each
/// RegistryCallback routine, in order, from the highest altitude to the lowest, until all drivers have
/// been called or a RegistryCallback routine returns a status value for which NT_SUCCESS(status)
/// equals FALSE"; routines registered with CmRegisterCallback "are inserted near the top ... in the
/// order that they call CmRegisterCallback" (Supporting Layered Registry Filtering Drivers).
/// Post-notifications go to the routines that received the pre-notification and let it pass.
/// </summary>
internal sealed class RegistryCallbacks
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private RegistryCallbackEntry[] _entries = [];
    private long _nextCookie;

    internal RegistryCallbacks(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>Whether no routine is registered: the registry routines skip the notifications.</summary>
    internal bool IsEmpty => Volatile.Read(ref _entries).Length == 0;

    /// <summary>CmRegisterCallback(Ex). <paramref name="altitude"/> null: CmRegisterCallback.</summary>
    internal NTSTATUS Register(KTHREAD thread, EX_CALLBACK_FUNCTION function, string? altitude, object? context, string file, int line,
        out LARGE_INTEGER cookie)
    {
        cookie = default;
        decimal? value = null;
        if (altitude is not null)
        {
            // An altitude is a decimal number ("380010", "385100.5"); anything else cannot be ordered.
            if (!decimal.TryParse(altitude, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            value = parsed;
        }

        var module = _machine.Modules.For(function);
        lock (_lock)
        {
            if (value is { } v && _entries.Any(e => e.Altitude == v))
            {
                return Wdm.STATUS_FLT_INSTANCE_ALTITUDE_COLLISION;
            }

            var id = ++_nextCookie;
            var entry = new RegistryCallbackEntry(function, context, value, altitude, id, id, module);
            entry.TrackHandle = _machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, _machine.AllocateObjectAddress(0x40), 0, 0, default,
                file, line, $"registry callback {CodeNames.Of(function.Method)} ({(altitude is null ? "CmRegisterCallback" : $"altitude {altitude}")})");
            // Legacy routines first, in registration order; then the highest altitude first.
            Volatile.Write(ref _entries, [.. _entries.Append(entry).OrderBy(e => e.Altitude is null ? 0 : 1).ThenByDescending(e => e.Altitude)
                .ThenBy(e => e.Order)]);
            cookie = new LARGE_INTEGER(id);
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>CmUnRegisterCallback: STATUS_INVALID_PARAMETER for a cookie that names no registration.</summary>
    internal NTSTATUS Unregister(LARGE_INTEGER cookie)
    {
        RegistryCallbackEntry? entry;
        lock (_lock)
        {
            entry = _entries.FirstOrDefault(e => e.Cookie == cookie.QuadPart);
            if (entry is null)
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            Volatile.Write(ref _entries, [.. _entries.Where(e => e != entry)]);
        }

        _machine.Tracking.Untrack(entry.TrackHandle);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Whether a cookie names a registration (CmCallbackGetKeyObjectID's check).</summary>
    internal bool IsRegistered(LARGE_INTEGER cookie) => Volatile.Read(ref _entries).Any(e => e.Cookie == cookie.QuadPart);

    /// <summary>Sends a pre-notification: the routines from the top until one fails. Returns the
    /// status to go on with (STATUS_SUCCESS: do the operation) and the routines to send the post to.</summary>
    internal RegistryOperation Pre(KTHREAD thread, REG_NOTIFY_CLASS notifyClass, IRegistryCallContext information)
    {
        var entries = Volatile.Read(ref _entries);
        var notified = new List<(RegistryCallbackEntry, object?)>(entries.Length);
        foreach (var entry in entries)
        {
            information.CallContext = null;
            var status = Call(thread, entry, notifyClass, information);
            if (!Wdm.NT_SUCCESS(status))
            {
                // STATUS_CALLBACK_BYPASS: the driver did the operation itself; the caller sees success.
                return new RegistryOperation(status == Wdm.STATUS_CALLBACK_BYPASS ? Wdm.STATUS_SUCCESS : status, status == Wdm.STATUS_CALLBACK_BYPASS,
                    information, notified);
            }

            notified.Add((entry, information.CallContext));
        }

        return new RegistryOperation(Wdm.STATUS_SUCCESS, false, information, notified);
    }

    /// <summary>Sends the post-notification of an operation to the routines its pre-notification passed.</summary>
    internal void Post(KTHREAD thread, RegistryOperation operation, REG_NOTIFY_CLASS notifyClass, object? keyObject, NTSTATUS status)
    {
        foreach (var (entry, callContext) in operation.Notified)
        {
            var post = new REG_POST_OPERATION_INFORMATION
            {
                Object = keyObject,
                Status = status,
                PreInformation = operation.PreInformation,
                ReturnStatus = status,
                CallContext = callContext,
            };
            Call(thread, entry, notifyClass, post);
        }
    }

    /// <summary>The registrations a driver left behind (for the debugger and tests).</summary>
    internal IReadOnlyList<RegistryCallbackEntry> Entries => Volatile.Read(ref _entries);

    private NTSTATUS Call(KTHREAD thread, RegistryCallbackEntry entry, REG_NOTIFY_CLASS notifyClass, object information)
    {
        using (thread.EnterModule(entry.Module))
        {
            if (entry.Module.IsUnloaded)
            {
                // A registration left behind by a driver that unloaded: the call faults in the unloaded image (0xCE).
                UnloadedCode.Raise(_machine, entry.Module, entry.Function.Method, "registry callback");
            }

            return entry.Function(entry.Context, notifyClass, information);
        }
    }
}

/// <summary>A registry operation between its pre- and post-notification.</summary>
internal sealed record RegistryOperation(NTSTATUS Status, bool Bypassed, object PreInformation,
    IReadOnlyList<(RegistryCallbackEntry Entry, object? CallContext)> Notified)
{
    /// <summary>Whether the operation itself is to be done (every routine let it pass).</summary>
    internal bool Proceed => Wdm.NT_SUCCESS(Status) && !Bypassed;
}
