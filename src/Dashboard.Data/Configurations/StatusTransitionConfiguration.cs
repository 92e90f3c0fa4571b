using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class StatusTransitionConfiguration : IEntityTypeConfiguration<StatusTransition>
{
    public void Configure(EntityTypeBuilder<StatusTransition> builder)
    {
        builder.ToTable("StatusTransitions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Cluster).HasMaxLength(128);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Namespace).HasMaxLength(256);
        builder.Property(e => e.Name).HasMaxLength(256);
        builder.Property(e => e.Field).HasMaxLength(32);
        builder.Property(e => e.From).HasMaxLength(256);
        builder.Property(e => e.To).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        // UTC ticks, as for audit rows: SQLite cannot order DateTimeOffset natively.
        builder.Property(e => e.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Cluster, e.Kind, e.Namespace, e.Name });
    }
}
