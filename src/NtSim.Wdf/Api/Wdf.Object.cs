using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The framework's DDIs, types and macros by their KMDF names (<c>using static NtSim.Wdf;</c>).
/// Each DDI validates, resolves its handle and calls the object (Core), as the framework's *api.cpp
/// files do over its Fx* classes.
/// </summary>
public static partial class Wdf
{
    /// <summary>WDF_NO_OBJECT_ATTRIBUTES.</summary>
    public static readonly WDF_OBJECT_ATTRIBUTES? WDF_NO_OBJECT_ATTRIBUTES;

    /// <summary>WDF_NO_HANDLE.</summary>
    public static readonly WDFOBJECT WDF_NO_HANDLE;

    /// <summary>WDF_OBJECT_ATTRIBUTES_INIT: Size set, levels inherited from the parent, nothing else.</summary>
    public static void WDF_OBJECT_ATTRIBUTES_INIT(out WDF_OBJECT_ATTRIBUTES Attributes) =>
        Attributes = new WDF_OBJECT_ATTRIBUTES
        {
            Size = WDF_OBJECT_ATTRIBUTES.SizeOfStruct,
            ExecutionLevel = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent,
            SynchronizationScope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent,
        };

    /// <summary>WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&amp;attributes, T): INIT, then the context type.</summary>
    public static void WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<T>(out WDF_OBJECT_ATTRIBUTES Attributes)
        where T : class, new()
    {
        WDF_OBJECT_ATTRIBUTES_INIT(out Attributes);
        Attributes.ContextTypeInfo = WDF_OBJECT_CONTEXT_TYPE_INFO.For<T>();
    }

    /// <summary>WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&amp;attributes, T).</summary>
    public static void WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE<T>(WDF_OBJECT_ATTRIBUTES Attributes)
        where T : class, new() => Attributes.ContextTypeInfo = WDF_OBJECT_CONTEXT_TYPE_INFO.For<T>();

    /// <summary>WDF_TYPE_NAME_TO_TYPE_INFO / WDF_GET_CONTEXT_TYPE_INFO: the type info of <typeparamref name="T"/>.</summary>
    public static WDF_OBJECT_CONTEXT_TYPE_INFO WDF_GET_CONTEXT_TYPE_INFO<T>()
        where T : class, new() => WDF_OBJECT_CONTEXT_TYPE_INFO.For<T>();

    /// <summary>WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Getter): the accessor a driver keeps in a static
    /// field named as the C macro names it: <c>static readonly PFN_WDF_GET_CONTEXT&lt;DEVICE_CONTEXT&gt;
    /// DeviceGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME&lt;DEVICE_CONTEXT&gt;();</c></summary>
    public static PFN_WDF_GET_CONTEXT<T> WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<T>()
        where T : class, new()
    {
        _ = WDF_OBJECT_CONTEXT_TYPE_INFO.For<T>();
        return static handle => WdfObjectGetTypedContext<T>(handle);
    }

    /// <summary>WDF_DECLARE_CONTEXT_TYPE(T): the accessor C names WdfObjectGet_T.</summary>
    public static PFN_WDF_GET_CONTEXT<T> WDF_DECLARE_CONTEXT_TYPE<T>()
        where T : class, new() => WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<T>();

    /// <summary>WdfObjectGetTypedContext(Handle, T): the object's context of type T, or null.</summary>
    public static T? WdfObjectGetTypedContext<T>(WDFOBJECT Handle)
        where T : class => (T?)WdfObjectGetTypedContextWorker(Handle, typeof(T));

