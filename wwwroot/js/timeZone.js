// The browser's IANA time zone (e.g. "Europe/Berlin"), so the dashboard shows times where the reader is.
window.dashboardTime = {
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || null,
};
