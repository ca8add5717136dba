using System.Globalization;

namespace NtSim;

internal static partial class Resources
{
    /// <summary>ExSetResourceOwnerPointer(Ex): the caller's ownership (exclusive, or its shared count) passes to
    /// <paramref name="ownerPointer"/>, which ExReleaseResourceForThreadLite later names. A caller that does not
    /// own the resource gets RESOURCE_NOT_OWNED (0xE3: P1 the resource, P2 the thread).</summary>
    internal static void SetOwnerPointer(KTHREAD thread, ERESOURCE resource, ulong ownerPointer, string ddi)
    {
        var machine = RequireInitialized(thread, resource, ddi);
        lock (machine.Scheduler.Lock)
        {
            var caller = thread.Address;
            if (resource.ExclusiveOwner == caller)
            {
                resource.ExclusiveOwner = ownerPointer;
                return;
            }

            if (resource.SharedOwners.Remove(caller, out var count))
            {
                resource.SharedOwners[ownerPointer] = resource.SharedOwners.GetValueOrDefault(ownerPointer) + count;
                return;
            }
        }

        machine.RaiseBugCheck(Wdm.RESOURCE_NOT_OWNED, resource.Address, thread.Address, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"{ddi}: {thread} does not own {resource.Describe()}, so it cannot pass it to owner {ownerPointer:X}"));
    }

    /// <summary>ExReinitializeResourceLite: an initialized resource starts again, owned by nobody.</summary>
    internal static void Reinitialize(KTHREAD thread, ERESOURCE resource)
    {
        RequireInitialized(thread, resource, nameof(Wdm.ExReinitializeResourceLite));
        Initialize(thread, resource);
    }
}
