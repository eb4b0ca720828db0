// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Click-to-load video: the player (and every request to the video host) starts on press.
  document.querySelectorAll("[data-video-embed]").forEach(function (container) {
    var button = container.querySelector(".video-consent__play");
    var embedUrl = container.getAttribute("data-video-embed");
    if (!button || !embedUrl) return;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = embedUrl;
      frame.title = container.getAttribute("data-video-title") || "";
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.className = "video-consent__frame";
      container.replaceChildren(frame);
      frame.focus();
    });
  });

  // The error summary takes focus so screen-reader and keyboard users hear what went wrong.
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();

// Share links: a button that copies the campaign link (the field can be copied by hand too).
(function () {
  "use strict";
  document.querySelectorAll("[data-copy-button]").forEach(function (button) {
    var field = button.closest(".share__copy").querySelector("[data-copy-source]");
    var status = button.closest(".share__copy").querySelector("[data-copy-status]");
    if (!field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        status.textContent = button.getAttribute("data-copied") || "✓";
      });
    });
  });
})();

// A new listing's form puts its key in the address: after saving, the Back button then leads to
// the saved draft instead of to a form that would make a copy. (Browsers do not restore hidden
// fields when they go back, so the key in the form alone is not enough.)
(function () {
  "use strict";
  var form = document.querySelector("form[data-form-key]");
  if (!form || !window.history.replaceState || !window.URL) return;
  var address = new URL(window.location.href);
  if (address.searchParams.get("form_key")) return;
  address.searchParams.set("form_key", form.getAttribute("data-form-key"));
  window.history.replaceState(window.history.state, "", address.toString());
})();

// «Why Drammen» in the main menu opens and closes without this; here Escape, a click elsewhere
// or focus moving on closes it too, as visitors expect of a menu that opens over the page.
(function () {
  "use strict";
  document.querySelectorAll("[data-submenu]").forEach(function (submenu) {
    var toggle = submenu.querySelector("summary");
    function close() { submenu.open = false; }
    submenu.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !submenu.open) return;
      close();
      toggle.focus();
    });
    submenu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !submenu.contains(event.relatedTarget)) close();
    });
    document.addEventListener("click", function (event) {
      if (!submenu.contains(event.target)) close();
    });
  });
})();
