using System.Runtime.InteropServices;
using System.Text;

namespace NtSim;

/// <summary>
/// IopSynchronousCall: a PnP IRP the PnP manager builds, sends to the top of a device's stack and
/// waits for, at PASSIVE_LEVEL. Every PnP IRP starts with IoStatus.Status = STATUS_NOT_SUPPORTED
/// ("the PnP manager sets the status to STATUS_NOT_SUPPORTED": a driver that does not handle a
/// minor code leaves it so). What a driver returns through IoStatus.Information (IDs, text,
/// relations) is pool the driver allocated; the PnP manager reads it and frees it.
/// </summary>
internal static class PnpIrp
{
    /// <summary>Builds and sends a PnP IRP with no parameters.</summary>
    internal static IO_STATUS_BLOCK Send(KTHREAD thread, DEVICE_OBJECT device, byte minor, ulong information = 0)
    {
        var request = Build(thread, device, minor, information);
        return request.Send(thread);
    }

    /// <summary>A PnP IRP for the top of <paramref name="device"/>'s stack, its next location filled
    /// but for the parameters, which the caller sets before <see cref="Request.Send"/>.</summary>
    internal static Request Build(KTHREAD thread, DEVICE_OBJECT device, byte minor, ulong information = 0)
    {
        var top = Devices.TopOf(device);
        var irp = thread.Machine.IoManager.Irps.Allocate(thread, top.StackSize);
        irp.RequestorMode = Wdm.KernelMode;
        irp.IoStatus.Status = Wdm.STATUS_NOT_SUPPORTED;
        irp.IoStatus.Information = information;
        var next = irp.Next!;
        next.MajorFunction = Wdm.IRP_MJ_PNP;
        next.MinorFunction = minor;
        return new Request(top, irp, next);
    }

    /// <summary>A built PnP IRP: <see cref="Stack"/> is where its parameters go.</summary>
    internal readonly record struct Request(DEVICE_OBJECT Top, IRP Irp, IO_STACK_LOCATION Stack)
    {
        internal IO_STATUS_BLOCK Send(KTHREAD thread) => SynchronousRequest.Send(thread, Top, Irp, null);
    }

    /// <summary>Frees pool a driver returned to the PnP manager, as ExFreePool does (the pool's checks,
    /// the driver's allocation untracked) but without entering the DDI gate: the PnP manager is no driver.</summary>
    internal static void FreePool(KTHREAD thread, ulong address) =>
        thread.Machine.Pool.Free(thread, address, 0, checkTag: false, nameof(Wdm.ExFreePool));

    /// <summary>IRP_MN_QUERY_ID: the ID (a MULTI_SZ split into its strings for hardware and
    /// compatible IDs), or null when the stack did not give one.</summary>
    internal static string[]? QueryId(KTHREAD thread, DEVICE_OBJECT pdo, BUS_QUERY_ID_TYPE type)
    {
        var request = Build(thread, pdo, Wdm.IRP_MN_QUERY_ID);
        request.Stack.Parameters.QueryId.IdType = type;
        var iosb = request.Send(thread);
        var multi = type is Wdm.BusQueryHardwareIDs or Wdm.BusQueryCompatibleIDs;
        return Wdm.NT_SUCCESS(iosb.Status) ? TakeStrings(thread, iosb.Information, multi) : null;
    }

    /// <summary>IRP_MN_QUERY_DEVICE_TEXT, or null.</summary>
    internal static string? QueryText(KTHREAD thread, DEVICE_OBJECT pdo, DEVICE_TEXT_TYPE type)
    {
        var request = Build(thread, pdo, Wdm.IRP_MN_QUERY_DEVICE_TEXT);
        request.Stack.Parameters.QueryDeviceText.DeviceTextType = type;
        request.Stack.Parameters.QueryDeviceText.LocaleId = 0x409;
        var iosb = request.Send(thread);
        return Wdm.NT_SUCCESS(iosb.Status) && TakeStrings(thread, iosb.Information, multi: false) is [var text] ? text : null;
    }

