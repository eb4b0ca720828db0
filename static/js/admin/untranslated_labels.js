// wagtail-localize's translation editor writes one label, "More actions" (read by screen
// readers), without gettext. The admin page gives this script that label in the editor's
// language (data-more-actions) and it puts it in place whenever the editor draws the menu.
(() => {
  const script = document.currentScript;
  const label = script && script.dataset.moreActions;
  if (!label || label === "More actions") return;
  const relabel = (root) => {
    root.querySelectorAll(".w-sr-only").forEach((element) => {
      if (element.textContent === "More actions") element.textContent = label;
    });
  };
  const start = () => {
    relabel(document);
    new MutationObserver(() => relabel(document)).observe(document.body, {
      childList: true,
      subtree: true,
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
