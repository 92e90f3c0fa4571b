namespace Dashboard.Core.Actions;

/// <summary>Why an action could not even be planned. The JSON API maps each to a status code.</summary>
public enum ActionErrorKind
{
    /// <summary>A field of the request is wrong (400); <see cref="ActionException.Field"/> names it.</summary>
    InvalidRequest,

    /// <summary>The store has no such app (404).</summary>
    AppNotFound,

    /// <summary>The app's source or defining manifest is not in a repository we can read or write (422).</summary>
    NotInGit,

    /// <summary>The action makes no sense for this kind of app (422).</summary>
    Unsupported,

    /// <summary>Reading Git failed (502).</summary>
    GitUnavailable,
}
