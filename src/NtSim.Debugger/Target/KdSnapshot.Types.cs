using NtSim.Debugger.Commands.Types;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The loaded drivers' own types with their layouts (dt Zero!ZERO_DEVICE_EXTENSION; the kernel's types are the
    /// same on every machine: <see cref="KdKernelTypes.Views"/>).</summary>
    [KdSection("drivertypes")]
    internal IReadOnlyList<KdTypeView> DriverTypes => Section<IReadOnlyList<KdTypeView>>("drivertypes", KdDriverTypes.Capture, []);

    /// <summary>Every object whose values dt reads from the machine's managed objects rather than from memory: IRPs in use,
    /// device and driver objects, their MDLs and events, typed device extensions; each with its values as dt prints them.</summary>
    [KdSection("typedobjects")]
    internal IReadOnlyList<KdTypedObjectView> TypedObjects => Section<IReadOnlyList<KdTypedObjectView>>("typedobjects", CaptureTypedObjects, []);

    private static List<KdTypedObjectView> CaptureTypedObjects(Machine machine) =>
        [.. KdKernelTypes.All.SelectMany(type => type.Objects(machine).Select(o => type.Capture([o.Address], o.Body))),
            .. KdDriverTypes.Extensions(machine)];
}
