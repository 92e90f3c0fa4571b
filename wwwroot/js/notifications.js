// "Notify this device": registers /sw.js, subscribes through PushManager with the server's VAPID key
// and posts the subscription to /api/notifications/webpush/subscriptions. No inline script (CSP).
(() => {
    const status = text => {
        const el = document.querySelector('[data-push-status]');
        if (el) { el.textContent = text; }
    };

    const fromBase64Url = value => {
        const base64 = (value + '='.repeat((4 - value.length % 4) % 4)).replace(/-/g, '+').replace(/_/g, '/');
        return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    };

    async function subscribe() {
        if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
            status('This browser cannot receive Web Push. On iPhone, add the dashboard to the home screen first.');
            return;
        }
        const config = await (await fetch('/api/notifications/webpush', { credentials: 'same-origin' })).json();
        if (!config.enabled) {
            status('Web Push is not configured on the server (Dashboard:Notifications).');
            return;
        }
        if (await Notification.requestPermission() !== 'granted') {
            status('Notifications are blocked for this site; allow them in the browser settings.');
            return;
        }
        const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
        await navigator.serviceWorker.ready;
        let subscription = await registration.pushManager.getSubscription();
        if (subscription) {
            const current = subscription.options && subscription.options.applicationServerKey;
            const key = current ? btoa(String.fromCharCode(...new Uint8Array(current))) : null;
            const wanted = btoa(String.fromCharCode(...fromBase64Url(config.publicKey)));
            if (key !== null && key !== wanted) {
                await subscription.unsubscribe(); // the server's key changed: the old subscription is useless
                subscription = null;
            }
        }
        subscription = subscription || await registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: fromBase64Url(config.publicKey),
        });
        const response = await fetch('/api/notifications/webpush/subscriptions', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
            body: JSON.stringify(subscription.toJSON()),
        });
        status(response.ok ? 'This device will be notified.' : `The server refused the subscription (HTTP ${response.status}).`);
    }

    document.addEventListener('click', event => {
        if (event.target.closest && event.target.closest('[data-push-subscribe]')) {
            event.preventDefault();
            status('Subscribing…');
            subscribe().catch(error => status(`Could not subscribe: ${error.message || error}`));
        }
    });
})();
