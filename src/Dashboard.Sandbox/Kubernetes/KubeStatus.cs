using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// Status objects with the keys in Go struct order and the messages recorded from a real API server
/// (kube-wire README rules 29-31).
/// </summary>
public static class KubeStatus
{
    public static JsonObject Failure(int code, string reason, string message, JsonObject? details = null, JsonObject? metadata = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = metadata ?? [],
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = code;
        return status;
    }

    public static ApiException NotFound(ResourceType type, string name) =>
        new(Failure(404, "NotFound", $"{type.QualifiedName} \"{name}\" not found", Details(type, name)));

    public static ApiException AlreadyExists(ResourceType type, string name) =>
        new(Failure(409, "AlreadyExists", $"{type.QualifiedName} \"{name}\" already exists", Details(type, name)));

    public static ApiException Conflict(ResourceType type, string name) =>
        new(Failure(409, "Conflict", $"Operation cannot be fulfilled on {type.QualifiedName} \"{name}\": the object has been modified; please apply your changes to the latest version and try again", Details(type, name)));

    public static ApiException BadRequest(string message) => new(Failure(400, "BadRequest", message));

    public static ApiException Invalid(string group, string kind, string name, string field, string causeReason, string detail)
    {
        var qualified = group.Length == 0 ? kind : $"{kind}.{group}";
        var details = new JsonObject { ["group"] = group, ["kind"] = kind };
        if (name.Length > 0)
        {
            details = new JsonObject { ["name"] = name, ["group"] = group, ["kind"] = kind };
        }

        details["causes"] = new JsonArray(new JsonObject { ["reason"] = causeReason, ["message"] = detail, ["field"] = field });
        return new(Failure(422, "Invalid", $"{qualified} \"{name}\" is invalid: {field}: {detail}", details));
    }

    public static ApiException PatchRejected() =>
        new(Failure(422, "Invalid", "the server rejected our request due to an error in our request", []));

    public static ApiException UnsupportedPatch() =>
        new(Failure(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"));

    public static ApiException ListTooOld() =>
        new(Failure(410, "Expired", "The resourceVersion for the provided list is too old."));

    public static ApiException ContinueTooOld(string freshToken) =>
        new(Failure(410, "Expired", "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.", metadata: new JsonObject { ["continue"] = freshToken }));

    public static JsonObject WatchTooOld(long requested, long oldest) =>
        Failure(410, "Expired", $"too old resource version: {requested} ({oldest})");

    public static JsonObject Unauthorized() => Failure(401, "Unauthorized", "Unauthorized");

    /// <summary>403 in the RBAC format: "... is forbidden: User "u" cannot VERB resource "r" in API group "g" in the namespace "ns"".</summary>
    public static JsonObject Forbidden(string user, string verb, ResourceType type, string? subresource, string? ns, string? name)
    {
        var subject = name is null ? type.QualifiedName : $"{type.QualifiedName} \"{name}\"";
        var resource = subresource is null ? type.Plural : $"{type.Plural}/{subresource}";
        var scope = ns is null ? "at the cluster scope" : $"in the namespace \"{ns}\"";
        var message = $"{subject} is forbidden: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"{type.Group}\" {scope}";
        return Failure(403, "Forbidden", message, Details(type, name));
    }

    public static JsonObject ForbiddenPath(string user, string verb, string path) =>
        Failure(403, "Forbidden", $"forbidden: User \"{user}\" cannot {verb} path \"{path}\"", []);

    public static JsonObject InternalError(string cause) =>
        Failure(500, "InternalError", $"Internal error occurred: {cause}", new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["message"] = cause }) });

    public static JsonObject TooManyRequests(int retryAfterSeconds) =>
        Failure(429, "TooManyRequests", "Too many requests, please try again later.", new JsonObject { ["retryAfterSeconds"] = retryAfterSeconds });

    public static JsonObject Success(ResourceType type, string name, string uid) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Success",
        ["details"] = new JsonObject { ["name"] = name, ["group"] = type.Group, ["kind"] = type.Plural, ["uid"] = uid },
    };

    private static JsonObject Details(ResourceType type, string? name)
    {
        var details = new JsonObject();
        if (name is not null)
        {
            details["name"] = name;
        }

        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        return details;
    }
}
