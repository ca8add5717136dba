using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

/// <summary>Helpers for the object manager tests: object attributes, creating and inspecting objects.</summary>
internal static class ObTest
{
    public const uint KernelNameAttributes = OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE;

    public static OBJECT_ATTRIBUTES Attributes(string? name, uint attributes = KernelNameAttributes, HANDLE root = default)
    {
        InitializeObjectAttributes(out var oa, name is null ? (UNICODE_STRING?)null : new UNICODE_STRING(name), attributes, root, null);
        return oa;
    }

    public static HANDLE CreateDirectory(string? name, uint attributes = KernelNameAttributes, HANDLE root = default)
    {
        var status = ZwCreateDirectoryObject(out var handle, DIRECTORY_ALL_ACCESS, Attributes(name, attributes, root));
        Assert.True(NT_SUCCESS(status), $"ZwCreateDirectoryObject({name}) returned 0x{(uint)status:X8}");
        return handle;
    }

    public static NTSTATUS OpenDirectory(string name, out HANDLE handle, uint attributes = KernelNameAttributes, HANDLE root = default) =>
        ZwOpenDirectoryObject(out handle, DIRECTORY_QUERY, Attributes(name, attributes, root));

    public static HANDLE CreateLink(string name, string target, uint attributes = KernelNameAttributes)
    {
        var status = ZwCreateSymbolicLinkObject(out var handle, SYMBOLIC_LINK_ALL_ACCESS, Attributes(name, attributes), new UNICODE_STRING(target));
        Assert.True(NT_SUCCESS(status), $"ZwCreateSymbolicLinkObject({name}) returned 0x{(uint)status:X8}");
        return handle;
    }

    /// <summary>The object a handle names (the reference is dropped again: the handle keeps it alive).</summary>
    public static object Body(HANDLE handle)
    {
        var status = ObReferenceObjectByHandle(handle, 0, null, KernelMode, out var body);
        Assert.True(NT_SUCCESS(status), $"ObReferenceObjectByHandle({handle}) returned 0x{(uint)status:X8}");
        ObDereferenceObject(body!);
        return body!;
    }

    /// <summary>The header of an object, to look at its counts and name.</summary>
    public static ObjectHeader Header(object body) => ((IObjectBody)body).ObjectHeader!;

    /// <summary>The full name ObQueryNameString reports.</summary>
    public static string QueryName(object body)
    {
        var status = ObQueryNameString(body, out var info, 1024, out _);
        Assert.Equal(STATUS_SUCCESS, status);
        return info.Name.ToString();
    }
}
