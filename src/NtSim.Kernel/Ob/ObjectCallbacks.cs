using System.Globalization;

namespace NtSim;

/// <summary>
/// The ObRegisterCallbacks registrations of a machine and their calls around the creation and duplication of
/// process and thread handles. Registrations are kept from the highest altitude down: pre-operation routines
/// run in that order, each seeing the DesiredAccess the ones above left, and post-operation routines
/// in the reverse order, as a minifilter stack sees a request go down and come back up ("Load order
/// groups and altitudes for minifilter drivers": higher altitudes see operations first). One
/// registration per altitude: a second is STATUS_FLT_INSTANCE_ALTITUDE_COLLISION.
/// </summary>
internal sealed class ObjectCallbacks
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private ObjectCallbackRegistration[] _registrations = [];

    internal ObjectCallbacks(Machine machine)
    {
        _machine = machine;
    }

    internal bool IsEmpty => Volatile.Read(ref _registrations).Length == 0;

    /// <summary>The registrations, highest altitude first (tests, the debugger).</summary>
    internal IReadOnlyList<ObjectCallbackRegistration> Registrations => Volatile.Read(ref _registrations);

    /// <summary>Whether handles to objects of <paramref name="type"/> are intercepted (the types whose
    /// OBJECT_TYPE has SupportsObjectCallbacks: processes and threads; no desktops here).</summary>
    internal static bool Supports(OBJECT_TYPE? type) => type == ObjectTypes.Process || type == ObjectTypes.Thread;

    /// <summary>ObRegisterCallbacks once its arguments are checked.</summary>
    internal NTSTATUS Register(KTHREAD thread, decimal altitude, string altitudeText, object? context, IReadOnlyList<ObjectCallbackOperation> operations,
        string file, int line, out ObjectCallbackRegistration? registration)
    {
        registration = null;
        lock (_lock)
        {
            if (_registrations.Any(r => r.Altitude == altitude))
            {
                return Wdm.STATUS_FLT_INSTANCE_ALTITUDE_COLLISION;
            }

            var added = new ObjectCallbackRegistration(altitude, altitudeText, context, operations);
            added.TrackHandle = _machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, _machine.AllocateObjectAddress(0x40), 0, 0, default,
                file, line, string.Create(CultureInfo.InvariantCulture, $"object callbacks at altitude {altitudeText} (ObRegisterCallbacks)"));
            Volatile.Write(ref _registrations, [.. _registrations.Append(added).OrderByDescending(r => r.Altitude)]);
            registration = added;
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>ObUnRegisterCallbacks: false when the handle names no registration (already removed).</summary>
    internal bool Unregister(ObjectCallbackRegistration registration)
    {
        lock (_lock)
        {
            if (!_registrations.Contains(registration))
            {
                return false;
            }

            Volatile.Write(ref _registrations, [.. _registrations.Where(r => r != registration)]);
        }

        _machine.Tracking.Untrack(registration.TrackHandle);
        return true;
    }

    /// <summary>
    /// The hook of handle creation (ObpCreateHandle): for a process or thread handle with registrations,
    /// runs the pre-operation routines in the opening thread and returns the access they leave (never
    /// more than <paramref name="access"/>), and the call to finish with <see cref="HandleOperation.Post"/>;
    /// null when nothing is registered.
    /// </summary>
    internal static HandleOperation? PreOperation(Machine machine, ObjectHeader header, ref uint access, bool kernelHandle, DuplicateProcesses? duplicate)
    {
        if (!Supports(header.Type) || machine.ObjectCallbacksIfAny is not { IsEmpty: false } callbacks || KTHREAD.Current is not { Machine: not null } thread)
        {
            return null;
        }

        return callbacks.Pre(thread, header, ref access, kernelHandle, duplicate);
    }

    private HandleOperation Pre(KTHREAD thread, ObjectHeader header, ref uint access, bool kernelHandle, DuplicateProcesses? duplicate)
    {
        var original = access;
        var kind = duplicate is null ? Wdm.OB_OPERATION_HANDLE_CREATE : Wdm.OB_OPERATION_HANDLE_DUPLICATE;
        var parameters = new OB_PRE_OPERATION_PARAMETERS();
        var posts = new List<(ObjectCallbackRegistration, ObjectCallbackOperation, object?)>();
        foreach (var registration in Volatile.Read(ref _registrations))
        {
            foreach (var operation in registration.Operations)
            {
                if (operation.Type != header.Type || (operation.Operations & kind) == 0)
                {
                    continue;
                }

                object? callContext = null;
                if (operation.Pre is { } pre)
                {
                    parameters.CreateHandleInformation = new OB_PRE_CREATE_HANDLE_INFORMATION { DesiredAccess = access, OriginalDesiredAccess = original };
                    parameters.DuplicateHandleInformation = new OB_PRE_DUPLICATE_HANDLE_INFORMATION
                    {
                        DesiredAccess = access,
                        OriginalDesiredAccess = original,
                        SourceProcess = duplicate?.Source,
                        TargetProcess = duplicate?.Target,
                    };
                    var information = new OB_PRE_OPERATION_INFORMATION
                    {
                        Operation = kind,
                        KernelHandle = kernelHandle,
                        Object = header.Body,
                        ObjectType = header.Type,
                        Parameters = parameters,
                    };
                    Call(thread, operation, pre, () => pre(registration.Context, information));

                    // "You can never add access rights beyond what is specified in the DesiredAccess member."
                    access &= duplicate is null ? parameters.CreateHandleInformation.DesiredAccess : parameters.DuplicateHandleInformation.DesiredAccess;
                    callContext = information.CallContext;
                }

                if (operation.Post is not null)
                {
                    posts.Add((registration, operation, callContext));
                }
            }
        }

        posts.Reverse();
        return new HandleOperation(this, thread, header, kernelHandle, kind, posts);
    }

    /// <summary>Calls one routine in its driver's module; a routine of an unloaded driver faults (0xCE).</summary>
    private void Call(KTHREAD thread, ObjectCallbackOperation operation, Delegate routine, Action call)
    {
        using (thread.EnterModule(operation.Module))
        {
            if (operation.Module.IsUnloaded)
            {
                UnloadedCode.Raise(_machine, operation.Module, routine.Method, "object callback");
            }

            call();
        }
    }

    /// <summary>A handle creation between its pre- and post-operation routines.</summary>
    internal sealed class HandleOperation(ObjectCallbacks owner, KTHREAD thread, ObjectHeader header, bool kernelHandle, uint kind,
        IReadOnlyList<(ObjectCallbackRegistration Registration, ObjectCallbackOperation Operation, object? CallContext)> posts)
    {
        /// <summary>The post-operation routines, lowest altitude first, with the access the handle got.</summary>
        internal void Post(NTSTATUS status, uint grantedAccess)
        {
            foreach (var (registration, operation, callContext) in posts)
            {
                var post = operation.Post!;
                var information = new OB_POST_OPERATION_INFORMATION
                {
                    Operation = kind,
                    KernelHandle = kernelHandle,
                    Object = header.Body,
                    ObjectType = header.Type,
                    CallContext = callContext,
                    ReturnStatus = status,
                    Parameters = new OB_POST_OPERATION_PARAMETERS
                    {
                        CreateHandleInformation = new OB_POST_CREATE_HANDLE_INFORMATION { GrantedAccess = grantedAccess },
                        DuplicateHandleInformation = new OB_POST_DUPLICATE_HANDLE_INFORMATION { GrantedAccess = grantedAccess },
                    },
                };
                owner.Call(thread, operation, post, () => post(registration.Context, information));
            }
        }
    }
}
