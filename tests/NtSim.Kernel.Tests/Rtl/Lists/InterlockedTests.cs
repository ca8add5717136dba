using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>The Interlocked functions by their WDK names.</summary>
public sealed class InterlockedTests
{
    [Fact]
    public void ThirtyTwoBitForms_ReturnWhatTheWdkDocuments()
    {
        var value = 5;
        Assert.Equal(6, InterlockedIncrement(ref value));
        Assert.Equal(5, InterlockedDecrement(ref value));
        Assert.Equal(5, InterlockedExchange(ref value, 9));
        Assert.Equal(9, InterlockedCompareExchange(ref value, 1, 8));
        Assert.Equal(9, value);
        Assert.Equal(9, InterlockedCompareExchange(ref value, 1, 9));
        Assert.Equal(1, value);
        Assert.Equal(1, InterlockedExchangeAdd(ref value, 10));
        Assert.Equal(15, InterlockedAdd(ref value, 4));
        Assert.Equal(15, InterlockedAnd(ref value, 0b0110));
        Assert.Equal(0b0110, InterlockedOr(ref value, 0b1000));
        Assert.Equal(0b1110, InterlockedXor(ref value, 0b0011));
        Assert.Equal(0b1101, value);

        var unsigned = uint.MaxValue;
        Assert.Equal(0u, InterlockedIncrement(ref unsigned));
        Assert.Equal(uint.MaxValue, InterlockedDecrement(ref unsigned));
        Assert.Equal(uint.MaxValue, InterlockedExchangeAdd(ref unsigned, 2));
        Assert.Equal(1u, unsigned);
    }

    [Fact]
    public void SixtyFourBitForms_ReturnWhatTheWdkDocuments()
    {
        var value = 1L << 40;
        Assert.Equal((1L << 40) + 1, InterlockedIncrement64(ref value));
        Assert.Equal(1L << 40, InterlockedDecrement64(ref value));
        Assert.Equal(1L << 40, InterlockedExchange64(ref value, 3));
        Assert.Equal(3, InterlockedCompareExchange64(ref value, 4, 3));
        Assert.Equal(4, InterlockedExchangeAdd64(ref value, 6));
        Assert.Equal(20, InterlockedAdd64(ref value, 10));
        Assert.Equal(20, InterlockedAnd64(ref value, 0b10100));
        Assert.Equal(20, InterlockedOr64(ref value, 1L << 50));
        Assert.Equal(20 | (1L << 50), InterlockedXor64(ref value, 1L << 50));
        Assert.Equal(20, value);
    }

    [Fact]
    public void PointerForms_SwapPointersAndObjectReferences()
    {
        var pointer = new PVOID(0x1000);
        Assert.Equal(new PVOID(0x1000), InterlockedExchangePointer(ref pointer, new PVOID(0x2000)));
        Assert.Equal(new PVOID(0x2000), InterlockedCompareExchangePointer(ref pointer, PVOID.NULL, new PVOID(0x3000)));
        Assert.Equal(new PVOID(0x2000), pointer);
        Assert.Equal(new PVOID(0x2000), InterlockedCompareExchangePointer(ref pointer, PVOID.NULL, new PVOID(0x2000)));
        Assert.True(pointer.IsNull);

        var first = new object();
        object? slot = first;
        Assert.Same(first, InterlockedExchangePointer(ref slot, null));
        Assert.Null(InterlockedCompareExchangePointer(ref slot, first, null));
        Assert.Same(first, slot);
    }

    [Fact]
    public void BitTestForms_SetAndClearOneBit_AndReturnItsValueBefore()
    {
        var bits = 0;
        Assert.False(InterlockedBitTestAndSet(ref bits, 31));
        Assert.True(InterlockedBitTestAndSet(ref bits, 31));
        Assert.Equal(int.MinValue, bits);
        Assert.True(InterlockedBitTestAndReset(ref bits, 31));
        Assert.False(InterlockedBitTestAndReset(ref bits, 31));
        Assert.Equal(0, bits);

        var wide = 0L;
        Assert.False(InterlockedBitTestAndSet64(ref wide, 63));
        Assert.Equal(long.MinValue, wide);
        Assert.True(InterlockedBitTestAndReset64(ref wide, 63));
        Assert.Equal(0, wide);
        Assert.Throws<ArgumentOutOfRangeException>(() => InterlockedBitTestAndSet(ref bits, 32));
    }

    [Fact]
    public void InterlockedIncrement_OnALongInPool_ChangesThePoolsBytes()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var tag = TAG("Lck ");
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, tag);

            Assert.Equal(1, InterlockedIncrement(ref block.As<int>()));
            Assert.Equal(0, InterlockedExchange(ref (block + 4).As<int>(), 7));
            Assert.Equal(1, block.Read<int>());
            Assert.Equal(7, (block + 4).Read<int>());
            KeMemoryBarrier();
            ExFreePoolWithTag(block, tag);
        }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InterlockedIncrement_FromTwoProcessorsAtOnce_LosesNoUpdate(bool wide)
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        const int increments = 10_000;
        var counter = 0;
        var counter64 = 0L;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            for (var t = 0; t < 2; t++)
            {
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    for (var i = 0; i < increments; i++)
                    {
                        if (wide)
                        {
                            InterlockedIncrement64(ref counter64);
                        }
                        else
                        {
                            InterlockedIncrement(ref counter);
                        }
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                }, null));
                ZwClose(handle);
            }

            for (var t = 0; t < 2; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));

        Assert.Equal(2 * increments, wide ? counter64 : counter);
    }
}
