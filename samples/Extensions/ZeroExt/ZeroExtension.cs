using static NtSim.Debugger.Extensions.DbgEng;
using NtSim.Debugger.Extensions;

namespace NtSim.Samples.Extensions.Zero;

/// <summary>
/// The zero debugger extension: <c>!zero.stats [device]</c> prints the Zero driver's byte counters from its device
/// extension. Everything is read through the client (expressions, !devobj, dt's types), never from the live driver,
/// so the command reads a stopped machine or a crash dump alike.
/// </summary>
public sealed class ZeroExtension : IDebugExtension
{
    private const string ZeroDevice = @"\Device\Zero";
    private const string DeviceType = "nt!_DEVICE_OBJECT";
    private const string ExtensionType = "Zero!ZERO_DEVICE_EXTENSION";

    /// <summary>DebugExtensionInitialize: version 1.0; nothing else to set up.</summary>
    public int Initialize(out uint version)
    {
        version = DEBUG_EXTENSION_VERSION(1, 0);
        return S_OK;
    }

    /// <summary><c>!zero.stats [device]</c>: the counters of Zero's device (<c>\Device\Zero</c> when none is given; a
    /// device name or an address expression otherwise).</summary>
    [DebugCommand("stats")]
    public int Stats(IDebugClient client, string args)
    {
        var argument = args.Trim();
        if (argument is "-?" or "/?")
        {
            client.Output("Usage: !zero.stats [device]  (\\Device\\Zero, or a device object's address)\n");
            return S_OK;
        }

        var status = FindDevice(client, argument.Length == 0 ? ZeroDevice : argument, out var device);
        if (FAILED(status))
        {
            return status;
        }

        status = FindExtension(client, device, out var extension);
        if (FAILED(status))
        {
            return status;
        }

        if (FAILED(client.GetFieldValue(extension, ExtensionType, "TotalRead", out var totalRead))
            || FAILED(client.GetFieldValue(extension, ExtensionType, "TotalWritten", out var totalWritten)))
        {
            client.Output("Cannot read %s at %I64x: is %I64x a Zero device?\n", ExtensionType, extension, device);
            return E_FAIL;
        }

        client.Output("Zero device %I64x, extension %I64x\n", device, extension);
        client.Output("  Total read:    %I64u bytes\n", totalRead);
        client.Output("  Total written: %I64u bytes\n", totalWritten);
        return S_OK;
    }

    // A name goes through !devobj (its first line: "Device object (ffffa50f00000040) is for:"); anything else is an
    // address expression.
    private static int FindDevice(IDebugClient client, string argument, out ulong device)
    {
        device = 0;
        if (!argument.StartsWith('\\'))
        {
            if (SUCCEEDED(client.Evaluate(argument, out device)))
            {
                return S_OK;
            }

            client.Output("Bad device address '%s'\n", argument);
            return E_INVALIDARG;
        }

        const string prefix = "Device object (";
        if (FAILED(client.Execute("!devobj " + argument, out var text)) || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            client.Output("%s", text);
            return E_INVALIDARG;
        }

        var end = text.IndexOf(')', StringComparison.Ordinal);
        return end > prefix.Length && SUCCEEDED(client.Evaluate(text[prefix.Length..end], out device)) ? S_OK : E_FAIL;
    }

    // The device extension follows the device object, as IoCreateDevice lays them out; DeviceExtension points at it
    // (NtSim keeps a typed extension off the pool, so its DeviceExtension is NULL and the address after the object stands for it).
    private static int FindExtension(IDebugClient client, ulong device, out ulong extension)
    {
        extension = 0;
        if (FAILED(client.GetFieldValue(device, DeviceType, "DeviceExtension", out extension)))
        {
            client.Output("Cannot read %s at %I64x\n", DeviceType, device);
            return E_FAIL;
        }

        if (extension == 0)
        {
            if (FAILED(client.GetTypeSize(DeviceType, out var size)))
            {
                return E_FAIL;
            }

            extension = device + size;
        }

        return S_OK;
    }
}
