namespace Dashboard.Core.Actions;

/// <summary>An action that cannot be planned; the message says why in words, naming the app, file or field.</summary>
public sealed class ActionException : Exception
{
    public ActionException(ActionErrorKind kind, string message, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Field = field;
    }

    public ActionException()
    {
    }

    public ActionException(string message)
        : base(message)
    {
    }

    public ActionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActionErrorKind Kind { get; }

    /// <summary>The request field at fault (revision, locator, file, value, kind), for a 400.</summary>
    public string? Field { get; }

    public static ActionException Invalid(string field, string message) => new(ActionErrorKind.InvalidRequest, message, field);
}
