namespace Dashboard.Core.Notifications.WebPush;

/// <summary>Unpadded base64url (RFC 4648 section 5), the encoding of Web Push keys and JWTs.</summary>
public static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Accepts padded or unpadded input, and plain base64 too (some browsers' toJSON output has been seen with it).</summary>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim().TrimEnd('=').Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch
        {
            2 => "==",
            3 => "=",
            1 => throw new FormatException("Not base64url: the length is impossible."),
            _ => "",
        };
        return Convert.FromBase64String(s);
    }
}
