using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace Descent.Course.Engine;

/// <summary>
/// Loads the <see cref="IKernelExtension"/>s that NuGet packages ship in <c>interactive-extensions/dotnet/</c>
/// (this is how Plotly.NET.Interactive registers its HTML formatter for charts).
/// </summary>
internal static class KernelExtensionLoader
{
    /// <summary>Loads and runs every extension found in the packages' extension folders.</summary>
    public static async Task LoadAsync(Kernel kernel, IEnumerable<ResolvedPackageReference> packages)
    {
        foreach (var package in packages)
        {
            var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.dll"))
            {
                var assembly = LoadOnce(file);
                foreach (var type in assembly.GetExportedTypes().Where(IsExtension))
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(kernel);
                }
            }
        }
    }

    private static bool IsExtension(Type type) =>
        type is { IsClass: true, IsAbstract: false } && typeof(IKernelExtension).IsAssignableFrom(type);

    // The course tool itself references some of these packages: an assembly of the same name that is already
    // loaded must be reused (loading it again into the default context throws).
    private static Assembly LoadOnce(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name.Name);
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }
}
