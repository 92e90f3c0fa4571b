using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.User).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.Target).HasMaxLength(512);
        builder.Property(e => e.Repository).HasMaxLength(512);
        builder.Property(e => e.Branch).HasMaxLength(256);
        builder.Property(e => e.FromRevision).HasMaxLength(64);
        builder.Property(e => e.ToRevision).HasMaxLength(64);
        builder.Property(e => e.CommitSha).HasMaxLength(64);
        builder.Property(e => e.PullRequestUrl).HasMaxLength(512);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Error).HasMaxLength(4000);
        // SQLite cannot order DateTimeOffset natively; store UTC ticks so ORDER BY works in SQL.
        builder.Property(e => e.RequestedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(e => e.CompletedAt).HasConversion(
            v => v.HasValue ? v.Value.UtcTicks : (long?)null,
            v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        builder.HasIndex(e => e.RequestedAt);
        builder.HasIndex(e => e.Target);
        builder.HasIndex(e => e.Outcome);
    }
}
