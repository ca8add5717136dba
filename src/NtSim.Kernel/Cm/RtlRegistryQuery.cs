using System.Text;

namespace NtSim;

/// <summary>
/// One RtlQueryRegistryValues call: walks the query table over the key (and the subkeys
/// RTL_QUERY_REGISTRY_SUBKEY entries open) and hands each value to the entry's routine or, with
/// RTL_QUERY_REGISTRY_DIRECT, to <see cref="RtlRegistryDirect"/>. The rules follow the Windows
/// routine: a value with no data is skipped; a missing value (or a REG_NONE one) takes the entry's
/// default; REG_MULTI_SZ data gets one more NUL and, unless NOEXPAND, goes one string at a time;
/// REG_EXPAND_SZ with a '%' is expanded and passed as REG_SZ; STATUS_BUFFER_TOO_SMALL from a routine
/// or a direct target is ignored.
/// </summary>
internal sealed class RtlRegistryQuery
{
    private readonly KTHREAD _thread;
    private readonly ObjectHeader _top;
    private readonly object? _context;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private ObjectHeader? _subKey;

    internal RtlRegistryQuery(KTHREAD thread, ObjectHeader top, object? context, object? environment)
    {
        _thread = thread;
        _top = top;
        _context = context;
        // A system thread has no environment block: without one, %variables% stay as they are.
        _environment = environment switch
        {
            null => new Dictionary<string, string>(),
            IReadOnlyDictionary<string, string> variables => variables,
            _ => throw new ArgumentException("RtlQueryRegistryValues: Environment must be null or an IReadOnlyDictionary<string, string>.", nameof(environment)),
        };
    }

    private CmKeyBody Current => (CmKeyBody)(_subKey ?? _top).Body;

    internal NTSTATUS Run(RTL_QUERY_REGISTRY_TABLE?[] table)
    {
        var status = Wdm.STATUS_SUCCESS;
        try
        {
            foreach (var entry in table)
            {
                // The table ends at an entry with no routine that is neither SUBKEY nor DIRECT.
                if (entry is null || (entry.QueryRoutine is null && (entry.Flags & (Wdm.RTL_QUERY_REGISTRY_SUBKEY | Wdm.RTL_QUERY_REGISTRY_DIRECT)) == 0))
                {
                    break;
                }

                status = RunEntry(entry);
                if (!Wdm.NT_SUCCESS(status))
                {
                    break;
                }
            }
        }
        finally
        {
            CloseSubKey();
        }

        return status;
    }

    private NTSTATUS RunEntry(RTL_QUERY_REGISTRY_TABLE entry)
    {
        var flags = entry.Flags;
        if ((flags & Wdm.RTL_QUERY_REGISTRY_DIRECT) != 0
            && (entry.Name is null || (flags & Wdm.RTL_QUERY_REGISTRY_SUBKEY) != 0 || entry.QueryRoutine is not null))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if ((flags & (Wdm.RTL_QUERY_REGISTRY_TOPKEY | Wdm.RTL_QUERY_REGISTRY_SUBKEY)) != 0)
        {
            CloseSubKey();
        }

        if ((flags & Wdm.RTL_QUERY_REGISTRY_SUBKEY) != 0)
        {
            if (entry.Name is null)
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            // The subkey is opened relative to the key the call named, not to a previous subkey.
            var objects = _thread.Machine.ObjectManager;
            var name = new CapturedName(_top, entry.Name, Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE);
            var context = new CmParseContext(create: false, 0, null, _thread.CurrentModule, null, 0);
            var status = objects.OpenObjectByName(name, ObjectTypes.Key, Wdm.MAXIMUM_ALLOWED, Wdm.KernelMode, context, out _subKey);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            return entry.QueryRoutine is null ? Wdm.STATUS_SUCCESS : EnumerateValues(entry);
        }

        if (entry.Name is not null)
        {
            return QueryNamedValue(entry);
        }

        if ((flags & Wdm.RTL_QUERY_REGISTRY_NOVALUE) != 0)
        {
            return entry.QueryRoutine!(null, Wdm.REG_NONE, [], 0, _context, entry.EntryContext);
        }

        return EnumerateValues(entry);
    }

