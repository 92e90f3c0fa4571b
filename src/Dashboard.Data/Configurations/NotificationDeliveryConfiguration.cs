using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("NotificationDeliveries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Target).HasMaxLength(256);
        builder.Property(e => e.State).HasMaxLength(16);
        builder.Property(e => e.Cluster).HasMaxLength(128);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Namespace).HasMaxLength(256);
        builder.Property(e => e.Name).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(256);
        builder.Property(e => e.Message).HasMaxLength(2000);
        builder.Property(e => e.Link).HasMaxLength(2000);
        builder.Property(e => e.Error).HasMaxLength(2000);
        builder.Property(e => e.Outcome).HasMaxLength(16);
        builder.Property(e => e.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.NotificationId);
    }
}
