using System.Diagnostics;
using System.Text;

namespace NtSim;

/// <summary>
/// A framework registry key (FxRegKey, WDFKEY): a kernel handle to a key, opened through the
/// kernel's Zw registry routines and closed when the object is deleted (WdfRegistryClose).
/// Values are read as KEY_VALUE_PARTIAL_INFORMATION, as fxregkeykm.cpp reads them.
/// </summary>
[DebuggerDisplay("WDFKEY 0x{Handle,x} handle {KeyHandle}")]
internal sealed partial class FxRegKey : FxObject
{
    internal FxRegKey(FxDriverGlobals globals)
        : base(globals, FxObjectType.RegKey)
    {
    }

    /// <summary>The kernel handle (WdfRegistryWdmGetHandle), NULL until opened.</summary>
    internal HANDLE KeyHandle { get; private set; }

    /// <summary>Opens (or with <paramref name="create"/> creates) <paramref name="name"/> under
    /// <paramref name="parent"/> (NULL: an absolute name).</summary>
    internal NTSTATUS Open(HANDLE parent, string name, uint desiredAccess, bool create, uint createOptions, out uint disposition)
    {
        disposition = 0;
        Wdm.InitializeObjectAttributes(out var attributes, new UNICODE_STRING(name), Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE, parent, null);
        HANDLE handle;
        var status = create
            ? Wdm.ZwCreateKey(out handle, desiredAccess, attributes, 0, null, createOptions, out disposition)
            : Wdm.ZwOpenKey(out handle, desiredAccess, attributes);
        if (Wdm.NT_SUCCESS(status))
        {
            KeyHandle = handle;
        }

        return status;
    }

    /// <summary>Takes a handle someone else opened (IoOpenDeviceRegistryKey).</summary>
    internal void Adopt(HANDLE handle) => KeyHandle = handle;

    /// <summary>Reads a value's type and data; at most <paramref name="capacity"/> bytes of data.
    /// STATUS_BUFFER_OVERFLOW (type and full length still set) when the data is longer.</summary>
    internal NTSTATUS Query(string valueName, int capacity, out uint type, out uint dataLength, out byte[] data)
    {
        var buffer = new byte[KEY_VALUE_PARTIAL_INFORMATION.FixedSize + capacity];
        var status = Wdm.ZwQueryValueKey(KeyHandle, new UNICODE_STRING(valueName), Wdm.KeyValuePartialInformation, buffer.AsSpan(), out _);
        type = 0;
        dataLength = 0;
        data = [];
        if (Wdm.NT_SUCCESS(status) || status == Wdm.STATUS_BUFFER_OVERFLOW)
        {
            var partial = new KEY_VALUE_PARTIAL_INFORMATION(buffer);
            type = partial.Type;
            dataLength = partial.DataLength;
            if (Wdm.NT_SUCCESS(status))
            {
                data = partial.Data.ToArray();
            }
        }

        return status;
    }

    internal NTSTATUS Set(string valueName, uint type, ReadOnlySpan<byte> data) =>
        Wdm.ZwSetValueKey(KeyHandle, new UNICODE_STRING(valueName), 0, type, data);

    /// <summary>WdfRegistryRemoveKey: deletes the key from the registry and, on success, this object.</summary>
    internal NTSTATUS Remove(KTHREAD thread)
    {
        var status = Wdm.ZwDeleteKey(KeyHandle);
        if (Wdm.NT_SUCCESS(status))
        {
            Delete(thread);
        }

        return status;
    }

    internal NTSTATUS RemoveValue(string valueName) => Wdm.ZwDeleteValueKey(KeyHandle, new UNICODE_STRING(valueName));

    protected override void OnDispose(KTHREAD thread) => Close();

    private void Close()
    {
        if (!KeyHandle.IsNull && !Globals.Machine.IsHalted)
        {
            Wdm.ZwClose(KeyHandle);
        }

        KeyHandle = HANDLE.NULL;
    }

    /// <summary>A REG_SZ / REG_EXPAND_SZ's text: the UTF-16 data without its terminating NUL.</summary>
    internal static string Text(ReadOnlySpan<byte> data)
    {
        var text = Encoding.Unicode.GetString(data);
        return text.EndsWith('\0') ? text[..^1] : text;
    }

    /// <summary>A REG_MULTI_SZ's strings, up to the empty one that ends the list.</summary>
    internal static List<string> MultiText(ReadOnlySpan<byte> data)
    {
        var strings = new List<string>();
        foreach (var part in Encoding.Unicode.GetString(data).Split('\0'))
        {
            if (part.Length == 0)
            {
                break;
            }

            strings.Add(part);
        }

        return strings;
    }

    /// <summary>The REG_SZ image of <paramref name="value"/> (with its NUL).</summary>
    internal static byte[] SzImage(string value) => Encoding.Unicode.GetBytes(value + "\0");

    /// <summary>The REG_MULTI_SZ image of <paramref name="values"/> (each with its NUL, then one more).</summary>
    internal static byte[] MultiSzImage(IEnumerable<string> values) => Encoding.Unicode.GetBytes(string.Concat(values.Select(v => v + "\0")) + "\0");
}
