using NtSim.Debugger.Target;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>The types dt knows and the objects it finds at an address, as the target's views hold them (a live machine
/// and a dump alike): the kernel's types, a driver's own, and the managed objects that hold values.</summary>
internal static class KdTypes
{
    /// <summary>The type <c>module!Type</c> (or a kernel type without its module), or null.</summary>
    internal static KdTypeView? Find(KdTarget target, string type)
    {
        var bang = type.IndexOf('!', StringComparison.Ordinal);
        return Find(target, bang < 0 ? null : type[..bang], bang < 0 ? type : type[(bang + 1)..]);
    }

    /// <summary>The type <paramref name="typeName"/> of <paramref name="module"/> (null or nt: the kernel's first), or null.</summary>
    internal static KdTypeView? Find(KdTarget target, string? module, string typeName)
    {
        if (module is null || module.Equals("nt", StringComparison.OrdinalIgnoreCase))
        {
            if (KdKernelTypes.Views.FirstOrDefault(t => t.Name == typeName) is { } kernel)
            {
                return kernel;
            }

            if (module is not null)
            {
                return null;
            }
        }

        return module is null ? null
            : target.Snapshot.DriverTypes.FirstOrDefault(t => t.Module.Equals(module, StringComparison.OrdinalIgnoreCase) && t.Name == typeName);
    }

    /// <summary>The managed object of <paramref name="type"/> at <paramref name="address"/>, or null (the values, if any,
    /// are in memory there).</summary>
    internal static KdTypedObjectView? At(KdTarget target, KdTypeView type, ulong address) =>
        target.Snapshot.TypedObjects.FirstOrDefault(o => o.TypeId == type.Id && o.Addresses.Contains(address));
}
