/* geomap.js, layout.js: header, toolbar and caption; the layout that measures the panels and fits the map between them; print mode and its locator.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: header, caption, attribution, openPanel,
 * layout, visibleRect, freePadding, popupPadding, fit, fitCaption, locator, printSetup
 */
    /* -- header, toolbar, caption ------------------------------------------------------------ */

    function header() {
      var head = el("header", "gm-header");
      append(head, logo(), el("h1", "gm-title", doc.incident.title));
      if (doc.as_of) append(head, el("p", "gm-as-of", asOfText()));
      if (tables.length) {
        eventCount = el("p", "gm-event-count");
        eventCount.setAttribute("aria-live", "polite");
        append(head, eventCount);
      }
      toolbar = el("nav", "gm-toolbar");
      toolbar.setAttribute("aria-label", T.about);
      ["about", "claims", "legend", "layers", "table"].filter(function (key) {
        return panels[key] && (key !== "table" || tableRows.length);  // no feature table for events alone
      }).forEach(function (key) {
        var names = { about: T.about_short, claims: T.claims, legend: T.legend, layers: T.layers, table: T.table };
        var b = button(names[key], "gm-tool gm-tool-" + key, function () { openPanel(current === key ? null : key, true); });
        b.setAttribute("aria-controls", "gm-panel-" + key);
        b.setAttribute("aria-expanded", "false");
        b.setAttribute("data-panel", key);
        panels[key].button = b;
        toolbar.appendChild(b);
      });
      append(head, toolbar);
      return head;
    }

    function caption() {
      var box = el("section", "gm-caption");
      box.setAttribute("aria-label", T.about);
      append(box, logo(), el("h1", "gm-caption-title", doc.incident.title));
      if (doc.as_of) append(box, el("p", "gm-as-of", asOfText()));
      append(box, el("p", "gm-when", formatTime(doc.incident.start) + " \u2013 " + formatTime(doc.incident.end) + " (" + zone + ")"));
      append(box, legendList("gm-caption-legend"), keyBox("gm-caption-key"));
      var publishers = [];
      doc.sources.forEach(function (s) { if (publishers.indexOf(s.publisher) < 0) publishers.push(s.publisher); });
      append(box, el("p", "gm-caption-sources", T.sources + ": " + publishers.join("; ")));
      append(box, el("p", "gm-caption-credit", doc.attribution.join(" \u00b7 ")));
      return box;
    }

    function attribution() {
      var foot = el("footer", "gm-attribution");
      append(foot, el("span", null, doc.attribution.join(" \u00b7 ")));
      L.DomEvent.disableClickPropagation(foot);
      return foot;
    }

    /* -- layout -------------------------------------------------------------------------- */

    var userMoved = false;
    var fitting = false;

    /** Open one panel (compact) or toggle the table (wide); `focus` moves focus into it. */
    function openPanel(key, focus) {
      var previous = current;
      current = key;
      Object.keys(panels).forEach(function (k) {
        var open = compact || k === "table" ? k === key : true;
        panels[k].section.hidden = !open || printing;
        if (panels[k].button) panels[k].button.setAttribute("aria-expanded", String(open && (compact || k === "table")));
      });
      if (focus && key) {
        var target = panels[key].section.querySelector(".gm-close");
        if (target) target.focus({ preventScroll: true });
      } else if (focus && previous && panels[previous].button) {
        panels[previous].button.focus({ preventScroll: true });
      }
    }

    function layout() {
      var small = app.clientWidth < 960 || app.clientHeight < 560;
      if (small !== compact) {
        compact = small;
        app.classList.toggle("gm-compact", compact);
        openPanel(current === "table" ? "table" : null);
      }
      var head = app.querySelector(".gm-header").getBoundingClientRect();
      app.style.setProperty("--gm-sheet-top", Math.round(head.bottom - app.getBoundingClientRect().top + 4) + "px");
      var credit = app.querySelector(".gm-attribution");
      if (credit) app.style.setProperty("--gm-attribution-h", Math.ceil(credit.getBoundingClientRect().height) + "px");
      app.classList.toggle("gm-narrow", app.clientWidth < 600);
      mapNode.classList.toggle("gm-cooperative", cooperative());
      var bar = visibleRect(".gm-time");
      app.style.setProperty("--gm-time-h", (bar ? Math.ceil(bar.height) : 0) + "px");
      var pad = popupPadding();
      // A popup's content never taller than the map between the bars: it scrolls within itself.
      var room = mapNode.clientHeight - pad.autoPanPaddingTopLeft[1] - pad.autoPanPaddingBottomRight[1] - 64;
      app.style.setProperty("--gm-popup-max", Math.max(120, Math.floor(room)) + "px");
      order.forEach(function (key) {
        overlays[key].entries.forEach(function (e) { Object.assign(e.leaf.getPopup().options, pad); });
      });
    }

    function visibleRect(selector) {
      var found = app.querySelector(selector);
      if (!found || found.hidden || !found.offsetParent) return null;
      var r = found.getBoundingClientRect();
      return r.width && r.height ? r : null;
    }

    /** Padding that keeps fitted features clear of whatever the panels cover, measured now. */
    function freePadding() {
      var box = mapNode.getBoundingClientRect();
      var top = 12, left = 12, right = 12, bottom = 32;
      var captionBox = visibleRect(".gm-caption");
      if (printing && captionBox) {
        if (captionBox.top > box.top + box.height / 3) bottom = Math.max(bottom, box.bottom - captionBox.top + 12);
        else right = Math.max(right, box.right - captionBox.left + 12);
        top = 12;
      } else if (compact) {
        var head = visibleRect(".gm-header");
        if (head) top = Math.max(top, head.bottom - box.top + 10);
        var sheet = current && visibleRect("#gm-panel-" + current);
        if (sheet) top = Math.max(top, sheet.bottom - box.top + 10);
      } else {
        var leftSide = visibleRect(".gm-side-left"), rightSide = visibleRect(".gm-side-right");
        if (leftSide) left = Math.max(left, leftSide.right - box.left + 14);
        if (rightSide) right = Math.max(right, box.right - rightSide.left + 14);
      }
      var bar = visibleRect(".gm-time");
      if (bar) bottom = Math.max(bottom, box.bottom - bar.top + 10);
      // The sources' line wraps to several on a phone: a popup stays above it.
      var credit = visibleRect(".gm-attribution");
      if (credit && credit.top < box.bottom) bottom = Math.max(bottom, box.bottom - credit.top + 8);
      var drawer = !printing && visibleRect("#gm-panel-table");
      if (drawer && drawer.top > box.top + box.height / 3) bottom = Math.max(bottom, box.bottom - drawer.top + 10);
      if (box.width - left - right < 160) { left = 12; right = 12; }
      if (box.height - top - bottom < 160) { top = 12; bottom = 12; }
      return { topLeft: [left, top], bottomRight: [right, bottom] };
    }

    /** Popups pan clear of the panels, the header and the time control. */
    function popupPadding() {
      var pad = freePadding();
      return { autoPanPaddingTopLeft: [pad.topLeft[0], Math.max(pad.topLeft[1], 20)],
               autoPanPaddingBottomRight: [pad.bottomRight[0], pad.bottomRight[1]] };
    }

    function fit() {
      var pad = freePadding();
      fitting = true;
      map.fitBounds(doc.view.bounds, { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight,
                                       animate: false, maxZoom: 11 });
      fitting = false;
    }

    /** Print, caption at the side: widen it while it is taller than the page (a long key of numbers cut
     *  the credits off), refitting the map beside it and placing its labels and numbers again each time. */
    function fitCaption() {
      var cap = app.querySelector(".gm-caption");
      if (!cap || !app.classList.contains("gm-wide")) return;
      var width = 100 * cap.offsetWidth / app.clientWidth;
      while (cap.scrollHeight > cap.clientHeight + 1 && width < 50) {
        width += 3;
        cap.style.width = width + "%";
        fit();
        placeLabels();
      }
    }

    /* -- print mode ----------------------------------------------------------------------- */

    var locatorMap = null, locatorFrame = null;

    /** The inset locator: the focus country among its neighbours, and a frame where the map is. */
    function locator() {
      var box = el("div", "gm-locator");
      box.setAttribute("aria-hidden", "true");  // a picture of where the map is; the caption says it in words
      box.setAttribute("role", "img");
      box.setAttribute("aria-label", T.locator);
      app.appendChild(box);
      locatorMap = L.map(box, { zoomControl: false, attributionControl: false, dragging: false, scrollWheelZoom: false,
                                doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false, zoomSnap: 0,
                                fadeAnimation: false, zoomAnimation: false, inertia: false });
      var home = null;
      L.geoJSON(doc.basemap.countries, { interactive: false, style: function (f) {
        var focus = f.properties.iso_a2 === doc.basemap.focus;
        return { color: V.basemap.border, weight: 0.6, fillColor: focus ? V.basemap.focus : V.basemap.land, fillOpacity: 1 };
      }, onEachFeature: function (f, leaf) {
        if (f.properties.iso_a2 === doc.basemap.focus) home = home ? home.extend(leaf.getBounds()) : L.latLngBounds(leaf.getBounds().getSouthWest(), leaf.getBounds().getNorthEast());
      } }).addTo(locatorMap);
      // The map's frame in twice its size: the country and its neighbours, as far as the basemap reaches.
      var whole = map.getBounds().pad(0.5);
      if (home) whole.extend(home);
      locatorMap.fitBounds(whole, { animate: false });
      locatorFrame = L.rectangle(map.getBounds(), { color: V.panel.text, weight: 1.5, fill: false, interactive: false }).addTo(locatorMap);
      map.on("moveend", function () { locatorFrame.setBounds(map.getBounds()); });
    }

    function printSetup() {
      var paper = /print=([a-z0-9]+)/.exec(window.location.hash);
      var sheet = document.styleSheets[document.styleSheets.length - 1];
      if (paper && sheet) {
        // Paper size for Chromium's print-to-PDF; the window is opened at the same size in CSS pixels.
        sheet.insertRule("@page { size: " + (paper[1] === "a4" ? "A4" : "A5") + " landscape; margin: 0 }", sheet.cssRules.length);
        // Laid out at the paper's size, not the window's: the map is fitted to the page it prints on.
        app.style.position = "absolute";
        app.style.width = paper[1] === "a4" ? "297mm" : "210mm";
        app.style.height = paper[1] === "a4" ? "210mm" : "148mm";
        app.style.right = app.style.bottom = "auto";
      }
    }

