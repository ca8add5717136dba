using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Devices;

/// <summary>How the device commands find their object: a name in the namespace or an address (an expression).</summary>
internal static class KdObjects
{
    /// <summary>The driver object named <c>Zero</c>, <c>\Driver\Zero</c> (or <c>\FileSystem\...</c>), or at an address; null after printing why not.</summary>
    internal static DRIVER_OBJECT? Driver(KdContext context, string argument)
    {
        var body = Named(context, argument, @"\Driver\", @"\FileSystem\") ?? AtAddress(context, argument);
        if (body is DRIVER_OBJECT driver)
        {
            return driver;
        }

        context.Error($"Could not find driver object {argument}");
        return null;
    }

    /// <summary>The device object named <c>Zero</c> or <c>\Device\Zero</c>, or at an address; null after printing why not.</summary>
    internal static DEVICE_OBJECT? Device(KdContext context, string argument)
    {
        var body = Named(context, argument, @"\Device\") ?? AtAddress(context, argument);
        if (body is DEVICE_OBJECT device)
        {
            return device;
        }

        context.Error($"Could not find device object {argument}");
        return null;
    }

    /// <summary>The object whose body is at the address <paramref name="expression"/> names, quietly null if none.</summary>
    internal static IObjectBody? AtAddress(KdContext context, string expression) =>
        KdExpression.TryEvaluate(expression, context, out var address, out _) ? context.Machine.ObjectManager.FindObject(address)?.Body : null;

    private static IObjectBody? Named(KdContext context, string argument, params string[] directories)
    {
        var objects = context.Machine.ObjectManager;
        if (argument.StartsWith('\\'))
        {
            return objects.Find(argument)?.Body;
        }

        return directories.Select(d => objects.Find(d + argument)?.Body).FirstOrDefault(b => b is not null);
    }
}
