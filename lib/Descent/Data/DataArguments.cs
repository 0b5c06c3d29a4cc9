namespace Descent.Data;

/// <summary>Argument checks shared by the data types; each failure names the parameter and its value.</summary>
internal static class DataArguments
{
    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}.");
    }

    public static void Epoch(int epoch) => AtLeast(epoch, 0, nameof(epoch));
}
