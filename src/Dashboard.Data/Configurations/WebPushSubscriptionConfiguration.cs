using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class WebPushSubscriptionConfiguration : IEntityTypeConfiguration<WebPushSubscription>
{
    public void Configure(EntityTypeBuilder<WebPushSubscription> builder)
    {
        builder.ToTable("WebPushSubscriptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Endpoint).HasMaxLength(2000);
        builder.Property(e => e.P256dh).HasMaxLength(128);
        builder.Property(e => e.Auth).HasMaxLength(64);
        builder.Property(e => e.User).HasMaxLength(256);
        builder.Property(e => e.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(e => e.Endpoint).IsUnique();
    }
}
