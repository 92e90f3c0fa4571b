using Dashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Migrations;

/// <summary>Lets `dotnet ef` build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseDashboardSqlite(Path.Combine(Path.GetTempPath(), "dashboard-design.db"));
        return new DashboardDbContext(builder.Options);
    }
}
