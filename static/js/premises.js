// Premises: saved listings (kept in this browser only) and the click-to-load map.
// Everything here is an enhancement; the search, listings and compare page work without it.
(function () {
  "use strict";

  var STORAGE_KEY = "drammenworks.favourites";
  var COMPARE_MAX = 4;
  // The campaign that brought the visitor, for the links built here (portal/journey.py).
  var CAMPAIGN_REF = document.body.getAttribute("data-campaign-ref") || "";

  function withRef(url) {
    if (!CAMPAIGN_REF) return url;
    var address = new URL(url, window.location.href);
    address.searchParams.set("kampanje", CAMPAIGN_REF);
    return address.pathname + address.search + address.hash;
  }

  function readFavourites() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return /^\d+$/.test(id); }) : [];
    } catch (error) {
      return [];
    }
  }

  function writeFavourites(ids) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
    } catch (error) { /* storage unavailable: favourites last for this page only */ }
  }

  function compareUrl(base, ids) {
    return withRef(base.split("?")[0] + "?" + ids.slice(0, COMPARE_MAX).map(function (id) {
      return "id=" + encodeURIComponent(id);
    }).join("&"));
  }

  function render() {
    var ids = readFavourites();
    document.querySelectorAll("[data-favourite]").forEach(function (button) {
      var saved = ids.indexOf(button.getAttribute("data-favourite")) !== -1;
      button.hidden = false;
      button.setAttribute("aria-pressed", saved ? "true" : "false");
      button.querySelector(".favourite-label-add").hidden = saved;
      button.querySelector(".favourite-label-remove").hidden = !saved;
    });
    document.querySelectorAll("[data-favourites-link], [data-compare-link]").forEach(function (link) {
      link.hidden = ids.length === 0;
      if (ids.length) link.href = compareUrl(link.getAttribute("href"), ids);
    });
    document.querySelectorAll("[data-favourites-count]").forEach(function (count) {
      count.textContent = String(ids.length);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-favourite]");
    if (!button) return;
    var id = button.getAttribute("data-favourite");
    var ids = readFavourites();
    var index = ids.indexOf(id);
    if (index === -1) ids.unshift(id); else ids.splice(index, 1);
    writeFavourites(ids);
    render();
  });

  render();

  // The map: Leaflet is ours (static/vendor/leaflet); only the map tiles come from the tile
  // server, and only after the visitor presses the button.
  function loadLeaflet(container, callback) {
    if (window.L) return callback();
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = container.getAttribute("data-leaflet-css");
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = container.getAttribute("data-leaflet-js");
    script.onload = callback;
    document.head.appendChild(script);
  }

  // Leaflet guesses where its marker images are from its stylesheet, and guesses wrong while
  // the stylesheet is still loading; the page names them instead (with their hashed names).
  function useOurMarkerImages(container) {
    window.L.Icon.Default.imagePath = "";
    window.L.Icon.Default.mergeOptions({
      iconUrl: container.getAttribute("data-marker-icon"),
      iconRetinaUrl: container.getAttribute("data-marker-icon-2x"),
      shadowUrl: container.getAttribute("data-marker-shadow")
    });
  }

  document.querySelectorAll("[data-map]").forEach(function (container) {
    var button = container.querySelector("[data-map-show]");
    var canvas = container.querySelector("[data-map-canvas]");
    var data = container.querySelector("script[type='application/json']");
    if (!button || !canvas || !data) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var settings = JSON.parse(container.getAttribute("data-map-settings"));
      var points = JSON.parse(data.textContent);
      button.hidden = true;
      canvas.hidden = false;
      loadLeaflet(container, function () {
        useOurMarkerImages(container);
        var map = window.L.map(canvas, { scrollWheelZoom: false });
        window.L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
        var bounds = [];
        points.forEach(function (point) {
          var marker = window.L.marker([point.lat, point.lng], { title: point.title, alt: point.title });
          var link = document.createElement("a");
          link.href = withRef(point.url);
          link.textContent = point.title;
          if (point.lang) link.lang = point.lang;
          marker.bindPopup(link).addTo(map);
          bounds.push([point.lat, point.lng]);
        });
        if (bounds.length === 1) map.setView(bounds[0], 15);
        else map.fitBounds(bounds, { padding: [24, 24] });
      });
    });
  });
})();
