using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Tests.Terminal;

/// <summary>A Spectre console whose keyboard is a queue the test fills; output goes to a string.</summary>
internal sealed class FakeTerminal : IAnsiConsole, IAnsiConsoleInput
{
    private readonly IAnsiConsole _inner;
    private readonly Queue<ConsoleKeyInfo> _keys = new();
    private readonly Queue<Action> _whileWaiting = new();
    private readonly Lock _gate = new();

    public FakeTerminal(int width, int height)
    {
        _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Output),
        });
        _inner.Profile.Width = width;
        _inner.Profile.Height = height;
    }

    public StringWriter Output { get; } = new();

    public Profile Profile => _inner.Profile;

    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    public IAnsiConsoleInput Input => this;

    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    public RenderPipeline Pipeline => _inner.Pipeline;

    public void Press(char c, ConsoleKey key)
    {
        lock (_gate)
        {
            _keys.Enqueue(new ConsoleKeyInfo(c, key, shift: false, alt: false, control: false));
        }
    }

    /// <summary>Runs <paramref name="action"/> at the next check for a key (one action per check).</summary>
    public void WhileWaiting(Action action) => _whileWaiting.Enqueue(action);

    public void Clear(bool home) => _inner.Clear(home);

    public void Write(IRenderable renderable) => _inner.Write(renderable);

    public bool IsKeyAvailable()
    {
        if (_whileWaiting.TryDequeue(out var action))
        {
            action();
        }

        lock (_gate)
        {
            return _keys.Count > 0;
        }
    }

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        lock (_gate)
        {
            return _keys.TryDequeue(out var key) ? key : null;
        }
    }

    public async Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken)
    {
        while (!IsKeyAvailable())
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }

        return ReadKey(intercept);
    }
}
