namespace Descent; internal static class Placeholder {}
