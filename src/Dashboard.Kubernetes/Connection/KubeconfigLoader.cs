using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dashboard.Kubernetes.Connection;

/// <summary>
/// Reads a kubeconfig file the way <c>KubernetesClientConfiguration.BuildConfigFromConfigFile</c> does (same YAML
/// names, relative certificate paths resolved against the file's folder), without its <c>KubernetesYaml</c> helper:
/// that helper's first use reflects over every model type in KubernetesClient (about a thousand) and keeps YAML
/// overrides for all of them, which cost the process ~5 MiB of managed heap and more in loaded types for its
/// whole life (bench/README.md, "Where the memory goes"). A kubeconfig needs only its own few types, whose
/// properties carry their YAML names.
/// </summary>
public static class KubeconfigLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The client configuration for <paramref name="context"/> (null: the file's current context).</summary>
    /// <exception cref="KubeConfigException">The file is missing, is not a kubeconfig, or lacks the context's pieces.</exception>
    public static KubernetesClientConfiguration Load(string path, string? context)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new KubeConfigException($"kubeconfig file not found at {file.FullName}");
        }

        K8SConfiguration? config;
        try
        {
            using var reader = file.OpenText();
            config = Deserializer.Deserialize<K8SConfiguration?>(new MergingParser(new Parser(reader)));
        }
        catch (YamlException ex)
        {
            throw new KubeConfigException($"it is not valid kubeconfig YAML (line {ex.Start.Line}): {ex.Message}");
        }

        if (config is null)
        {
            throw new KubeConfigException("the file is empty");
        }

        config.FileName = file.FullName;
        return KubernetesClientConfiguration.BuildConfigFromConfigObject(config, context);
    }
}
