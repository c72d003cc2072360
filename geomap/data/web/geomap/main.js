/* geomap.js, main.js: boot: the first layout, fit and labels, Escape and focus for popups; decoding the data island; mount() and the page's closure end here.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: none
 */
    /* -- boot ----------------------------------------------------------------------------- */

    drawBasemap();
    drawOverlays();
    loadTables();
    aboutPanel();
    claimsPanel();
    legendPanel();
    layersPanel();
    tablePanel();
    var left = append(el("div", "gm-side gm-side-left"), header(), panels.about.section, panels.claims && panels.claims.section);
    var right = append(el("div", "gm-side gm-side-right"), panels.layers.section, panels.legend.section);
    // Panels before the map in the document: Tab reaches the controls first.
    [left, right, panels.table.section].forEach(function (side) {
      if (app === mapNode) app.appendChild(side); else app.insertBefore(side, mapNode);
    });
    append(app, attribution());
    var timed = steps && steps.length > 1 && !printing;
    if (timed) {
      app.appendChild(timeControl());
      map.on("popupopen", function (e) { openLeaf = e.popup._source; });
      map.on("popupclose", function () { openLeaf = null; });
    }
    if (printing) {
      append(app, caption());
      printSetup();
      // A wide image takes the caption at its side; a tall or square one, below the map.
      app.classList.toggle("gm-wide", window.innerWidth >= 1.25 * window.innerHeight);
    }
    [left, right, panels.table.section].forEach(function (side) {
      L.DomEvent.disableClickPropagation(side);
      L.DomEvent.disableScrollPropagation(side);
    });
    layout();
    map.invalidateSize();
    fit();
    if (printing) locator();
    if (printing && /svg/.test(window.location.hash)) {
      var drawSvg = function () { layout(); placeLabels(); fitCaption(); publishSvg(); };
      if (fontReady) fontReady.then(drawSvg, drawSvg); else drawSvg();
    }
    if (timed) setStep(steps.length - 1);
    placeLabels();
    if (printing) fitCaption();
    if (fontReady) fontReady.then(function () { layout(); placeLabels(); if (printing) fitCaption(); }, function () {});
    map.on("zoomstart", function () { labelPane.style.visibility = "hidden"; });
    map.on("moveend", function () { labelPane.style.visibility = ""; placeLabels(); });  // after zooms too
    map.on("dragstart zoomstart", function () { if (!fitting) userMoved = true; });
    app.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && current) openPanel(null, true);
    });
    // Escape closes a popup, and focus goes back to the symbol it belongs to.
    var popupFrom = null;
    map.on("popupopen", function (e) {
      var source = e.popup._source;
      popupFrom = source && source.feature ? source : (chooserSource ? chooserSource.leaf : null);
      chooserSource = null;
      var claimOf = source && source.feature && source.feature.properties.kind !== "overlap" && source.feature.properties.claim_id;
      if (claimOf && claimOf !== selectedClaim) selectClaim(claimOf);  // a claim's shape clicked: its fans show
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !map._popup || !map.hasLayer(map._popup)) return;
      e.stopPropagation();
      var back = popupFrom;
      map.closePopup();
      var target = back && back.getElement && back.getElement();
      if (target) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: true });
      }
    }, true);
    // A long popup scrolls: the keyboard must be able to reach it to scroll it.
    map.on("popupopen", function (e) {
      var content = e.popup.getElement() && e.popup.getElement().querySelector(".leaflet-popup-content");
      if (content) content.setAttribute("tabindex", "0");
      if (e.popup.getElement()) e.popup.getElement().classList.remove("gm-closing");
    });
    // A closed popup fades out over 200 ms, invisible but still over the map: neither it nor its tip
    // takes clicks then (a click on the map just after closing one was lost where the popup had been).
    map.on("popupclose", function (e) {
      if (e.popup.getElement()) e.popup.getElement().classList.add("gm-closing");
      stepAside(null);
    });
    // A tall popup on a small screen reaches the map's corner controls (zoom, scale, the tools):
    // those it covers step aside while it is open, rather than lie over its text.
    var watching = null, resized = window.ResizeObserver ? new ResizeObserver(function () { stepAside(watching); }) : null;
    function stepAside(element) {
      var box = element && element.getBoundingClientRect();
      map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {
        var r = c.getBoundingClientRect();
        c.classList.toggle("gm-under-popup", !!box && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom);
      });
    }
    map.on("popupopen", function (e) {
      watching = e.popup.getElement();
      if (resized) { resized.disconnect(); if (watching) resized.observe(watching); }
      stepAside(watching);
    });
    map.on("moveend", function () { if (watching && map._popup && map.hasLayer(map._popup)) stepAside(watching); });
    if (tables.length) {
      map.on("click", function (e) {
        var target = e.originalEvent && e.originalEvent.target;
        if (target && target.closest && target.closest(".leaflet-interactive, .leaflet-marker-icon")) return;
        var found = eventsAt(e.containerPoint, coarse ? 14 : 7);
        if (found.length) openEvents(found, e.latlng);
        else openCell(e.containerPoint);
      });
      // From the keyboard: Enter on the map lists the events at its centre.
      mapNode.addEventListener("keydown", function (e) {
        if (e.key !== "Enter" || e.target !== mapNode) return;
        var found = eventsAt(map.getSize().divideBy(2), 12);
        if (found.length) openEvents(found, map.getCenter());
      });
    }
    // Refit on resize (a phone turned, an iframe resized) until the reader moves the map.
    window.addEventListener("resize", function () {
      layout();
      map.invalidateSize();
      if (!userMoved) fit();
      placeLabels();
    });

    return {
      map: map, overlays: overlays, document: doc, fit: fit,
      labels: function () { return placed.map(function (p) { return { text: p.text, kind: p.kind, box: p.box, id: p.id || null, number: p.number || null }; }); },
      compact: function () { return compact; },
      /** Show the state as of an ISO time (the last step at or before it); return the step's ISO time. */
      setTime: function (iso) {
        if (!steps) return null;
        var at = Date.parse(iso), i = 0;
        while (i + 1 < steps.length && steps[i + 1] <= at) i++;
        stop();
        setStep(i);
        return new Date(steps[i]).toISOString();
      },
      ready: function () { return tablesReady; },
      events: function () { return eventLayers; },
      eventsAt: function (x, y, radius) {
        return eventsAt(L.point(x, y), radius || 7).map(function (f) { return { table: f[0].table.key, index: f[1] }; });
      }
    };
  }

  /** The document of a notebook map, base64-encoded UTF-8 JSON (see geomap/web/notebook.py). */
  function decode(base64) {
    var bytes = Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  window.geomapMount = function (base64, map) { window.geomap = mount(null, decode(base64), map); return window.geomap; };
  var island = document.getElementById("geomap-document");
  if (island) window.geomap = mount(document.getElementById("gm-app"), JSON.parse(island.textContent));
})();
