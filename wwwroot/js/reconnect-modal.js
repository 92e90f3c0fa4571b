// Reconnect handling for phones: a phone that slept has usually lost its circuit. Instead of a
// "Failed to rejoin" dead end, retry when the page becomes visible or the network returns, and reload
// to current data when the server no longer knows the circuit (and cannot resume it).
const modal = document.getElementById("components-reconnect-modal");
modal.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "show" || state === "retrying") {
        if (!modal.open) {
            modal.showModal();
        }
    } else if (state === "hide") {
        stopWaiting();
        modal.close();
    } else if (state === "failed") {
        // Retries are used up (the phone slept through them): try again as soon as it is back.
        waitForReturn();
        if (document.visibilityState === "visible" && navigator.onLine) {
            retry();
        }
    } else if (state === "rejected" || state === "resume-failed") {
        // The server dropped the circuit: the current data is one reload away.
        location.reload();
    }
}

function waitForReturn() {
    document.addEventListener("visibilitychange", retryWhenVisible);
    window.addEventListener("online", retry);
}

function stopWaiting() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    window.removeEventListener("online", retry);
}

async function retry() {
    stopWaiting();
    try {
        if (await Blazor.reconnect()) {
            return;
        }

        // The server answered but no longer knows the circuit: resume it, or reload to current data.
        if (await Blazor.resumeCircuit()) {
            modal.close();
        } else {
            location.reload();
        }
    } catch {
        // Still no network: wait for the next chance.
        waitForReturn();
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