    /// <summary>IRP_MN_QUERY_CAPABILITIES with a fresh DEVICE_CAPABILITIES; null if the stack failed it.</summary>
    internal static DEVICE_CAPABILITIES? QueryCapabilities(KTHREAD thread, DEVICE_OBJECT pdo)
    {
        var capabilities = new DEVICE_CAPABILITIES();
        var request = Build(thread, pdo, Wdm.IRP_MN_QUERY_CAPABILITIES);
        request.Stack.Parameters.DeviceCapabilities.Capabilities = capabilities;
        var iosb = request.Send(thread);
        return Wdm.NT_SUCCESS(iosb.Status) ? capabilities : null;
    }

    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS: the objects listed (each referenced by the driver that
    /// listed it), or null when no driver answered (STATUS_NOT_SUPPORTED) or the request failed.</summary>
    internal static List<ulong>? QueryRelations(KTHREAD thread, DEVICE_OBJECT device, DEVICE_RELATION_TYPE type, out NTSTATUS status)
    {
        var request = Build(thread, device, Wdm.IRP_MN_QUERY_DEVICE_RELATIONS);
        request.Stack.Parameters.QueryDeviceRelations.Type = type;
        var iosb = request.Send(thread);
        status = iosb.Status;
        if (!Wdm.NT_SUCCESS(iosb.Status) || iosb.Information == 0)
        {
            return null;
        }

        var relations = DEVICE_RELATIONS.FromInformation(iosb.Information);
        var count = relations.Count;
        var pointers = new List<ulong>((int)Math.Min(count, 4096));
        for (uint i = 0; i < count; i++)
        {
            pointers.Add(relations.PointerAt(i));
        }

        FreePool(thread, relations.Memory.Address);
        return pointers;
    }

    /// <summary>Reads the NUL-terminated (or, with <paramref name="multi"/>, double-NUL-terminated)
    /// UTF-16 string a driver returned in pool, and frees the pool.</summary>
    internal static string[]? TakeStrings(KTHREAD thread, ulong information, bool multi)
    {
        if (information == 0)
        {
            return null;
        }

        // Most IDs end within the block's page: read up to the page's end (a pool block may run
        // past its size inside the page), and only a longer one is gathered page by page.
        var inPage = (int)(MmLayout.PageSize - (information % MmLayout.PageSize)) & ~1;
        var chars = MemoryMarshal.Cast<byte, char>(new PVOID(information).AsReadOnlySpan(Math.Max(inPage, 2)));
        var length = Terminator(chars, multi);
        var text = length >= 0 ? new string(chars[..length]) : Gather(information, multi);
        FreePool(thread, information);
        return multi ? text.Split('\0', StringSplitOptions.RemoveEmptyEntries) : [text];
    }

    /// <summary>Where the string ends (the first NUL, or for a MULTI_SZ the NUL of the empty last
    /// string), or -1 if not within <paramref name="chars"/>.</summary>
    private static int Terminator(ReadOnlySpan<char> chars, bool multi)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\0' && (!multi || i == 0 || chars[i - 1] == '\0'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A string that crosses pages, read page by page (at most 64 K characters).</summary>
    private static string Gather(ulong address, bool multi)
    {
        var text = new StringBuilder();
        while (text.Length < 0x10000)
        {
            var inPage = (int)(MmLayout.PageSize - (address % MmLayout.PageSize)) & ~1;
            var chars = MemoryMarshal.Cast<byte, char>(new PVOID(address).AsReadOnlySpan(Math.Max(inPage, 2)));
            var length = text.Length > 0 && multi && text[^1] == '\0' && chars.Length > 0 && chars[0] == '\0' ? 0 : Terminator(chars, multi);
            if (length >= 0)
            {
                text.Append(chars[..length]);
                break;
            }

            text.Append(chars);
            address += (ulong)(chars.Length * 2);
        }

        return text.ToString();
    }
}
