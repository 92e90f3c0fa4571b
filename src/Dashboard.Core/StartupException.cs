namespace Dashboard.Core;

/// <summary>
/// Start-up cannot go on and the message says why, in words meant for the person starting the app
/// (which key to set, which flag to use). The host prints it without a stack trace and exits non-zero.
/// </summary>
public class StartupException(string message, Exception? inner = null) : Exception(message, inner);
