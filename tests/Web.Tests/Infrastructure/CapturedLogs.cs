using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every entry the application logs (at the levels its configuration lets through),
/// so a test can check what was logged, how often and how. Add it to a running application's logger factory.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The entries logged after the first <paramref name="count"/> (a count taken from <see cref="Entries"/> before).</summary>
    public IReadOnlyList<LogEntry> After(int count) => [.. _entries.Where((_, index) => index >= count)];

    /// <summary>
    /// Entries that tell of a failure: any with an exception, and errors of the web stack (ours, ASP.NET Core,
    /// SignalR). Orleans' own errors are left out: it logs one when a grain's last batch of events reaches a web
    /// server's observer just after the relay dropped it (the meeting's last connection left), which is no input's doing.
    /// </summary>
    public IReadOnlyList<LogEntry> Failures => [.. _entries.Where(e => e.Exception is not null
        || (e.Level >= LogLevel.Error && !e.Category.StartsWith("Orleans", StringComparison.Ordinal)))];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}

public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}[{EventId.Name}]: {Message}{(Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})")}";
}
