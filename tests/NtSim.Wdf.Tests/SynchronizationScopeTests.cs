using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>
/// Issue 12 §7 under the schedule explorer: a sequential queue's request handler and a periodic
/// timer both touch a counter with an "inside" flag. Under WdfSynchronizationScopeDevice with
/// AutomaticSerialization the timer joins the device's callback lock and no schedule overlaps them
/// (using-automatic-synchronization); under WdfSynchronizationScopeNone nothing serializes them.
/// </summary>
public sealed class SynchronizationScopeTests
{
    private const int Schedules500 = 500;

    [Fact]
    public void DeviceScope_AutomaticallySerializedTimer_NeverOverlapsTheRequestHandler()
    {
        var exploration = Schedules.Explore(machine => Overlaps(machine, deviceScope: true), Schedules500, options: Options());

        exploration.ThrowIfFailed();
        Assert.Equal(Schedules500, exploration.Iterations);
        Assert.Equal([0], exploration.Outcomes.Keys);
    }

    [Fact]
    public void NoneScope_TimerWithoutSerialization_OverlapsTheRequestHandlerInSomeSchedule()
    {
        var exploration = Schedules.Find(machine => Overlaps(machine, deviceScope: false), run => run.Value > 0, Schedules500, options: Options());

        Assert.True(exploration.Found is not null, exploration.ToString());
        Assert.Null(exploration.Failure);
    }

    private static MachineOptions Options() => new() { Processors = 2, MaxSteps = Schedules.DefaultMaxSteps };

    /// <summary>Starts the device, sends four requests while the 1 ms timer runs, and returns how
    /// often one side found the other inside.</summary>
    private static int Overlaps(Machine machine, bool deviceScope)
    {
        var service = deviceScope ? "ScopeDevice" : "ScopeNone";
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            Scope = deviceScope ? WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice : WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone,
            OnStart = (device, c) =>
            {
                WDF_TIMER_CONFIG_INIT_PERIODIC(out var config, _ =>
                {
                    c.TimerRuns++;
                    Touch(c, 100);
                }, 1);
                config.AutomaticSerialization = deviceScope;
                WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
                attributes.ParentObject = device;
                Assert.Equal(STATUS_SUCCESS, WdfTimerCreate(config, attributes, out var timer));
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(1));
            },
            OnIoctl = (queue, request, c) =>
            {
                c.Requests++;
                Touch(c, 500);
            },
        });

        var status = ObjectsRig.Ioctl(machine, count: 4);
        Assert.Equal(RunStatus.Completed, status);
        Assert.Equal(4, context.Requests);
        Assert.True(context.TimerRuns > 0, "the timer ran while the requests were handled");
        return context.Overlaps;
    }

    /// <summary>Enters, spends time in three steps (each a scheduling point), leaves; counts an
    /// overlap when the other side is already inside.</summary>
    private static void Touch(OBJECTS_CONTEXT context, uint microseconds)
    {
        if (context.Inside)
        {
            context.Overlaps++;
        }

        context.Inside = true;
        for (var i = 0; i < 3; i++)
        {
            KeStallExecutionProcessor(microseconds);
            context.Counter++;
        }

        context.Inside = false;
    }
}
