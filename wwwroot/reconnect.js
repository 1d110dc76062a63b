// Reconnection for screens that run for days. Blazor reports its reconnect states on #components-reconnect-modal:
// we retry for ever (quickly at first, then every few seconds) and reload the page when the server answers but no
// longer knows this circuit, which is what a server restart looks like. The page's state lives in its URL, so a
// reload loses nothing.
(() => {
    const reload = () => location.reload();

    // After a long outage Blazor may give up ("failed"): poll the page itself and reload once the server answers.
    const reloadWhenServerAnswers = async () => {
        for (;;) {
            try {
                const response = await fetch(location.href, { cache: "no-store" });
                if (response.ok) {
                    reload();
                    return;
                }
            } catch {
                // Still down.
            }
            await new Promise(resolve => setTimeout(resolve, 2000));
        }
    };

    const badge = document.getElementById("components-reconnect-modal");
    badge?.addEventListener("components-reconnect-state-changed", event => {
        switch (event.detail.state) {
            case "rejected":
            case "resume-failed":
                reload();
                break;
            case "failed":
                reloadWhenServerAnswers();
                break;
        }
    });

    Blazor.start({
        circuit: {
            reconnectionOptions: {
                maxRetries: 100000,
                retryIntervalMilliseconds: attempt => attempt < 10 ? 500 : 3000,
            },
        },
    });
})();
