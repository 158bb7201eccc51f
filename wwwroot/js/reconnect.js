// "Try again" on the lost-connection banner: a listener here, because the page's Content Security Policy refuses inline handlers.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("[data-reconnect]") : null;
    if (!link) return;
    event.preventDefault();
    Blazor.reconnect();
});
