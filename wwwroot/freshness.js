// Moves every "updated N s ago" label on once a second, between the server's renders. The server renders its own
// clock (data-now) and the update time (data-updated); the age is what it was then plus the time this browser has
// counted since, so a browser clock that is wrong does not matter. The label's text node is changed in place,
// never replaced, so Blazor's next render of it still finds its node.
(() => {
    const seen = new WeakMap();
    const format = (template, n) => template.replace("{0}", String(n));
    const tick = () => {
        const local = Date.now();
        for (const element of document.querySelectorAll(".nd-freshness[data-updated]")) {
            const updated = Number(element.dataset.updated);
            const now = Number(element.dataset.now);
            if (!updated || !now) continue;
            const key = element.dataset.updated + "/" + element.dataset.now;
            let entry = seen.get(element);
            if (!entry || entry.key !== key) {
                entry = { key, since: local - (now - updated) };
                seen.set(element, entry);
            }
            const seconds = Math.max(0, Math.floor((local - entry.since) / 1000));
            const text = seconds < 60 ? format(element.dataset.seconds, seconds)
                : seconds < 3600 ? format(element.dataset.minutes, Math.floor(seconds / 60))
                : format(element.dataset.hours, Math.floor(seconds / 3600));
            const label = element.querySelector(".nd-freshness-label");
            const node = label && label.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) node.nodeValue = text;
        }
    };
    // The wall screen's clock: this browser's time (the newsroom's), hours and minutes.
    const clock = () => {
        const now = new Date();
        const text = String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0");
        for (const element of document.querySelectorAll("time[data-clock]")) {
            const node = element.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) node.nodeValue = text;
        }
    };
    setInterval(() => { tick(); clock(); }, 1000);
})();
