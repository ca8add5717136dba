namespace NtSim;

/// <summary>Whose object a create DDI makes: the parent's driver when the attributes name a parent,
/// else the calling driver's (FxObjectHandleGetPtrAndGlobals on the parent, GetFxDriverGlobals).</summary>
internal static class FxClient
{
    internal static FxDriverGlobals Globals(KTHREAD thread, WDF_OBJECT_ATTRIBUTES? attributes, string ddi)
    {
        if (attributes?.ParentObject.Target is { } parent)
        {
            return FxHandles.Resolve<FxObject>(thread, parent, FxObjectType.Object, ddi).Globals;
        }

        return FxLibrary.Of(thread.Machine).ClientOf(thread)
            ?? throw new InvalidOperationException($"{ddi}: the calling code is not a KMDF driver's (no WdfDriverCreate).");
    }
}
