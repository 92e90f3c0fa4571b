using System.Text.Json;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>
/// Keeps the VAPID key pair in one small JSON file, created on first use. Subscriptions are bound to
/// the public key, so losing the file means every device must subscribe again.
/// </summary>
public static class VapidKeyFile
{
    public static VapidKeys LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return Read(path);
        }

        var keys = VapidKeys.Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["publicKey"] = keys.PublicKeyBase64Url,
            ["privateKey"] = Base64Url.Encode(keys.PrivateKey),
        });
        var temp = path + ".tmp";
        File.WriteAllText(temp, json);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: false);
        return keys;
    }

    private static VapidKeys Read(string path)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
                ?? throw new FormatException("empty file");
            var keys = new VapidKeys(Base64Url.Decode(values["publicKey"]), Base64Url.Decode(values["privateKey"]));
            using var check = keys.CreateSigner(); // a mismatched or damaged pair fails here, not at the first push
            return keys;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException
                                              or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException(
                $"The VAPID key file {path} is unreadable ({exception.Message}). Restore it, or delete it to create a new pair (devices then subscribe again).",
                exception);
        }
    }
}
