using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Descent.Course.Engine;

/// <summary>Creates the kernel a notebook runs in: the same pieces a .NET Interactive host uses.</summary>
internal static class KernelFactory
{
    /// <summary>The name of the C# kernel, and the default kernel of every course notebook.</summary>
    public const string CSharp = "csharp";

    /// <summary>A <see cref="CompositeKernel"/>: C# with kernel helpers, value sharing, <c>#r "nuget:"</c> (loading the packages' kernel extensions) and <c>#!import</c>.</summary>
    public static CompositeKernel Create()
    {
        // The notebooks' setup references the course libraries already loaded in the process, so that a notebook
        // compiles against exactly the assemblies it runs with (and no build is needed in the course tool).
        Assembly.Load(new AssemblyName("Descent"));
        Assembly.Load(new AssemblyName("Descent.Plots"));
        CompositeKernel? root = null;
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        csharp.UseNugetDirective(async (kernel, packages) =>
        {
            kernel.AddAssemblyReferences(packages.SelectMany(package => package.AssemblyPaths));
            await LoadExtensionsAsync(root ?? (Kernel)kernel, packages);
        }, forceRestore: false);

        root = new CompositeKernel { csharp };
        root.DefaultKernelName = CSharp;
        root.UseImportMagicCommand();
        return root;
    }

    /// <summary>Runs a first, empty submission, so that the compiler's start-up does not count against a notebook's first cell (nor its time limit).</summary>
    public static async Task WarmUpAsync(Kernel kernel, CancellationToken cancellationToken) =>
        await kernel.SendAsync(new SubmitCode("_ = 0;", CSharp), cancellationToken);

    // Packages ship their IKernelExtensions in interactive-extensions/dotnet/: that is how Plotly.NET.Interactive
    // registers its chart formatter.
    private static async Task LoadExtensionsAsync(Kernel kernel, IEnumerable<ResolvedPackageReference> packages)
    {
        var folders = packages.Select(package => Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet")).Where(Directory.Exists);
        foreach (var file in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll")))
        {
            // The course tool references some of these packages itself: an assembly already loaded is reused.
            var name = AssemblyName.GetAssemblyName(file).Name;
            var assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name)
                           ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
            foreach (var type in assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IKernelExtension).IsAssignableFrom(t)))
            {
                await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
            }
        }
    }
}
