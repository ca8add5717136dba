namespace NtSim;

/// <summary>Checks a WDF_OBJECT_ATTRIBUTES as FxValidateObjectAttributes does.</summary>
internal static class FxAttributes
{
    internal static NTSTATUS Validate(FxObject target, WDF_OBJECT_ATTRIBUTES attributes)
    {
        if (attributes.Size != WDF_OBJECT_ATTRIBUTES.SizeOfStruct)
        {
            // Not initialized with WDF_OBJECT_ATTRIBUTES_INIT.
            target.Globals.Log.Error($"WDF_OBJECT_ATTRIBUTES Size 0x{attributes.Size:x}, expected 0x{WDF_OBJECT_ATTRIBUTES.SizeOfStruct:x}");
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (attributes.ContextSizeOverride != 0 && attributes.ContextTypeInfo is { } info && attributes.ContextSizeOverride < info.ContextSize)
        {
            // ContextSizeOverride must be at least the declared context's size.
            target.Globals.Log.Error($"ContextSizeOverride 0x{attributes.ContextSizeOverride:x} is smaller than {info.ContextName} (0x{info.ContextSize:x})");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (attributes.ParentObject.Target is { } parent && ReferenceEquals(parent, target))
        {
            return Wdf.STATUS_WDF_PARENT_IS_SELF;
        }

        if (attributes.ExecutionLevel is < WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent or > WDF_EXECUTION_LEVEL.WdfExecutionLevelDispatch)
        {
            return Wdf.STATUS_WDF_EXECUTION_LEVEL_INVALID;
        }

        if (attributes.SynchronizationScope is < WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent or > WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone)
        {
            return Wdf.STATUS_WDF_SYNCHRONIZATION_SCOPE_INVALID;
        }

        if (attributes.SynchronizationScope != WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent
            && target.Type is not (FxObjectType.Driver or FxObjectType.Device or FxObjectType.Queue))
        {
            // Only a driver, a device or a queue takes a synchronization scope (wdfobject.h).
            target.Globals.Log.Error($"a {target.TypeName} cannot take a synchronization scope");
            return Wdf.STATUS_WDF_SYNCHRONIZATION_SCOPE_INVALID;
        }

        return Wdm.STATUS_SUCCESS;
    }
}
