namespace Dashboard.Web.Configuration;

public enum NotificationTargetType
{
    Webhook,
    Ntfy,
    WebPush,
}
