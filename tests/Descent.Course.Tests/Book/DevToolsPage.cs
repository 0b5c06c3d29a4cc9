using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Descent.Course.Tests.Book;

/// <summary>
/// One page of a headless Chromium driven over the DevTools protocol (a WebSocket on 127.0.0.1): navigate, evaluate
/// JavaScript, wait for a condition. Console errors and uncaught exceptions are collected. Disposing ends the browser.
/// </summary>
internal sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _replies = new();
    private readonly CancellationTokenSource _closing = new();
    private int _nextId;
    private Task _receiving = Task.CompletedTask;

    private DevToolsPage(Process browser, string profile)
    {
        _browser = browser;
        _profile = profile;
    }

    /// <summary>The console errors and uncaught exceptions of the page so far.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Starts a browser, opens <paramref name="url"/> and waits until its document has loaded.</summary>
    public static async Task<DevToolsPage> OpenAsync(string url)
    {
        HeadlessChromium.RequireInstalled();
        var profile = TestPaths.NewTemporaryFolder("descent-devtools");
        var start = new ProcessStartInfo(HeadlessChromium.ExecutablePath!) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
                 })
        {
            start.ArgumentList.Add(flag);
        }

        var browser = Process.Start(start)!;
        browser.OutputDataReceived += (_, _) => { };
        browser.ErrorDataReceived += (_, _) => { };
        browser.BeginOutputReadLine();
        browser.BeginErrorReadLine();
        var page = new DevToolsPage(browser, profile);
        try
        {
            await page.ConnectAsync();
            await page.SendAsync("Runtime.enable");
            await page.SendAsync("Page.enable");
            await page.NavigateAsync(url);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> in this page and waits until its document has loaded.</summary>
    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForAsync<bool>("document.readyState === 'complete' && document.documentElement.dataset.bookReady === 'true'", TimeSpan.FromSeconds(60));
    }

    /// <summary>The value of <paramref name="expression"/> (a promise is awaited), converted from JSON.</summary>
    /// <exception cref="InvalidOperationException">The expression threw; the message holds the page's error.</exception>
    public async Task<T?> EvaluateAsync<T>(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (reply["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"{expression} threw: {exception["exception"]?["description"] ?? exception["text"]}");
        }

        var value = reply["result"]?["value"];
        return value is null ? default : value.Deserialize<T>();
    }

    /// <summary>Polls <paramref name="expression"/> until it is truthy; returns its value. Fails the test after <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForAsync<T>(string expression, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await EvaluateAsync<JsonNode>(expression);
            if (value is not null && !(value.GetValueKind() is JsonValueKind.False or JsonValueKind.Null) && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == ""))
            {
                return value.Deserialize<T>()!;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"After {timeout.TotalSeconds:F0} s the page still has no value for: {expression}\nErrors: {string.Join("\n", Errors)}");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        if (!_browser.HasExited)
        {
            _browser.Kill(entireProcessTree: true);
        }

        await _browser.WaitForExitAsync();
        _browser.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash handler may still hold the profile for a moment; it is only a temporary folder.
        }
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllText(portFile).Split('\n')[0].Trim().Length == 0)
        {
            if (_browser.HasExited || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.Fail($"{HeadlessChromium.ExecutablePath} opened no DevTools port (exited: {_browser.HasExited}).");
            }

            await Task.Delay(100);
        }

        var port = File.ReadAllText(portFile).Split('\n')[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(target => target!["type"]!.GetValue<string>() == "page")!;
        await _socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None);
        _receiving = Task.Run(ReceiveAsync);
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var answer = await reply.Task.WaitAsync(TimeSpan.FromMinutes(2));
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"DevTools {method}: {error}");
        }

        return answer["result"]!;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (!_closing.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is { } id && _replies.TryRemove(id.GetValue<int>(), out var reply))
            {
                reply.SetResult(node);
            }
            else if (node["method"]?.GetValue<string>() == "Runtime.exceptionThrown")
            {
                Errors.Enqueue("exception: " + node["params"]?["exceptionDetails"]?["exception"]?["description"]);
            }
            else if (node["method"]?.GetValue<string>() == "Runtime.consoleAPICalled" && node["params"]?["type"]?.GetValue<string>() == "error")
            {
                Errors.Enqueue("console.error: " + string.Join(" ", node["params"]!["args"]!.AsArray().Select(arg => arg?["value"]?.ToString() ?? arg?["description"]?.ToString())));
            }
        }
    }
}
