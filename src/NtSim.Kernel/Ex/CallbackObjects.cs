namespace NtSim;

/// <summary>
/// ExCreateCallback, ExRegisterCallback, ExUnregisterCallback and ExNotifyCallback at their core.
/// A registration holds a reference to its callback object until it is unregistered; "the system
/// calls callback routines in order of their registration", at the IRQL of ExNotifyCallback's caller
/// (ExNotifyCallback's WDK page).
/// </summary>
internal static class CallbackObjects
{
    /// <summary>ExCreateCallback: opens the object the attributes name, or creates it when
    /// <paramref name="create"/> is set (a new unnamed object without a name). The object is returned
    /// referenced; the caller releases it with ObDereferenceObject.</summary>
    internal static NTSTATUS Create(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, bool create, bool allowMultipleCallbacks, string file, int line,
        out CALLBACK_OBJECT? callbackObject)
    {
        callbackObject = null;
        var objects = thread.Machine.ObjectManager;
        var status = objects.Capture(attributes, Wdm.KernelMode, nameof(Wdm.ExCreateCallback), out var name);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            // With no name and no Create there is nothing to open (ExCreateCallback's initial status).
            status = Wdm.STATUS_UNSUCCESSFUL;
            if (!name.IsUnnamed)
            {
                status = objects.OpenObjectByName(name, ObjectTypes.Callback, 0, Wdm.KernelMode, null, out var found);
                if (Wdm.NT_SUCCESS(status))
                {
                    callbackObject = (CALLBACK_OBJECT)found!.Body;
                    return status;
                }
            }

            if (!create)
            {
                return status;
            }

            var header = objects.CreateObject(ObjectTypes.Callback, new CALLBACK_OBJECT(allowMultipleCallbacks), thread.CurrentModule, file, line);
            // OBJ_OPENIF: a creator that lost a race for the name gets the winner's object.
            var named = name with { Attributes = name.Attributes | Wdm.OBJ_OPENIF };
            status = objects.InsertObject(header, named, 0, createHandle: false, keepReference: true, thread.CurrentModule, file, line, out _, out var result);
            if (Wdm.NT_SUCCESS(status))
            {
                callbackObject = (CALLBACK_OBJECT)result!.Body;
                status = Wdm.STATUS_SUCCESS;
            }

            return status;
        }
        finally
        {
            objects.Release(name);
        }
    }

    /// <summary>ExRegisterCallback: null when the object takes one registration and has it.</summary>
    internal static CallbackRegistration? Register(KTHREAD thread, CALLBACK_OBJECT callbackObject, CALLBACK_FUNCTION function, object? context,
        string file, int line)
    {
        var machine = thread.Machine;
        var registration = new CallbackRegistration(callbackObject, function, context, machine.Modules.For(function));
        machine.ObjectManager.Reference(callbackObject.Header);
        if (!callbackObject.TryAdd(registration))
        {
            machine.ObjectManager.Dereference(callbackObject.Header);
            return null;
        }

        var objectName = machine.ObjectManager.FullNameOf(callbackObject.Header) ?? "an unnamed callback object";
        registration.TrackHandle = machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, machine.AllocateObjectAddress(0x30), 0, 0, default,
            file, line, $"callback {CodeNames.Of(function.Method)} registered with {objectName} (ExRegisterCallback)");
        return registration;
    }

    /// <summary>ExUnregisterCallback: the routine is no longer called; the object's reference goes.</summary>
    internal static void Unregister(KTHREAD thread, CallbackRegistration registration)
    {
        var machine = thread.Machine;
        if (!registration.CallbackObject.Remove(registration))
        {
            return;
        }

        registration.Unregistered = true;
        machine.Tracking.Untrack(registration.TrackHandle);
        machine.ObjectManager.Dereference(registration.CallbackObject.Header);
    }

    /// <summary>ExNotifyCallback: every registered routine, oldest first, in the caller's thread and IRQL.</summary>
    internal static void Notify(KTHREAD thread, CALLBACK_OBJECT callbackObject, object? argument1, object? argument2)
    {
        foreach (var registration in callbackObject.Snapshot())
        {
            using (thread.EnterModule(registration.Module))
            {
                if (registration.Module.IsUnloaded)
                {
                    // A registration left behind by a driver that unloaded: the call faults in the unloaded image (0xCE).
                    UnloadedCode.Raise(thread.Machine, registration.Module, registration.Function.Method, "callback object routine");
                }

                registration.Function(registration.Context, argument1, argument2);
            }
        }
    }
}
