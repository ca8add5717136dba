using System.Text;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A deterministic machine with one nonpaged pool block holding known bytes: "Hello, NtSim!" in ASCII at +0,
/// in UTF-16 at +0x20, and the counting bytes 0..0x3f at +0x40, then zeros up to 0x100 bytes.</summary>
internal sealed class MemoryRig : IDisposable
{
    internal const int BlockSize = 0x100;

    internal MemoryRig()
    {
        Machine = Machine.Boot(new MachineOptions { Processors = 1, Seed = 14 });
        Machine.Run(() =>
        {
            Block = ExAllocatePoolZero(NonPagedPoolNx, BlockSize, 0x6d654d4b); // 'KMem'
            var bytes = Block.AsSpan(BlockSize);
            Encoding.ASCII.GetBytes("Hello, NtSim!").CopyTo(bytes);
            Encoding.Unicode.GetBytes("Hello, NtSim!").CopyTo(bytes[0x20..]);
            for (var i = 0; i < 0x40; i++)
            {
                bytes[0x40 + i] = (byte)i;
            }
        });
        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal KernelDebugger Kd { get; }

    /// <summary>The pool block's address.</summary>
    internal PVOID Block { get; private set; }

    /// <summary>The block's address as a debugger command takes it.</summary>
    internal string At(int offset = 0) => (Block.Address + (ulong)offset).ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Machine.Dispose();
}
