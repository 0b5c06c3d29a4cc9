namespace Descent.Plots; internal static class Placeholder {}
