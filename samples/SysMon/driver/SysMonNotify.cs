using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Samples.SysMon;

public sealed partial class SysMonDriver
{
    /// <summary>A process was created (CreateInfo set) or exited (CreateInfo null). Called at
    /// PASSIVE_LEVEL in the creating thread, or in the last thread of the exiting process.</summary>
    private static void OnProcessNotify(EPROCESS Process, HANDLE ProcessId, PS_CREATE_NOTIFY_INFO? CreateInfo)
    {
        if (CreateInfo is null)
        {
            var exit = Allocate<ProcessExitInfo>(0, out var exitRecord);
            if (exit.IsNull)
            {
                return;
            }

            ref var info = ref exitRecord.As<FullItem<ProcessExitInfo>>().Data;
            Fill(ref info.Header, ItemType.ProcessExit, Unsafe.SizeOf<ProcessExitInfo>());
            info.ProcessId = (uint)ProcessId.Value;
            g_Globals.PushItem((PLIST_ENTRY)exitRecord);
            return;
        }

        var commandLine = CreateInfo.CommandLine.ToString();
        var extra = commandLine.Length * sizeof(char);
        var created = Allocate<ProcessCreateInfo>(extra, out var record);
        if (created.IsNull)
        {
            return;
        }

        ref var create = ref record.As<FullItem<ProcessCreateInfo>>().Data;
        Fill(ref create.Header, ItemType.ProcessCreate, Unsafe.SizeOf<ProcessCreateInfo>() + extra);
        create.ProcessId = (uint)ProcessId.Value;
        create.ParentProcessId = (uint)CreateInfo.ParentProcessId.Value;
        create.CommandLineLength = (ushort)commandLine.Length;
        create.CommandLineOffset = (ushort)Unsafe.SizeOf<ProcessCreateInfo>();
        CopyString(created + create.CommandLineOffset, commandLine);
        g_Globals.PushItem((PLIST_ENTRY)record);
    }

    /// <summary>A thread was created (in the creating thread) or exited (in the thread itself).</summary>
    private static void OnThreadNotify(HANDLE ProcessId, HANDLE ThreadId, bool Create)
    {
        if (Allocate<ThreadCreateExitInfo>(0, out var record).IsNull)
        {
            return;
        }

        ref var info = ref record.As<FullItem<ThreadCreateExitInfo>>().Data;
        Fill(ref info.Header, Create ? ItemType.ThreadCreate : ItemType.ThreadExit, Unsafe.SizeOf<ThreadCreateExitInfo>());
        info.ThreadId = (uint)ThreadId.Value;
        info.ProcessId = (uint)ProcessId.Value;
        g_Globals.PushItem((PLIST_ENTRY)record);
    }

    /// <summary>An image was mapped: a process's (ProcessId its id) or a driver's (ProcessId 0).</summary>
    private static void OnImageLoadNotify(UNICODE_STRING FullImageName, HANDLE ProcessId, IMAGE_INFO ImageInfo)
    {
        var name = FullImageName.ToString();
        var extra = name.Length * sizeof(char);
        var data = Allocate<ImageLoadInfo>(extra, out var record);
        if (data.IsNull)
        {
            return;
        }

        ref var info = ref record.As<FullItem<ImageLoadInfo>>().Data;
        Fill(ref info.Header, ItemType.ImageLoad, Unsafe.SizeOf<ImageLoadInfo>() + extra);
        info.ProcessId = (uint)ProcessId.Value;
        info.ImageBase = (ulong)ImageInfo.ImageBase;
        info.ImageSize = ImageInfo.ImageSize;
        info.ImageFileNameLength = (ushort)name.Length;
        info.ImageFileNameOffset = (ushort)Unsafe.SizeOf<ImageLoadInfo>();
        CopyString(data + info.ImageFileNameOffset, name);
        g_Globals.PushItem((PLIST_ENTRY)record);
    }

    /// <summary>A record for a <typeparamref name="T"/> and <paramref name="extra"/> bytes of strings, from
    /// paged pool; returns the address of its data (NULL when pool is short: the event is not recorded).</summary>
    private static PVOID Allocate<T>(int extra, out PVOID record)
        where T : unmanaged
    {
        var size = (ulong)(Unsafe.SizeOf<FullItem<T>>() + extra);
        record = ExAllocatePool2(POOL_FLAG_PAGED, size, DRIVER_TAG);
        if (record.IsNull)
        {
            KdPrint("SysMon: failed to allocate a record\n");
            return PVOID.NULL;
        }

        return record + FIELD_OFFSET((ref FullItem<T> r) => ref r.Data);
    }

    private static void Fill(ref ItemHeader header, ItemType type, int size)
    {
        header.Type = type;
        header.Size = (ushort)size;
        KeQuerySystemTimePrecise(out var time);
        header.Time = time.QuadPart;
    }

    private static void CopyString(PVOID destination, string text)
    {
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(destination.AsSpan(text.Length * sizeof(char)));
    }
}
