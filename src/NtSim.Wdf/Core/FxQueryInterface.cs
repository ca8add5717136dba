using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NtSim;

/// <summary>
/// An interface a device answers IRP_MN_QUERY_INTERFACE with (FxQueryInterface): the framework's copy of the
/// driver's INTERFACE (taken at WdfDeviceAddQueryInterface, so the driver may reuse its own), the callback and flags.
/// </summary>
internal sealed class FxQueryInterface
{
    /// <summary>sizeof(INTERFACE) on x64: the least an interface's Size may say.</summary>
    internal const ushort SizeOfInterface = 0x20;

    internal FxQueryInterface(WDF_QUERY_INTERFACE_CONFIG config)
    {
        InterfaceType = config.InterfaceType;
        Interface = config.Interface is { } exposed ? Clone(exposed) : null;
        if (Interface is not null)
        {
            // FxDevice::_InterfaceReferenceNoOp stands in for a missing reference routine.
            Interface.InterfaceReference ??= static _ => { };
            Interface.InterfaceDereference ??= static _ => { };
        }

        Process = config.EvtDeviceProcessQueryInterfaceRequest;
        SendQueryToParentStack = config.SendQueryToParentStack;
        ImportInterface = config.ImportInterface;
    }

    internal Guid InterfaceType { get; }

    internal INTERFACE? Interface { get; }

    internal EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST? Process { get; }

    internal bool SendQueryToParentStack { get; }

    internal bool ImportInterface { get; }

    /// <summary>RtlCopyMemory(exposed, registered, registered->Size): every field the caller's interface type shares
    /// with the registered one (the INTERFACE header and the routines of the common type).</summary>
    internal void CopyTo(INTERFACE exposed)
    {
        for (var type = Interface!.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            if (!type.IsInstanceOfType(exposed))
            {
                continue;
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                field.SetValue(exposed, field.GetValue(Interface));
            }
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "MemberwiseClone is on every object")]
    private static INTERFACE Clone(INTERFACE source) =>
        (INTERFACE)typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(source, null)!;
}