    private NTSTATUS QueryNamedValue(RTL_QUERY_REGISTRY_TABLE entry)
    {
        var key = Current;
        var status = key.Registry.QueryValue(key.Node, entry.Name!, out var value);
        if (status == Wdm.STATUS_OBJECT_NAME_NOT_FOUND)
        {
            return Deliver(entry, null);
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = Deliver(entry, value);
        if (Wdm.NT_SUCCESS(status) && (entry.Flags & Wdm.RTL_QUERY_REGISTRY_DELETE) != 0)
        {
            key.Registry.DeleteValue(key.Node, entry.Name!);
        }

        return status;
    }

    private NTSTATUS EnumerateValues(RTL_QUERY_REGISTRY_TABLE entry)
    {
        var key = Current;
        for (uint index = 0; ; index++)
        {
            var status = key.Registry.ValueAt(key.Node, index, out var value);
            if (status == Wdm.STATUS_NO_MORE_ENTRIES)
            {
                return index == 0 && (entry.Flags & Wdm.RTL_QUERY_REGISTRY_REQUIRED) != 0 ? Wdm.STATUS_OBJECT_NAME_NOT_FOUND : Wdm.STATUS_SUCCESS;
            }

            if (Wdm.NT_SUCCESS(status))
            {
                status = Deliver(entry, value);
            }

            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            // RTL_QUERY_REGISTRY_DELETE: the next value moves into this index.
            if ((entry.Flags & Wdm.RTL_QUERY_REGISTRY_DELETE) != 0 && Wdm.NT_SUCCESS(key.Registry.DeleteValue(key.Node, value!.Name)))
            {
                index--;
            }
        }
    }

    /// <summary>RtlpCallQueryRegistryRoutine: one value (null: missing) to the entry's routine or target.</summary>
    private NTSTATUS Deliver(RTL_QUERY_REGISTRY_TABLE entry, CmKeyValue? value)
    {
        var required = (entry.Flags & Wdm.RTL_QUERY_REGISTRY_REQUIRED) != 0;
        var direct = (entry.Flags & Wdm.RTL_QUERY_REGISTRY_DIRECT) != 0;
        if (value is not null && value.Data.Length == 0)
        {
            // A value without data is skipped (unless required).
            return required ? Wdm.STATUS_OBJECT_NAME_NOT_FOUND : Wdm.STATUS_SUCCESS;
        }

        string? name;
        uint type;
        byte[] data;
        if (value is null || value.Type == Wdm.REG_NONE)
        {
            if (entry.DefaultType == Wdm.REG_NONE)
            {
                return required ? Wdm.STATUS_OBJECT_NAME_NOT_FOUND : Wdm.STATUS_SUCCESS;
            }

            (name, type, data) = (entry.Name, entry.DefaultType, RtlRegistryDirect.DefaultData(entry));
        }
        else
        {
            (name, type, data) = (direct ? entry.Name : value.Name, value.Type, value.Data);
            if (type == Wdm.REG_MULTI_SZ)
            {
                // Windows terminates a REG_MULTI_SZ once more, in case the stored list is not.
                data = [.. data, 0, 0];
            }
        }

        if ((entry.Flags & Wdm.RTL_QUERY_REGISTRY_NOEXPAND) == 0)
        {
            if (type == Wdm.REG_MULTI_SZ)
            {
                return DeliverStrings(entry, name, data, direct);
            }

            if (type == Wdm.REG_EXPAND_SZ && data.Length >= 2)
            {
                data = Expand(data);
                type = Wdm.REG_SZ;
            }
        }

        var status = direct
            ? RtlRegistryDirect.Write(type, data, entry.EntryContext, 0)
            : entry.QueryRoutine!(name, type, data, (uint)data.Length, _context, entry.EntryContext);
        return status == Wdm.STATUS_BUFFER_TOO_SMALL ? Wdm.STATUS_SUCCESS : status;
    }

    /// <summary>A REG_MULTI_SZ, one REG_SZ at a time (each with its NUL), up to the list's last NUL.</summary>
    private NTSTATUS DeliverStrings(RTL_QUERY_REGISTRY_TABLE entry, string? name, byte[] data, bool direct)
    {
        var chars = data.Length / 2;
        var end = chars - 2;
        var status = Wdm.STATUS_SUCCESS;
        var start = 0;
        for (var element = 0; start < end; element++)
        {
            var next = start;
            while (next < chars && BitConverter.ToChar(data, next * 2) != '\0')
            {
                next++;
            }

            next = Math.Min(next + 1, chars);
            var piece = data.AsSpan(start * 2, (next - start) * 2);
            status = direct
                ? RtlRegistryDirect.Write(Wdm.REG_SZ, piece, entry.EntryContext, element)
                : entry.QueryRoutine!(name, Wdm.REG_SZ, piece, (uint)piece.Length, _context, entry.EntryContext);
            if (status == Wdm.STATUS_BUFFER_TOO_SMALL)
            {
                status = Wdm.STATUS_SUCCESS;
            }

            if (!Wdm.NT_SUCCESS(status))
            {
                break;
            }

            start = next;
        }

        return status;
    }

    /// <summary>RtlExpandEnvironmentStrings_U: %NAME% becomes the variable's value; an unknown
    /// variable, or a lone '%', stays as it is. The result is NUL-terminated REG_SZ data.</summary>
    private byte[] Expand(byte[] data)
    {
        var text = RegistryData.ReadString(data);
        var result = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '%' ? text.IndexOf('%', i + 1) : -1;
            if (close > i + 1 && _environment.FirstOrDefault(v => v.Key.Equals(text[(i + 1)..close], StringComparison.OrdinalIgnoreCase)) is { Value: { } value })
            {
                result.Append(value);
                i = close + 1;
                continue;
            }

            result.Append(text[i]);
            i++;
        }

        return RegistryData.String(result.ToString());
    }

    private void CloseSubKey()
    {
        if (_subKey is not null)
        {
            _thread.Machine.ObjectManager.Dereference(_subKey);
            _subKey = null;
        }
    }
}