    /// <summary>WdfObjectGetTypedContextWorker: the context whose type is <paramref name="TypeInfo"/>, or null. Any IRQL.</summary>
    public static object? WdfObjectGetTypedContextWorker(WDFOBJECT Handle, Type TypeInfo)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectGetTypedContextWorker);
        var target = FxHandles.Resolve<FxObject>(thread, Handle.Target, FxObjectType.Object, nameof(WdfObjectGetTypedContextWorker));
        return target.GetContext(TypeInfo);
    }

    /// <summary>WdfObjectAllocateContext: adds a context of the attributes' type to an existing object;
    /// STATUS_OBJECT_NAME_EXISTS if it has one of that type already. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfObjectAllocateContext<T>(WDFOBJECT Handle, WDF_OBJECT_ATTRIBUTES ContextAttributes, out T? Context)
        where T : class
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectAllocateContext);
        var target = FxHandles.Resolve<FxObject>(thread, Handle.Target, FxObjectType.Object, nameof(WdfObjectAllocateContext));
        Context = null;
        if (ContextAttributes?.ContextTypeInfo is not { } info || info.Type != typeof(T))
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        var context = info.Create();
        if (!target.AddContext(info, context))
        {
            Context = (T?)target.GetContext(typeof(T));
            return Wdm.STATUS_OBJECT_NAME_EXISTS;
        }

        Context = (T)context;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfObjectContextGetObject: the object a context belongs to. Any IRQL.</summary>
    public static WDFOBJECT WdfObjectContextGetObject(object ContextPointer)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectContextGetObject);
        return FxLibrary.Of(thread.Machine).Contexts.TryGetValue(ContextPointer, out var target) ? target.AsObject : default;
    }

    /// <summary>WdfObjectCreate: a general object, parented to the driver unless the attributes say otherwise. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfObjectCreate(WDF_OBJECT_ATTRIBUTES? Attributes, out WDFOBJECT Object)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectCreate);
        Object = default;
        var globals = FxLibrary.Of(thread.Machine).ClientOf(thread)
            ?? throw new InvalidOperationException("WdfObjectCreate: the calling code is not a KMDF driver's (no WdfDriverCreate).");
        var created = new FxGeneralObject(globals);
        var status = created.Commit(thread, Attributes);
        if (Wdm.NT_SUCCESS(status))
        {
            Object = created.AsObject;
        }

        return status;
    }

    /// <summary>WdfObjectDelete: deletes an object the driver may delete (children first; the
    /// destroy callback when the last reference goes). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectDelete(WDFOBJECT Object)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectDelete);
        var target = FxHandles.Resolve<FxObject>(thread, Object.Target, FxObjectType.Object, nameof(WdfObjectDelete));
        if (!target.DriverMayDelete)
        {
            // The framework refuses, and says so (summary-of-framework-objects: "driver may delete? no").
            FxVerifierBreak.Report(thread, target.Globals, $"WdfObjectDelete: a driver cannot delete {target.TypeName} 0x{target.Handle:x}");
            return;
        }

        target.DeleteByDriver(thread);
    }

    /// <summary>WdfObjectReference: one more reference. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectReference(WDFOBJECT Handle) => WdfObjectReferenceActual(Handle, null, nameof(WdfObjectReference));

    /// <summary>WdfObjectReferenceWithTag: one more reference, recorded under <paramref name="Tag"/> when tracked. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectReferenceWithTag(WDFOBJECT Handle, object? Tag, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        WdfObjectReferenceActual(Handle, Tag, nameof(WdfObjectReferenceWithTag));

    /// <summary>WdfObjectDereference: one reference less. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectDereference(WDFOBJECT Handle) => WdfObjectDereferenceActual(Handle, null, nameof(WdfObjectDereference));

    /// <summary>WdfObjectDereferenceWithTag: one reference less, the one taken under <paramref name="Tag"/>. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectDereferenceWithTag(WDFOBJECT Handle, object? Tag, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        WdfObjectDereferenceActual(Handle, Tag, nameof(WdfObjectDereferenceWithTag));

    private static void WdfObjectReferenceActual(WDFOBJECT handle, object? tag, string ddi)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectReference);
        FxHandles.Resolve<FxObject>(thread, handle.Target, FxObjectType.Object, ddi).Reference(tag);
    }

    private static void WdfObjectDereferenceActual(WDFOBJECT handle, object? tag, string ddi)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectDereference);
        FxHandles.Resolve<FxObject>(thread, handle.Target, FxObjectType.Object, ddi).Dereference(thread, tag);
    }
}
