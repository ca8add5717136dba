namespace NtSim;

/// <summary>A framework file object (FxFileObject) around one WDM FILE_OBJECT opened on the device.</summary>
internal sealed class FxFileObject : FxObject
{
    internal FxFileObject(FxDriverGlobals globals, FxDevice device, FILE_OBJECT fileObject)
        : base(globals, FxObjectType.FileObject)
    {
        Device = device;
        WdmFileObject = fileObject;
    }

    internal FxDevice Device { get; }

    internal FILE_OBJECT WdmFileObject { get; }

    internal override FxObject? DefaultParent => Device;

    internal override bool DriverMayDelete => false;
}
