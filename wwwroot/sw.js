// Service worker for Web Push (RFC 8030/8291): shows the dashboard's notifications and opens their link.
// Registered by js/notifications.js with scope "/". The payload is the JSON of WebPushMessage.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => {
    let message = { title: 'Dashboard', body: '', url: '/', tag: undefined, state: 'problem' };
    try {
        if (event.data) {
            message = Object.assign(message, event.data.json());
        }
    } catch (e) {
        message.body = event.data ? event.data.text() : '';
    }
    event.waitUntil(self.registration.showNotification(message.title, {
        body: message.body,
        tag: message.tag,           // a newer message about the same object replaces the older one
        renotify: !!message.tag,
        icon: '/icons/icon.svg',
        badge: '/icons/icon.svg',
        data: { url: message.url || '/' },
    }));
});

self.addEventListener('notificationclick', event => {
    event.notification.close();
    const target = new URL(event.notification.data && event.notification.data.url || '/', self.location.origin);
    event.waitUntil((async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        for (const client of windows) {
            if (new URL(client.url).origin === target.origin && 'navigate' in client) {
                await client.focus();
                return client.navigate(target.href);
            }
        }
        return self.clients.openWindow(target.href);
    })());
});
