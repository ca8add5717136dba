using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

/// <summary>Helpers for the registry tests: object attributes for key names, opening and creating keys.</summary>
internal static class CmTest
{
    public const uint KernelNameAttributes = OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE;

    public const string Services = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services";

    public static OBJECT_ATTRIBUTES Attributes(string? name, HANDLE root = default, uint attributes = KernelNameAttributes)
    {
        InitializeObjectAttributes(out var oa, name is null ? (UNICODE_STRING?)null : new UNICODE_STRING(name), attributes, root, null);
        return oa;
    }

    public static NTSTATUS Open(string name, out HANDLE handle, HANDLE root = default) =>
        ZwOpenKey(out handle, KEY_ALL_ACCESS, Attributes(name, root));

    /// <summary>Creates (or opens) a key and asserts it worked.</summary>
    public static HANDLE Create(string name, HANDLE root = default, uint options = REG_OPTION_NON_VOLATILE)
    {
        var status = ZwCreateKey(out var handle, KEY_ALL_ACCESS, Attributes(name, root), 0, null, options, out _);
        Assert.True(status == STATUS_SUCCESS, $"ZwCreateKey({name}) returned 0x{(uint)status:X8}");
        return handle;
    }

    public static void Close(HANDLE handle) => Assert.Equal(STATUS_SUCCESS, ZwClose(handle));

    public static void SetDword(HANDLE key, string name, uint value) =>
        Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, name, 0, REG_DWORD, RegistryData.Dword(value)));

    public static void SetString(HANDLE key, string name, string value) =>
        Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, name, 0, REG_SZ, RegistryData.String(value)));

    /// <summary>The data of a value, read with KeyValuePartialInformation.</summary>
    public static (uint Type, byte[] Data) Query(HANDLE key, string name)
    {
        var buffer = new byte[512];
        var status = ZwQueryValueKey(key, name, KeyValuePartialInformation, buffer, out var length);
        Assert.True(status == STATUS_SUCCESS, $"ZwQueryValueKey({name}) returned 0x{(uint)status:X8}");
        var info = new KEY_VALUE_PARTIAL_INFORMATION(buffer.AsSpan(0, (int)length));
        return (info.Type, info.Data.ToArray());
    }

    /// <summary>The name of the subkey at an index (KeyBasicInformation).</summary>
    public static string SubKeyName(HANDLE key, uint index)
    {
        var buffer = new byte[512];
        var status = ZwEnumerateKey(key, index, KeyBasicInformation, buffer, out var length);
        Assert.True(status == STATUS_SUCCESS, $"ZwEnumerateKey({index}) returned 0x{(uint)status:X8}");
        return new KEY_BASIC_INFORMATION(buffer.AsSpan(0, (int)length)).Name;
    }
}
