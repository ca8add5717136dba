using System.Globalization;
using NtSim.Debugger.Extensions;
using static NtSim.Debugger.Extensions.DbgEng;

namespace NtSim.TestExtensions;

/// <summary>The engine tests' extension: each command exercises one part of the extension model.</summary>
public sealed class TestExtension : IDebugExtension
{
    private readonly List<string> _notified = [];

    /// <summary>Version 2.5, to tell it from the sample's in .chain.</summary>
    public int Initialize(out uint version)
    {
        version = DEBUG_EXTENSION_VERSION(2, 5);
        return S_OK;
    }

    /// <summary>Records what the engine sent.</summary>
    public void Notify(uint notify, ulong argument) => _notified.Add(notify.ToString(CultureInfo.InvariantCulture));

    /// <summary>Throws: the engine reports it and the session goes on.</summary>
    [DebugCommand("throw")]
    public int Throw(IDebugClient client, string args) => throw new InvalidOperationException("testext was told to throw");

    /// <summary>Prints a line and passes the command on: the next extension in the chain runs its stats.</summary>
    [DebugCommand("stats")]
    public int Stats(IDebugClient client, string args)
    {
        client.Output("testext: stats passed on\n");
        return DEBUG_EXTENSION_CONTINUE_SEARCH;
    }

    /// <summary>Passes on a command no other extension has.</summary>
    [DebugCommand("nothing")]
    public int Nothing(IDebugClient client, string args) => DEBUG_EXTENSION_CONTINUE_SEARCH;

    /// <summary>The notifications received since the load.</summary>
    [DebugCommand("notified")]
    public int Notified(IDebugClient client, string args)
    {
        client.Output("notified: %s\n", string.Join(",", _notified));
        return S_OK;
    }

    /// <summary>Counts to the number given unless Ctrl+C stops it.</summary>
    [DebugCommand("count")]
    public int Count(IDebugClient client, string args)
    {
        if (FAILED(client.Evaluate(args, out var limit)))
        {
            client.Output("Usage: !count <number>\n");
            return E_INVALIDARG;
        }

        for (ulong i = 0; i < limit; i++)
        {
            if (client.CheckControlC())
            {
                client.Output("interrupted at %I64u\n", i);
                return E_FAIL;
            }
        }

        client.Output("counted to %I64u\n", limit);
        return S_OK;
    }

    /// <summary><c>!probe address</c>: every client call on one address, each result printed.</summary>
    [DebugCommand("probe")]
    public int Probe(IDebugClient client, string args)
    {
        if (FAILED(client.Evaluate(args, out var address)))
        {
            return E_INVALIDARG;
        }

        Span<byte> bytes = stackalloc byte[4];
        var hr = client.ReadVirtual(address, bytes, out var read);
        client.Output("ReadVirtual %08x read %d: %02x %02x %02x %02x\n", hr, read, bytes[0], bytes[1], bytes[2], bytes[3]);
        hr = client.ReadPointer(address, out var pointer);
        client.Output("ReadPointer %08x %I64x\n", hr, pointer);
        hr = client.WriteVirtual(address, [0x11, 0x22], out var written);
        client.Output("WriteVirtual %08x wrote %d\n", hr, written);
        hr = client.GetNameByOffset(address, out var name, out var displacement);
        client.Output("GetNameByOffset %08x %s+0x%I64x\n", hr, name, displacement);
        return S_OK;
    }

    /// <summary><c>!symbols</c>: symbol and type lookups, each result printed.</summary>
    [DebugCommand("symbols")]
    public int Symbols(IDebugClient client, string args)
    {
        var hr = client.GetOffsetByName("Zero!ZeroRead", out var read);
        client.Output("GetOffsetByName Zero!ZeroRead %08x %I64x\n", hr, read);
        hr = client.GetNameByOffset(read + 1, out var name, out var displacement);
        client.Output("GetNameByOffset %08x %s+0x%I64x\n", hr, name, displacement);
        hr = client.GetOffsetByName("Zero!NoSuchRoutine", out _);
        client.Output("GetOffsetByName Zero!NoSuchRoutine %08x\n", hr);
        hr = client.GetFieldOffset("nt!_IRP", "UserBuffer", out var offset);
        client.Output("GetFieldOffset nt!_IRP.UserBuffer %08x 0x%x\n", hr, offset);
        hr = client.GetFieldOffset("Zero!ZERO_DEVICE_EXTENSION", "TotalWritten", out offset);
        client.Output("GetFieldOffset Zero!ZERO_DEVICE_EXTENSION.TotalWritten %08x 0x%x\n", hr, offset);
        hr = client.GetFieldOffset("nt!_IRP", "NoSuchField", out _);
        client.Output("GetFieldOffset nt!_IRP.NoSuchField %08x\n", hr);
        hr = client.GetTypeSize("nt!_DEVICE_OBJECT", out var size);
        client.Output("GetTypeSize nt!_DEVICE_OBJECT %08x 0x%x\n", hr, size);
        hr = client.GetTypeSize("Zero!ZERO_DEVICE_EXTENSION", out size);
        client.Output("GetTypeSize Zero!ZERO_DEVICE_EXTENSION %08x 0x%x\n", hr, size);
        hr = client.GetTypeSize("nt!_NOSUCH", out _);
        client.Output("GetTypeSize nt!_NOSUCH %08x\n", hr);
        hr = client.Execute("? 1+2", out var output);
        client.Output("Execute %08x %s", hr, output);
        return S_OK;
    }
}
