/* geomap.js, map.js: the Leaflet map and its basemap; cooperative gestures (the article scrolls, the map moves when asked), full screen.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: fullScreen, cooperative, showHint, overMap,
 * drawBasemap
 */
    /* -- the map ------------------------------------------------------------------------- */

    var map, mapNode;
    if (givenMap) {
      map = givenMap;
      app = mapNode = map.getContainer();
      if (map.attributionControl) map.removeControl(map.attributionControl);
    } else {
      document.documentElement.lang = lang;
      document.title = doc.incident.title + (doc.as_of ? " — " + asOfText() : "");
      mapNode = el("div", "gm-map");
      app.appendChild(mapNode);
      mapNode.id = "gm-map";
      map = L.map(mapNode, { zoomControl: false, attributionControl: false, zoomSnap: 0.25, tap: false });
    }
    app.classList.add("gm-app");
    if (house.font) app.style.setProperty("--gm-font", FAMILY);
    app.classList.toggle("gm-print", printing);
    mapNode.setAttribute("role", "region");
    mapNode.setAttribute("aria-label", doc.incident.title);
    Object.keys(V.panel).forEach(function (k) { app.style.setProperty("--gm-" + k, V.panel[k]); });
    app.style.setProperty("--gm-water", V.basemap.water);
    app.style.setProperty("--gm-label", V.basemap.label);
    app.style.setProperty("--gm-town", V.basemap.town);
    L.control.zoom({ position: "bottomleft", zoomInTitle: T.zoom_in, zoomOutTitle: T.zoom_out }).addTo(map);
    L.control.scale({ position: "bottomleft", imperial: false }).addTo(map);

    /* -- cooperative gestures: in an article the page scrolls; the map moves when asked ---------- */

    var engaged = false;   // clicked or focused: the wheel zooms until the pointer leaves the map
    var hint = el("div", "gm-hint");
    hint.setAttribute("aria-hidden", "true");
    var hintTimer = null;
    mapNode.appendChild(hint);

    function fullScreen() { return !!(document.fullscreenElement || document.webkitFullscreenElement); }

    /** In an iframe, or on a page taller than the window, the map must not capture the page's scrolling. */
    function cooperative() {
      if (printing || fullScreen()) return false;
      var framed;
      try { framed = window.self !== window.top; } catch (err) { framed = true; }
      var root = document.scrollingElement || document.documentElement;
      return framed || root.scrollHeight > window.innerHeight + 1;
    }

    function showHint(text) {
      hint.textContent = text;
      hint.classList.add("gm-hint-on");
      clearTimeout(hintTimer);
      hintTimer = setTimeout(function () { hint.classList.remove("gm-hint-on"); }, 1600);
    }

    /** A gesture over the map itself (not over a panel, a popup or a control, which scroll or act on their own). */
    function overMap(target) {
      return mapNode.contains(target) && !(target.closest && target.closest(".leaflet-popup, .leaflet-control, .gm-panel, .gm-side"));
    }

    var mac = /Mac|iP(hone|ad|od)/.test(navigator.platform || navigator.userAgent);
    // Capture phase: a gesture the page should have never reaches Leaflet's own listeners.
    window.addEventListener("wheel", function (e) {
      if (!overMap(e.target) || !cooperative() || engaged || e.ctrlKey || e.metaKey) return;
      e.stopPropagation();
      showHint(T.hint_wheel.replace("{key}", mac ? "\u2318" : "Ctrl"));
    }, { capture: true, passive: true });
    var oneFinger = null;
    window.addEventListener("touchstart", function (e) {
      oneFinger = null;
      if (!overMap(e.target) || !cooperative() || e.touches.length !== 1) return;
      e.stopPropagation();  // one finger scrolls the page; two reach Leaflet and pan and zoom
      oneFinger = [e.touches[0].clientX, e.touches[0].clientY];
    }, { capture: true, passive: true });
    window.addEventListener("touchmove", function (e) {
      if (!oneFinger || e.touches.length !== 1) return;
      var dx = e.touches[0].clientX - oneFinger[0], dy = e.touches[0].clientY - oneFinger[1];
      if (dx * dx + dy * dy > 100) { showHint(T.hint_touch); oneFinger = null; }
    }, { capture: true, passive: true });
    mapNode.addEventListener("mousedown", function (e) { if (overMap(e.target)) engaged = true; });
    mapNode.addEventListener("mouseleave", function () { engaged = false; });
    mapNode.addEventListener("focus", function () { engaged = true; });
    mapNode.addEventListener("blur", function () { engaged = false; });

    /** The full-screen button: the browser's full screen, or the page in a tab of its own where there is none. */
    var FullScreen = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var bar = el("div", "leaflet-bar gm-full-screen");
        var b = el("a");
        var icon = svgNode("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
        icon.appendChild(svgNode("path", { d: "M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5", fill: "none",
                                           stroke: "currentColor", "stroke-width": 2 }));
        b.appendChild(icon);
        b.href = "#";
        b.setAttribute("role", "button");
        b.setAttribute("aria-label", T.full_screen);
        b.title = T.full_screen;
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(b, "click", function (e) {
          L.DomEvent.preventDefault(e);
          var target = app.requestFullscreen ? app : null;
          if (fullScreen()) (document.exitFullscreen || document.webkitExitFullscreen).call(document);
          else if (target && document.fullscreenEnabled) target.requestFullscreen();
          else window.open(window.location.href, "_blank", "noopener");
        });
        document.addEventListener("fullscreenchange", function () {
          var on = fullScreen();
          b.title = on ? T.exit_full_screen : T.full_screen;
          b.setAttribute("aria-label", b.title);
        });
        return append(bar, b);
      }
    });
    new FullScreen().addTo(map);
    map.createPane("gm-basemap").style.zIndex = 200;
    map.createPane("gm-labels").style.zIndex = 650;
    map.getPane("gm-labels").style.pointerEvents = "none";

    function drawBasemap() {
      var b = doc.basemap;
      if (doc.tiles) L.tileLayer(doc.tiles.url, { maxZoom: doc.tiles.max_zoom, subdomains: doc.tiles.subdomains }).addTo(map);
      L.geoJSON(b.countries, {
        pane: "gm-basemap", interactive: false,
        style: function (f) {
          var home = f.properties.iso_a2 === b.focus;
          return { color: V.basemap.border, weight: 1.2, fillColor: home ? V.basemap.focus : V.basemap.land,
                   fillOpacity: b.fill ? 1 : 0 };
        }
      }).addTo(map);
      L.geoJSON(b.admin1, {
        pane: "gm-basemap", interactive: false,
        style: function () { return { color: V.basemap.admin1, weight: 0.7, dashArray: "3 3", fill: false }; }
      }).addTo(map);
    }

