using Microsoft.Extensions.Options;

namespace Dashboard.Web.Configuration;

/// <summary>Reads and checks the whole <c>Dashboard:</c> section once, before the host is built.</summary>
public static class DashboardConfiguration
{
    public static DashboardOptions Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(DashboardOptions.SectionName);
        var errors = ConfigurationKeyChecker.Check(section, typeof(DashboardOptions)).ToList();
        var options = new DashboardOptions();
        if (errors.Count == 0)
        {
            section.Bind(options);
            var result = new DashboardOptionsValidator().Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                errors.AddRange(result.Failures);
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidDashboardConfigurationException(errors);
        }

        return options;
    }
}
