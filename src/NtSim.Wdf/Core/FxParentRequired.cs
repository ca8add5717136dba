namespace NtSim;

/// <summary>The parent check of a timer, work item or DPC (FxValidateObjectAttributesForParentHandle
/// with FX_VALIDATE_OPTION_PARENT_REQUIRED, then FxDeviceBase::_SearchForDevice).</summary>
internal static class FxParentRequired
{
    /// <summary>NULL attributes or parent: STATUS_WDF_PARENT_NOT_SPECIFIED; a parent with no device
    /// at or above it: STATUS_INVALID_DEVICE_REQUEST.</summary>
    internal static NTSTATUS Check(KTHREAD thread, WDF_OBJECT_ATTRIBUTES? attributes, string ddi, out FxObject? parent)
    {
        parent = null;
        if (attributes?.ParentObject.Target is not { } target)
        {
            if (FxLibrary.Of(thread.Machine).ClientOf(thread) is { } globals)
            {
                globals.Log.Error($"{ddi}: a parent object is required (WDF_OBJECT_ATTRIBUTES.ParentObject)");
            }

            return Wdf.STATUS_WDF_PARENT_NOT_SPECIFIED;
        }

        parent = FxHandles.Resolve<FxObject>(thread, target, FxObjectType.Object, ddi);
        if (parent.DeviceAncestor() is null)
        {
            parent.Globals.Log.Error($"{ddi}: {parent.TypeName} 0x{parent.Handle:x} does not have a WDFDEVICE as an ancestor");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return Wdm.STATUS_SUCCESS;
    }
}
