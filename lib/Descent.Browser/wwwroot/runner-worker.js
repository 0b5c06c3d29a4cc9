// The C# runner in a web worker: the page posts {start: true} once and then {code} per cell; each reply is
// {result} or {failure}. A cell that runs too long is stopped by ending this worker (the page starts a new one).
import { dotnet } from "./_framework/dotnet.js";

const runtime = await dotnet.create();
const resources = runtime.getConfig().resources;
const assemblies = [...resources.coreAssembly, ...resources.assembly].map(assembly => assembly.name);
const runner = (await runtime.getAssemblyExports("Descent.Browser.dll")).Descent.Browser.CellRunner;

self.onmessage = async (event) => {
  const started = performance.now();
  try {
    const result = event.data.start
      ? { references: await runner.StartAsync(new URL("./", self.location.href).href, assemblies) }
      : JSON.parse(await runner.RunAsync(event.data.code));
    self.postMessage({ result, milliseconds: performance.now() - started });
  } catch (error) {
    self.postMessage({ failure: String(error && error.message || error) });
  }
};
self.postMessage({ ready: true });
