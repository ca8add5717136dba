using NtSim;
using NtSim.RegistryWriter;
using static NtSim.Wdm;

// Boots a machine on the registry folder in args[0] and writes values in order, each flushed
// (ZwSetValueKey + ZwFlushKey), from the first index not yet stored, until it is killed.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: NtSim.RegistryWriter <registry folder>");
    return 2;
}

using var machine = Machine.Boot(new MachineOptions { RegistryFolder = args[0] });
machine.Registry.CreateKey(WriterData.KeyPath);
var next = machine.Registry.GetValues(WriterData.KeyPath).Count(v => WriterData.IndexOf(v.Name) >= 0);
Console.Out.WriteLine("ready " + next);
Console.Out.Flush();
while (true)
{
    var status = machine.Run(() =>
    {
        InitializeObjectAttributes(out var attributes, new UNICODE_STRING(WriterData.KeyPath), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, default, null);
        Check(ZwOpenKey(out var key, KEY_ALL_ACCESS, attributes), "ZwOpenKey");
        for (var i = 0; i < WriterData.SubKeyEvery; i++, next++)
        {
            Check(ZwSetValueKey(key, WriterData.ValueName(next), 0, REG_BINARY, WriterData.Payload(next)), "ZwSetValueKey");
            Check(ZwFlushKey(key), "ZwFlushKey");
        }

        Check(ZwClose(key), "ZwClose");
    });
    if (status != RunStatus.Completed)
    {
        Console.Error.WriteLine($"the writer's run ended with {status}: {machine.BugCheck}");
        return 1;
    }

    // A key and its value from one host call: the crash test checks that it never finds one without the other.
    machine.Registry.SetValue(WriterData.KeyPath + "\\" + WriterData.SubKeyName(next - 1), "N", next - 1);
}

static void Check(NTSTATUS status, string call)
{
    if (status != STATUS_SUCCESS)
    {
        throw new InvalidOperationException($"{call} returned 0x{(uint)status:X8}");
    }
}
