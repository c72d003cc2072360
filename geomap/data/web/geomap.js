/* geomap's page: everything visible is built here, from the document in the data island.
 *
 * The page contract: incident text reaches the DOM only through textContent,
 * setAttribute on safe attributes, or nodes handed to Leaflet (popups,
 * tooltips, icons) by node().  Nothing here parses markup from strings.  Only
 * http(s) URLs become links.  Words, colours and symbols come from the
 * document's vocabulary; this file keeps no copies of them.
 *
 * Layout: on wide screens the title block and the about panel sit on the left,
 * the layer control and legend on the right, and the map fits its features in
 * the space between, measured from the panels themselves.  Below ~960 px wide
 * (or 560 px high: an article embed) the title shrinks to a bar and each panel
 * opens from a button, one at a time.  With "#print" in the address, controls
 * are hidden and the title, legend and sources are drawn as a caption, for
 * screenshots and PDFs.
 */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  /* -- DOM helpers (no state) ----------------------------------------------------------- */

  /** The one way to make an element with text: the text is never parsed as markup. */
  function el(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined && text !== null && text !== "") made.textContent = String(text);
    return made;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child) parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }

  /** A node for Leaflet's HTML-taking APIs (popups, tooltips, icons): always a Node, never a string. */
  function node(build) {
    var made = build();
    if (!(made instanceof Node)) throw new Error("geomap: Leaflet content must be a DOM node");
    return made;
  }

  function button(text, className, onClick) {
    var b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function link(text, url) {
    var safe = safeUrl(url);
    if (!safe) return el("span", null, text);
    var a = el("a", null, text);
    a.setAttribute("href", safe);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
    return a;
  }

  function svgNode(tag, attrs) {
    var made = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { made.setAttribute(k, String(attrs[k])); });
    return made;
  }

  /** A point symbol as an SVG element: circle, square, triangle or diamond. */
  function symbol(marker, colour, size, options) {
    options = options || {};
    var s = size, h = s / 2, p = 1.5;
    var svg = svgNode("svg", { width: s, height: s, viewBox: "0 0 " + s + " " + s, "aria-hidden": "true",
                               focusable: "false", "class": "gm-symbol" });
    var attrs = { fill: options.hollow ? "none" : colour, stroke: options.hollow ? colour : options.stroke,
                  "stroke-width": options.hollow ? 2.5 : 1.5 };
    var shape;
    if (marker === "square") shape = svgNode("rect", Object.assign({ x: p, y: p, width: s - 2 * p, height: s - 2 * p }, attrs));
    else if (marker === "triangle") shape = svgNode("polygon", Object.assign({ points: [h, p, s - p, s - p, p, s - p].join(" ") }, attrs));
    else if (marker === "diamond") shape = svgNode("polygon", Object.assign({ points: [h, p, s - p, h, h, s - p, p, h].join(" ") }, attrs));
    else shape = svgNode("circle", Object.assign({ cx: h, cy: h, r: h - p }, attrs));
    svg.appendChild(shape);
    return svg;
  }

  function swatch(kind, colour, options, outline) {
    options = Object.assign({ stroke: outline }, options || {});
    if (kind === "line" || kind === "area") {
      var svg = svgNode("svg", { width: 18, height: 12, "aria-hidden": "true", focusable: "false", "class": "gm-symbol" });
      svg.appendChild(kind === "line"
        ? svgNode("line", { x1: 1, y1: 6, x2: 17, y2: 6, stroke: colour, "stroke-width": options.width || 3,
                            "stroke-dasharray": options.dash || "none" })
        : svgNode("rect", { x: 1, y: 1, width: 16, height: 10, fill: colour, "fill-opacity": options.fill || 0.3,
                            stroke: colour, "stroke-width": 1.5, "stroke-dasharray": options.dash || "none" }));
      return svg;
    }
    return symbol(kind, colour, 14, options);
  }

  /**
   * Draw the document `doc` into `app` (the standalone page), or onto an existing Leaflet map
   * (folium's, in a notebook) when `givenMap` is passed.
   */
  function mount(app, doc, givenMap) {
    var V = doc.vocab;
    var T = V.ui;
    var lang = doc.lang;
    var zone = doc.incident.timezone;
    var printing = /(^|#)print/.test(window.location.hash);

    /* -- a house style (--style): its font, embedded as data, and its logo ---------------------- */

    var house = doc.style || {};
    var FAMILY = (house.font ? "\"" + house.font.family + "\", " : "") + "DejaVu Sans, Arial, sans-serif";
    var fontReady = null;
    if (house.font && house.font.data && window.FontFace) {
      var fontBytes = Uint8Array.from(atob(house.font.data), function (c) { return c.charCodeAt(0); });
      var face = new FontFace(house.font.family, fontBytes.buffer);
      document.fonts.add(face);
      fontReady = face.load();
    }

    /** The house logo, when there is one: a PNG or JPEG embedded as a data: URL (nothing else is taken). */
    function logo() {
      if (!house.logo || !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+\/=]+$/.test(house.logo)) return null;
      var img = el("img", "gm-logo");
      img.setAttribute("src", house.logo);
      img.setAttribute("alt", house.name || "");
      return img;
    }

    /* -- formatting ----------------------------------------------------------------------- */

    // A 24-hour clock in every language: reports of a night's events count hours that way.
    var dateTime = new Intl.DateTimeFormat(lang, { timeZone: zone, day: "numeric", month: "short", year: "numeric",
                                                  hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    var dayOnly = new Intl.DateTimeFormat(lang, { timeZone: zone, day: "numeric", month: "short", year: "numeric" });
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

    function formatTime(iso, precision) {
      if (!iso) return precision && precision !== "exact" ? V.labels["time." + precision] : "";
      var when = new Date(iso);
      var text = precision === "day" || precision === "night" ? dayOnly.format(when) : dateTime.format(when);
      var prefix = V.labels["time." + (precision || "exact")];
      return prefix ? prefix + " " + text : text;
    }

    function label(kind, value) {
      var found = V.labels[kind + "." + value];
      return found === undefined ? value : found;
    }

    function km(value) { return number.format(value) + " " + T.km; }

    var plurals = new Intl.PluralRules(lang);

    /** "{n} events" in the form the language wants for n (key_one, key_few, key_other...). */
    function plural(key, n) {
      var text = T[key + "_" + plurals.select(n)] || T[key + "_other"];
      return text.replace("{n}", number.format(n));
    }

    /* -- time: what was known when ------------------------------------------------------- */

    var MINUTE = 60000;
    var steps = timeSteps();           // the instants the time control stops at (ms), or null
    var dayEnds = {};                  // step -> true when it stands for a whole day
    (doc.timeline ? doc.timeline.days : []).forEach(function (iso) { dayEnds[Date.parse(iso)] = true; });
    var changes = doc.timeline ? doc.timeline.changes.map(Date.parse) : [];
    var now = steps ? steps[steps.length - 1] : Infinity;   // the time shown

    /** The night by the minute, then each later change and the end of each following day. */
    function timeSteps() {
      var t = doc.timeline;
      if (!t) return null;
      var out = [];
      var end = Date.parse(t.end);
      for (var m = Date.parse(t.start); m < end; m += MINUTE) out.push(m);
      out.push(end);
      var later = t.days.concat(t.changes, t.steps || [], [t.last]).map(Date.parse).filter(function (m) { return m > end; });
      later.sort(function (a, b) { return a - b; }).forEach(function (m) { if (m > out[out.length - 1]) out.push(m); });
      return out;
    }

    /** How many changes had happened by `at`: the state only changes when this does. */
    function changesBy(at) {
      var n = 0;
      while (n < changes.length && changes[n] <= at) n++;
      return n;
    }

    /**
     * A feature's properties as they stood at `at` (ms), or null when it was not yet known. Python
     * decides (geomap.document._states): `states` holds the feature as it stood from each history
     * entry before the last; the page only picks the latest that has begun.
     */
    function stateAt(p, at) {
      if (p.known_from && Date.parse(p.known_from) > at) return null;
      if (!p.states || at >= Date.parse(p.history[p.history.length - 1].at)) return p;
      var then = null;
      p.states.forEach(function (s) { if (Date.parse(s.at) <= at) then = s; });
      return Object.assign({}, p, { status: then.status, reported: then.reported, sources: then.sources,
                                    quotes: then.quotes, history: p.history.slice(0, then.entries) });
    }

    /** "As of 10 Sep 2025, 09:00 (Europe/Warsaw)": the moment an as-of build shows. */
    function asOfText() {
      return T.as_of + " " + dateTime.format(new Date(doc.as_of)) + " (" + zone + ")";
    }

    function formatStep(at) {
      if (at === Infinity) return "";
      return dayEnds[at] ? dayOnly.format(new Date(at)) + ", " + T.end_of_day : dateTime.format(new Date(at));
    }

    /* -- sources and popups ----------------------------------------------------------------- */

    var sources = {};
    doc.sources.forEach(function (s) { sources[s.id] = s; });

    function sourceItem(id) {
      var s = sources[id];
      var item = el("li");
      if (!s) return append(item, id);
      item.setAttribute("value", String(s.number));
      append(item, link(s.publisher + ": " + s.title, s.url), " (" + s.date + ")");
      if (s.on_file && !safeUrl(s.url)) append(item, el("span", "gm-muted", " \u2014 " + T.source_text_on_file));
      return item;
    }

    function facts(rows) {
      var dl = el("dl", "gm-facts");
      rows.forEach(function (r) {
        var value = r[1];
        if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
        append(dl, el("dt", null, r[0]), el("dd", null, Array.isArray(value) ? value.join("; ") : value));
      });
      return dl.childNodes.length ? dl : null;
    }

    function statusBadge(status) {
      var badge = el("span", "gm-badge", label("status", status));
      badge.style.backgroundColor = V.status_colours[status] || V.panel.muted;
      return badge;
    }

    function where(p) {
      if (p.match === "coordinates" || p.match === undefined) return "";
      var units = [p.admin3, p.admin2, p.admin1].filter(Boolean).join(", ");
      if (V.area_precisions.indexOf(p.precision) >= 0) {
        return label("precision", p.precision) + (p.uncertainty_km ? " \u00b1" + km(p.uncertainty_km) : "") + (units ? " \u2014 " + units : "");
      }
      return units;
    }

    function located(p) {
      if (p.match === undefined) return null;
      var box = el("details", "gm-located");
      // Opened, it grows: lay out and pan again so that the popup stays clear of the bars (it scrolls
      // within itself). Not update(): that builds the content afresh, and this box closed again.
      box.addEventListener("toggle", function () {
        var open = map._popup;
        if (!open || !map.hasLayer(open)) return;
        open._updateLayout();
        open._updatePosition();
        open._adjustPan();
      });
      append(box, el("summary", null, T.how_located));
      var rejected = (p.alternatives || []).map(function (a) {
        return a.name + " (" + [a.admin3, a.admin2, a.admin1].filter(Boolean).join(", ") + ")";
      });
      append(box, facts([
        [T.written_as, p.query],
        [T.matched, p.matched_name ? p.matched_name + (p.gazetteer_id ? " (" + p.gazetteer_id + ")" : "") : ""],
        [T.match, label("match", p.match)],
        [T.precision, label("precision", p.precision) + (p.uncertainty_km ? " (\u00b1" + km(p.uncertainty_km) + ")" : "")],
        [T.admin_units, [p.admin3, p.admin2, p.admin1].filter(Boolean)],
        [T.warnings, p.warnings],
        [T.rejected, rejected]
      ]));
      return box;
    }

    function layerFacts(p) {
      var rows = [];
      if (p.kind === "border") {
        rows.push([T.length_measured, p.length_km !== undefined ? km(p.length_km) : ""]);
        rows.push([T.length_official, p.official_length_km !== undefined ? km(p.official_length_km) : ""]);
      }
      if (p.kind === "band") rows.push([T.area, p.area_km2 !== undefined ? number.format(p.area_km2) + " km\u00b2" : ""]);
      if (p.claim_id && p.kind !== "overlap") {
        var summary = claimSummaries[p.claim_id] || {};
        rows.push([T.speaker, p.speaker + (p.role ? " (" + p.role + ")" : "")]);
        rows.push([T.origin, summary.origin || (summary.has_direction === false ? "" : T.unknown)]);
        rows.push([T.route, summary.via]);
        rows.push([T.entry_sector, summary.entry_sector]);
        if (summary.bearing !== undefined && summary.bearing !== null) rows.push([T.bearing, T.bearing_about.replace("{n}", summary.bearing)]);
        if (p.kind === "fan") {
          var target = featureById[p.target];
          rows.push([T.targets, target ? target.properties.name : p.target]);
          rows.push([T.distance_from_border, T.at_least_km.replace("{n}", p.distance_from_border_km)]);
        }
      }
      return rows;
    }

    var claimSummaries = {}, featureById = {};
    doc.layers.forEach(function (layer) {
      layer.features.forEach(function (f) {
        featureById[layer.key + "/" + f.id] = f;
        if (f.properties.kind === "claim") claimSummaries[f.id] = f.properties;
      });
    });

    function claimWindow(id) {
      var c = claimSummaries[id] || {};
      var start = c.window_start || doc.incident.start, end = c.window_end || doc.incident.end;
      return T.claim_window + ": " + formatTime(start) + " \u2013 " + formatTime(end) + ".";
    }

    /** A feature's history up to the time shown: each entry dated, with what changed and its sources. */
    function historyList(p) {
      if (!p.history || !p.history.length) return null;
      var list = el("ol", "gm-history");
      p.history.forEach(function (h) {
        var dated = h.date.length > 10 ? dateTime.format(new Date(h.at)) : dayOnly.format(new Date(h.at));
        var item = append(el("li"), el("span", "gm-history-date", dated), " ", el("strong", null, label("change", h.change)));
        if (h.status) append(item, " ", statusBadge(h.status));
        if (h.reported) append(item, el("span", "gm-history-text", h.reported));
        var numbers = h.sources.map(function (id) { return sources[id] ? sources[id].number : id; });
        if (numbers.length) append(item, el("span", "gm-muted", " [" + numbers.join(", ") + "]"));
        list.appendChild(item);
      });
      return list;
    }

    function popup(f, layer) {
      var p = stateAt(f.properties, now) || f.properties;
      var box = el("div", "gm-popup");
      append(box, el("h3", null, p.kind === "overlap" ? T.overlap : p.name));
      if (p.kind && T["part." + p.kind]) append(box, el("p", "gm-part", T["part." + p.kind]));
      if (layer.badges.indexOf(f.id) >= 0 && p.status) append(box, statusBadge(p.status));
      if (layer.kind === "claims") append(box, el("p", "gm-note", T.not_a_track + " " + claimWindow(p.claim_id)));
      if (p.reported) append(box, el("h4", null, T.what_reported), el("p", "gm-reported", p.reported));
      (p.quotes || []).forEach(function (q) {
        var quote = el("blockquote", "gm-quote", "\u201c" + q.text + "\u201d");
        var s = sources[q.source];
        append(quote, el("cite", null, " [" + (s ? s.number : q.source) + "]"));
        append(box, quote);
      });
      var when = formatTime(p.time, p.time_precision);
      if (when) append(box, el("h4", null, T.when), el("p", "gm-when-text", when));
      var whereText = where(p);
      if (whereText) append(box, el("h4", null, T.where), el("p", null, whereText));
      append(box, facts(layerFacts(p)));
      var changed = historyList(p);
      if (changed) append(box, el("h4", null, T.history), changed);
      if (p.sources && p.sources.length) {
        var list = el("ol", "gm-sources");
        p.sources.forEach(function (id) { list.appendChild(sourceItem(id)); });
        append(box, el("h4", null, T.sources), list);
      }
      append(box, located(p));
      return box;
    }

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

    /* -- overlays ------------------------------------------------------------------------- */

    var overlays = {};   // key -> { group, title, layer, claim, features }
    var order = [];
    var points = [];     // the entries of points, with latlng and radius, for labels

    function featureColour(layer, p, claim) {
      if (p.kind === "overlap") return V.overlap_colour;
      if (claim) return claim.colour;
      return layer.colour || V.status_colours[p.status] || V.panel.muted;
    }

    function uncertain(p) {
      return V.area_precisions.indexOf(p.precision) >= 0 && p.uncertainty_km > 0;
    }

    function pointRadius(layer) { return layer.key === "crash_sites" ? 8 : 7; }

    /** How a point looks with properties `p` (its status as of the time shown): Leaflet options. */
    function pointOptions(layer, p) {
      var colour = featureColour(layer, p);
      var dimmed = V.dimmed_statuses.indexOf(p.status) >= 0;
      var cls = "gm-f gm-layer-" + layer.key + " gm-status-" + p.status;
      if (uncertain(p)) {
        return { radius: p.uncertainty_km * 1000, color: colour, weight: 2, dashArray: "5 4",
                 fillColor: colour, fillOpacity: dimmed ? 0.05 : 0.12, className: cls + " gm-uncertain" };
      }
      if (layer.marker === "circle") {
        return { radius: pointRadius(layer), color: dimmed ? colour : V.panel.background, weight: dimmed ? 2.5 : 1.5,
                 fillColor: colour, fillOpacity: dimmed ? 0 : 0.95, className: cls };
      }
      return { keyboard: false, icon: L.divIcon({
        className: cls + " gm-marker", iconSize: [16, 16], iconAnchor: [8, 8],
        html: node(function () { return symbol(layer.marker, colour, 16, { hollow: dimmed, stroke: V.panel.background }); }) }) };
    }

    function pointLayer(layer, f, latlng) {
      var p = f.properties;
      var options = pointOptions(layer, p);
      if (uncertain(p)) return L.circle(latlng, options);
      return layer.marker === "circle" ? L.circleMarker(latlng, options) : L.marker(latlng, options);
    }

    /** Redraw a drawn feature for its status as of the time shown. */
    function restyle(entry, p) {
      var leaf = entry.leaf;
      if (leaf.setIcon) { leaf.setIcon(pointOptions(entry.layer, p).icon); return; }
      var options = entry.feature.geometry.type === "Point" ? pointOptions(entry.layer, p)
        : shapeStyle(entry.layer, { properties: p }, entry.claim);
      leaf.options.className = options.className;  // used when the shape is next added to the map
      var element = leaf.getElement && leaf.getElement();
      if (element) element.setAttribute("class", options.className + " leaflet-interactive");
      leaf.setStyle(options);
    }

    function shapeStyle(layer, f, claim) {
      var p = f.properties;
      var colour = featureColour(layer, p, claim);
      var cls = "gm-f gm-layer-" + layer.key + (claim ? " gm-claim-" + claim.id : "") + (p.kind ? " gm-kind-" + p.kind : "");
      var S = V.shape_parts;  // as the GeoJSON's simplestyle has them (geomap/styles.py)
      if (p.kind === "band") return { color: colour, weight: S.band.width, fillColor: colour, fillOpacity: S.band.fill_opacity, className: cls };
      if (p.kind === "border") return { color: colour, weight: S.border.width, opacity: 0.9, className: cls };
      if (claim) {
        var part = V.claim_parts[p.kind] || {};
        if (p.kind === "fan") {
          // Fans point at a claim's named targets; they are no flight path. Strong for the selected
          // claim only, faint while none is selected, hidden while another is.
          var chosen = selectedClaim === claim.id, none = selectedClaim === null;
          return { color: colour, weight: chosen ? 2 : 1, opacity: chosen ? 0.95 : (none ? 0.3 : 0), dashArray: part.dash || null,
                   fill: false, className: cls + (chosen ? " gm-selected" : ""), lineCap: "round" };
        }
        return { color: colour, weight: part.width || 2, opacity: part.opacity || 1, dashArray: part.dash || null,
                 fill: p.kind === "corridor", fillColor: colour, fillOpacity: part.fill_opacity || 0, className: cls,
                 lineCap: p.kind === "overlap" ? "butt" : "round" };
      }
      return { color: colour, weight: S.area.width, fillColor: colour, fillOpacity: S.area.fill_opacity, className: cls };
    }

    function arrowheads(line, colour) {
      if (!L.polylineDecorator) return null;
      return L.polylineDecorator(line, { patterns: [{ offset: "12%", repeat: "22%",
        symbol: L.Symbol.arrowHead({ pixelSize: 11, polygon: true,
          pathOptions: { color: colour, fillOpacity: 1, weight: 0, className: "gm-arrow" } }) }] });
    }

    function addOverlay(key, title, layer, features, claim) {
      var group = L.featureGroup();
      var entries = [];
      L.geoJSON({ type: "FeatureCollection", features: features }, {
        pointToLayer: function (f, latlng) { return pointLayer(layer, f, latlng); },
        style: function (f) { return f.geometry.type === "Point" ? {} : shapeStyle(layer, f, claim); },
        onEachFeature: function (f, leaf) {
          leaf.feature = f;
          leaf.bindPopup(function () { return node(function () { return popup(f, layer); }); },
                         { maxWidth: Math.min(340, window.innerWidth - 70), autoPanPaddingTopLeft: [10, 70],
                           autoPanPaddingBottomRight: [10, 30] });
          leaf.bindTooltip(node(function () { return el("span", null, f.properties.name); }), { sticky: true });
          if (f.geometry.type === "Point") {
            // A click or tap on symbols that lie together opens a chooser naming each of them.
            leaf.off("click", leaf._openPopup, leaf);
            leaf.on("click", function (e) { L.DomEvent.stop(e); choose(entry, e.containerPoint); });
          }
          var entry = { key: key, layer: layer, claim: claim, feature: f, leaf: leaf, status: f.properties.status,
                        heads: claim && f.properties.kind === "route" ? arrowheads(leaf, claim.colour) : null };
          if (f.geometry.type === "Point") {
            entry.latlng = leaf.getLatLng();
            entry.radius = pointRadius(layer);
            points.push(entry);
          }
          entries.push(entry);
          group.addLayer(leaf);
          if (entry.heads) group.addLayer(entry.heads);
        }
      });
      group.addTo(map);
      untabbed(group);
      overlays[key] = { group: group, title: title, layer: layer, claim: claim, features: features, entries: entries };
      order.push(key);
    }

    var coarse = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;  // a finger, not a mouse

    /** Every drawn point whose symbol lies within a finger's (or a pointer's) reach of `at`, nearest first. */
    function pointsNear(at) {
      var reach = coarse ? 22 : 12;
      return points.filter(drawn).map(function (pt) {
        var d = map.latLngToContainerPoint(pt.latlng).distanceTo(at);
        return { pt: pt, d: d };
      }).filter(function (h) { return h.d <= reach + (uncertain(h.pt.feature.properties) ? 0 : h.pt.radius); })
        .sort(function (a, b) { return a.d - b.d; }).map(function (h) { return h.pt; });
    }

    /** Open the popup of `entry`, or a chooser when other symbols lie under the same tap. */
    function choose(entry, at) {
      var near = at ? pointsNear(at) : [];
      if (near.indexOf(entry) < 0) near.unshift(entry);
      if (near.length < 2) { openEntry(entry); return; }
      var box = el("div", "gm-popup gm-chooser");
      append(box, el("h3", null, T.sites_here.replace("{n}", near.length)));
      var list = el("ul", "gm-choices");
      near.forEach(function (pt) {
        var p = stateAt(pt.feature.properties, now) || pt.feature.properties;
        var b = button("", "gm-choice", function () { map.closePopup(); openEntry(pt); });
        append(b, symbol(pt.layer.marker, featureColour(pt.layer, p), 14, { stroke: V.panel.text }),
               el("span", "gm-choice-name", p.name), el("span", "gm-choice-layer", pt.layer.title));
        list.appendChild(append(el("li"), b));
      });
      append(box, list);
      chooserSource = entry;
      L.popup(Object.assign({ maxWidth: Math.min(300, window.innerWidth - 70), className: "gm-chooser-wrap" }, popupPadding()))
        .setLatLng(entry.latlng).setContent(node(function () { return box; })).openOn(map);
      var first = box.querySelector(".gm-choice");
      if (first) first.focus({ preventScroll: true });
    }
    var chooserSource = null;

    function openEntry(entry) {
      entry.leaf.openPopup(entry.latlng);
    }

    var selectedClaim = null;

    /** Select a claim (or none, with null): its fans are drawn strongly, the others' not at all. */
    function selectClaim(id) {
      selectedClaim = id;
      order.forEach(function (key) {
        overlays[key].entries.forEach(function (e) {
          if (e.claim && e.feature.properties.kind === "fan") e.leaf.setStyle(shapeStyle(e.layer, e.feature, e.claim));
        });
      });
      if (claimList) refreshClaims();
    }

    /** A feature is drawn when its overlay is switched on and it was known at the time shown. */
    function drawn(entry) {
      return map.hasLayer(overlays[entry.key].group) && overlays[entry.key].group.hasLayer(entry.leaf);
    }

    function drawOverlays() {
      doc.layers.forEach(function (layer) {
        if (layer.kind === "claims") {
          var shared = layer.features.filter(function (f) { return f.properties.kind === "overlap"; });
          if (shared.length) {
            addOverlay(layer.key + "-overlap", T.overlap, layer, shared, { id: "overlap", colour: V.overlap_colour, title: T.overlap });
          }
          layer.claims.forEach(function (claim) {
            if (!claim.has_direction) return;  // listed among the claims, nothing to draw
            var parts = layer.features.filter(function (f) {
              return f.properties.claim_id === claim.id && f.geometry && f.properties.kind !== "overlap";
            });
            addOverlay(layer.key + "-" + claim.id, claim.title + " \u2014 " + claim.speaker, layer, parts, claim);
          });
        } else {
          addOverlay(layer.key, layer.title, layer, layer.features, null);
        }
      });
    }

    /** Keep drawn shapes out of the Tab order: the table is the keyboard's way to every feature. */
    function untabbed(layer) {
      if (layer.eachLayer) { layer.eachLayer(untabbed); return; }
      var element = layer.getElement && layer.getElement();
      if (element) element.setAttribute("tabindex", "-1");
    }

    function leafOf(key, id) {
      return overlays[key].group.getLayers().filter(function (l) { return l.feature && l.feature.id === id; })[0];
    }

    /* -- event tables: the compact renderer (geomap-table.js) ------------------------------------ */

    var tables = doc.tables || [];
    var eventLayers = [];      // one per table, once its columns are loaded
    var eventCount = null;     // the header's "n events" line
    var tablesReady = !tables.length;

    /** The density classes as legend rows: the colour and the counts it stands for (as drawn). */
    function densityRows(grid) {
      return window.geomapTables.densityClasses(grid.max, V.density_colours.length).map(function (c) {
        var from = c[1], to = c[2];
        return [swatch("area", V.density_colours[c[0]], { fill: 1 }), from === to ? number.format(from) : number.format(from) + "\u2013" + number.format(to)];
      });
    }

    function categoryLabel(v) {
      if (v.other) return T.other + " (" + T.other_categories.replace("{n}", number.format(v.other)) + ")";
      return v.label === null || v.label === undefined ? T.no_value : v.label;
    }

    function tableNotes(t) {
      var box = el("div", "gm-table-notes");
      if (!t.embedded) append(box, el("p", "gm-note", T.not_embedded.replace("{n}", number.format(t.count))));
      var files = t.files.length ? " (" + t.files.join(", ") + ")" : "";
      append(box, el("p", null, T.data_from + ": " + plural("event_count", t.count) + files));
      if (t.shapes) {
        var what = [];
        if (t.shapes.lines) what.push(plural("line_count", t.shapes.lines));
        if (t.shapes.polygons) what.push(plural("polygon_count", t.shapes.polygons));
        append(box, el("p", "gm-note", T.shapes_drawn.replace("{what}", what.join(", "))));
        if (t.shapes.simplified_m) append(box, el("p", "gm-note", T.shapes_simplified.replace("{m}", number.format(t.shapes.simplified_m))));
      }
      if (t.missing.count) {
        append(box, el("p", "gm-note", T.without_coordinates.replace("{n}", number.format(t.missing.count))
          .replace("{file}", t.missing.file || "\u2014")));
        var reasons = el("ul", "gm-reasons");
        Object.keys(t.missing.reasons).forEach(function (r) {
          append(reasons, el("li", null, r + ": " + number.format(t.missing.reasons[r])));
        });
        append(box, reasons);
      }
      if (t.time && t.time.missing) append(box, el("p", "gm-note", T.without_time.replace("{n}", number.format(t.time.missing))));
      return box;
    }

    /** A table's switch in the layers panel, with one per category under it. */
    function tableToggles(t) {
      var item = el("li", "gm-table-toggle");
      var lab = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-table", t.key);
      box.addEventListener("change", function () { withLayer(t.key, function (l) { l.setVisible(box.checked); }); });
      append(item, append(lab, box, " ", el("span", "gm-toggle-name", t.title),
                          el("span", "gm-count", " (" + number.format(t.count) + ")")));
      if (!t.categories) return item;
      var sub = el("ul", "gm-toggles gm-categories");
      t.categories.values.forEach(function (v, c) {
        var clab = el("label");
        var cbox = el("input");
        cbox.type = "checkbox";
        cbox.checked = true;
        cbox.setAttribute("data-category", String(c));
        cbox.addEventListener("change", function () { withLayer(t.key, function (l) { l.setCategory(c, cbox.checked); }); });
        append(clab, cbox, " ", swatch(tableSymbol(t), v.colour, {}, V.panel.text), " ", el("span", null, categoryLabel(v)),
               el("span", "gm-count", " (" + number.format(v.count) + ")"));
        sub.appendChild(append(el("li"), clab));
      });
      return append(item, sub);
    }

    /** A table's legend symbol: a dot, or a line or an area for a table of lines or polygons alone. */
    function tableSymbol(t) {
      var s = t.shapes;
      if (!s || s.points) return "circle";
      return s.polygons ? "area" : "line";
    }

    function withLayer(key, act) {
      eventLayers.forEach(function (l) { if (l.table.key === key) act(l); });
    }

    function refreshEventCount() {
      if (!eventCount) return;
      var total = 0, shown = 0;
      eventLayers.forEach(function (l) {
        var all = l.n || l.table.count;  // a grid alone carries no events, only their count
        total += all;
        shown += l.visible ? (l.n ? l.shown : all) : 0;
      });
      eventCount.textContent = shown === total ? plural("event_count", total)
        : T.events_shown.replace("{shown}", number.format(shown)).replace("{total}", number.format(total));
    }

    function loadTables() {
      var island = document.getElementById("geomap-columns");
      if (!tables.length || !island) return Promise.resolve();
      var bytes = window.geomapTables.fromBase64(island.textContent);
      island.textContent = "";  // the decoded bytes are all the page keeps
      map.createPane("gm-events").style.zIndex = 450;
      map.getPane("gm-events").style.pointerEvents = "none";
      return Promise.all(tables.map(function (t) {
        return window.geomapTables.create(map, t, bytes, { pane: "gm-events", colours: V.category_colours,
                                                           rimShade: V.category_rim_shade, density: V.density_colours,
                                                           onDraw: refreshEventCount });
      })).then(function (layers) {
        eventLayers = layers;
        window.geomapTables.tools(map, layers, { T: T, number: number, dayOnly: dayOnly, dateTime: dateTime, zone: zone, compact: compact });
        if (steps) eventLayers.forEach(function (l) { l.setTime(now === steps[steps.length - 1] ? Infinity : now); });
        refreshEventCount();
        tablesReady = true;
      });
    }

    /** Every event under a click (or the map's centre, from the keyboard), 100 at a time. */
    function eventsAt(point, radius) {
      var found = [];
      eventLayers.forEach(function (l) {
        if (l.visible && l.mode !== "grid") l.hit(point.x, point.y, radius).forEach(function (i) { found.push([l, i]); });
      });
      return found;
    }

    /** Where the density grid is drawn: how many events a cell holds, and that zooming shows them. */
    function openCell(point) {
      var cell = null;
      eventLayers.forEach(function (l) { if (!cell && l.visible && l.mode === "grid") cell = l.cellAt(point.x, point.y); });
      if (!cell) return false;
      var box = el("div", "gm-popup");
      append(box, el("h3", null, plural("events_here", cell.count)), el("p", "gm-note", T.density_note));
      L.popup(popupPadding()).setLatLng(cell.latlng).setContent(node(function () { return box; })).openOn(map);
      return true;
    }

    /** The events `found` under a click at `clicked` (a line or polygon's popup opens there). */
    function openEvents(found, clicked) {
      var first = found[0];
      var box = el("div", "gm-popup gm-events-popup");
      append(box, el("h3", null, plural("events_here", found.length)));
      if (found.length > 1) append(box, window.geomapTables.summary(found, { T: T, number: number, dayOnly: dayOnly, dateTime: dateTime }));
      var list = el("ol", "gm-event-list");
      append(box, list);
      var more = button("", "gm-show-more", function () { addEvents(); });
      var shownSoFar = 0;
      function addEvents() {
        var next = found.slice(shownSoFar, shownSoFar + window.geomapTables.MAX_LIST);
        var layers = [];
        next.forEach(function (f) { if (layers.indexOf(f[0]) < 0) layers.push(f[0]); });
        Promise.all(layers.map(function (l) {
          return l.readable(next.filter(function (f) { return f[0] === l; }).map(function (f) { return f[1]; }));
        })).then(function () {
          next.forEach(function (f) { list.appendChild(eventItem(f[0], f[1])); });
          shownSoFar += next.length;
          var left = found.length - shownSoFar;
          more.hidden = left <= 0;
          more.textContent = T.show_more.replace("{n}", number.format(Math.min(left, window.geomapTables.MAX_LIST)));
          if (popupOpen) popupOpen.update();
        });
      }
      append(box, more);
      var popupOpen = L.popup(Object.assign({ maxWidth: Math.min(340, window.innerWidth - 70),
                                              className: "gm-events-popup-wrap" }, popupPadding()))
        .setLatLng(first[0].anchor(first[1], clicked)).setContent(node(function () { return box; })).openOn(map);
      addEvents();
    }

    function eventItem(layer, i) {
      var t = layer.table;
      var item = el("li", "gm-event");
      var head = el("div", "gm-event-head");
      if (t.categories) {
        var v = t.categories.values[layer.category[i]];
        append(head, swatch(tableSymbol(t), v.colour, {}, V.panel.text), " ", el("strong", null, categoryLabel(v)));
      }
      var at = layer.timeOf(i);
      if (at !== null) append(head, " ", el("span", "gm-muted", t.time.precision === "day" ? dayOnly.format(new Date(at)) : dateTime.format(new Date(at))));
      append(item, head);
      var rows = t.columns.map(function (c) { return [c.name, layer.cell(c, i)]; });
      append(item, facts(rows));
      return item;
    }

    /* -- labels: greedy placement by priority, hidden where they would overlap ---------------- */

    var labelPane = map.getPane("gm-labels");
    var measure = document.createElement("canvas").getContext("2d");
    var placed = [];

    function textWidth(text, font) {
      measure.font = font;
      return Math.ceil(measure.measureText(text).width);
    }

    /** Towns worth naming at a zoom: the fewer, the farther out. */
    function minTownPopulation(zoom) {
      if (zoom < 6) return 500000;
      if (zoom < 7) return 200000;
      if (zoom < 8) return 90000;
      if (zoom < 9) return 35000;
      if (zoom < 10) return 12000;
      return 5000;
    }

    function labelCandidates() {
      var zoom = map.getZoom();
      var out = [];
      points.forEach(function (pt) {
        var p = pt.feature.properties;
        // The file may ask for a feature's label always, never, or at a priority of its own (1 first).
        if (!drawn(pt) || p.label === "never" || (!pt.layer.label && p.label !== "always")) return;
        var circle = uncertain(p);
        out.push({ text: p.name, latlng: pt.latlng, priority: p.label === "always" ? 0 : (p.label_priority || pt.layer.priority),
                   kind: "feature", id: pt.feature.id, always: p.label === "always", entry: pt,
                   radius: circle ? 0 : pt.radius + 2, font: "bold " + labelSize + "px " + FAMILY, size: labelSize });
      });
      doc.basemap.labels.forEach(function (b) {
        out.push({ text: b.text, latlng: L.latLng(b.lat, b.lon), priority: b.kind === "country" ? 12 : 40,
                   kind: b.kind, radius: 0, centred: true, size: b.kind === "country" ? 13 : 11,
                   font: (b.kind === "country" ? "13px " : "italic 11px ") + FAMILY,
                   spacing: b.kind === "country" ? 0.2 : 0 });
      });
      var floor = minTownPopulation(zoom);
      doc.basemap.towns.forEach(function (t, i) {
        if (t[3] < floor) return;
        out.push({ text: t[2], latlng: L.latLng(t[1], t[0]), priority: 20 + i / 1000, kind: "town", radius: 3,
                   font: "11px " + FAMILY, size: 11, dot: true });
      });
      return out.sort(function (a, b) { return a.priority - b.priority; });
    }

    function overlaps(a, b) {
      return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    }

    var labelSize = 12;
    var numbered = [];   // features too crowded to name on the map: a number there, the name in the key
    var keyLists = [];   // the key's lists (legend, caption), refilled after each placement

    var placedTaken = [];

    /** Numbered callouts for the features whose names found no room: a disc by the symbol, numbered top to bottom. */
    function placeNumbers(missing, size) {
      var d = labelSize + 4;
      var queue = missing.slice();
      while (queue.length) {
        var c = queue.shift();
        var at = map.latLngToContainerPoint(c.latlng), r = c.radius || 4;
        var options = [];
        [0, 6, 12, 20, 30].forEach(function (k) {  // next to the symbol; a little farther out where that is taken
          var e = r + k;
          options.push([e - 2, -d - e + 4], [e, -d / 2], [-e - d, -d / 2], [-d / 2, -e - d], [-d / 2, e], [e - 2, e - 4],
                       [-e - d + 2, -d - e + 4], [-e - d + 2, e - 4]);
        });
        var boxes = options.map(function (o) { return { x: at.x + o[0], y: at.y + o[1], w: d, h: d }; })
          .filter(function (b) { return b.x >= 0 && b.y >= 0 && b.x + d <= size.x && b.y + d <= size.y; });
        if (!boxes.length) continue;
        var free = boxes.filter(function (b) {
          return !placed.some(function (o) { return overlaps(b, o.box); }) && !covers.some(function (o) { return overlaps(b, o); }) &&
                 !placedTaken.some(function (o) { return overlaps(b, o) && !overlaps(o, { x: at.x - 1, y: at.y - 1, w: 2, h: 2 }); });
        });
        // No room at all: the nearest spot clear of other numbers and of names asked for; a name there
        // gives way and is numbered too (where numbers crowd, names would not be read anyway).
        var box = (free.length ? free : boxes.filter(function (b) {
          return !placed.some(function (o) { return (o.kind === "number" || o.always) && overlaps(b, o.box); });
        }).concat(boxes))[0];
        placed = placed.filter(function (o) {
          if (o.kind !== "feature" || o.always || !overlaps(box, o.box)) return true;
          if (o.node && o.node.parentNode) o.node.parentNode.removeChild(o.node);
          queue.push(o.c);
          return false;
        });
        placed.push({ text: c.text, kind: "number", id: c.id, box: box, c: c, from: at, r: r });
      }
      var mine = placed.filter(function (o) { return o.kind === "number"; });
      mine.sort(function (a, b) { return a.box.y - b.box.y || a.box.x - b.box.x; });
      var leaders = svgNode("svg", { "class": "gm-leaders", width: size.x, height: size.y });
      L.DomUtil.setPosition(leaders, map.containerPointToLayerPoint([0, 0]));
      labelPane.appendChild(leaders);
      numbered = mine.map(function (o, i) {
        o.number = i + 1;
        // A number set off from its symbol: a leader line from the symbol's edge to it.
        var cx = o.box.x + o.box.w / 2, cy = o.box.y + o.box.h / 2, dx = cx - o.from.x, dy = cy - o.from.y;
        var dist = Math.sqrt(dx * dx + dy * dy);
        if (dist > o.r + o.box.w / 2 + 4) {
          var ux = dx / dist, uy = dy / dist;
          leaders.appendChild(svgNode("line", { x1: (o.from.x + ux * o.r).toFixed(1), y1: (o.from.y + uy * o.r).toFixed(1),
            x2: (cx - ux * o.box.w / 2).toFixed(1), y2: (cy - uy * o.box.w / 2).toFixed(1), stroke: V.panel.text, "stroke-width": 1 }));
        }
        var disc = el("span", "gm-callout", String(i + 1));
        disc.style.width = disc.style.height = o.box.w + "px";
        L.DomUtil.setPosition(disc, map.containerPointToLayerPoint([o.box.x, o.box.y]));
        labelPane.appendChild(disc);
        return { number: i + 1, text: o.text, id: o.id };
      });
      keyLists.forEach(fillKey);
    }

    function fillKey(list) {
      while (list.firstChild) list.removeChild(list.firstChild);
      numbered.forEach(function (n) {
        var item = el("li", null);
        item.value = n.number;
        append(item, el("span", "gm-callout gm-callout-key", String(n.number)), " ", el("span", null, n.text));
        list.appendChild(item);
      });
      var box = list.parentNode;
      if (box) box.hidden = !numbered.length;
    }

    /** The key of numbered callouts: a heading and an ordered list, kept up to date. */
    function keyBox(className) {
      var box = el("div", "gm-key " + (className || ""));
      append(box, el("p", "gm-legend-title", T.numbered));
      var list = el("ol", "gm-key-list");
      append(box, list);
      keyLists.push(list);
      fillKey(list);
      return box;
    }

    var covers = [];

    /** What covers the map (panels, bars, controls, caption, locator), in map coordinates: no label goes under it. */
    function coverRects() {
      var m = mapNode.getBoundingClientRect();
      return Array.prototype.map.call(app.querySelectorAll(
        ".gm-side > *, .gm-panel:not([hidden]), .gm-time, .gm-attribution, .gm-caption, .gm-locator, .leaflet-control"), function (e) {
        if (e.hidden || !e.getClientRects().length) return null;
        var r = e.getBoundingClientRect();
        return r.width && r.height ? { x: r.left - m.left, y: r.top - m.top, w: r.width, h: r.height } : null;
      }).filter(Boolean);
    }

    function placeLabels() {
      while (labelPane.firstChild) labelPane.removeChild(labelPane.firstChild);
      placed = [];
      var missing = [], numbersDone = false;
      var size = map.getSize();
      var taken = points.filter(function (pt) { return drawn(pt) && !uncertain(pt.feature.properties); })
        .map(function (pt) {
          var c = map.latLngToContainerPoint(pt.latlng);
          return { x: c.x - pt.radius, y: c.y - pt.radius, w: 2 * pt.radius, h: 2 * pt.radius };
        });
      placedTaken = taken;
      covers = coverRects();
      labelCandidates().forEach(function (c) {
        if (c.kind !== "feature" && !numbersDone) { numbersDone = true; placeNumbers(missing, size); }
        var at = map.latLngToContainerPoint(c.latlng);
        var shown = c.kind === "country" ? c.text.toUpperCase() : c.text;  // CSS upper-cases country names
        var w = textWidth(shown, c.font) + (c.spacing ? Math.ceil(shown.length * c.size * c.spacing) : 0) + 6;
        var h = c.size + 6;
        var options = c.centred ? [[-w / 2, -h / 2]]
          : [[c.radius, -h / 2], [-c.radius - w, -h / 2], [-w / 2, -c.radius - h], [-w / 2, c.radius]];
        var echo = placed.some(function (o) {  // a region named like a town next to it: one name is enough
          return o.text === c.text && Math.abs(o.box.x - at.x) < 150 && Math.abs(o.box.y - at.y) < 150;
        });
        if (echo) return;
        for (var i = 0; i < options.length; i++) {
          var box = { x: at.x + options[i][0], y: at.y + options[i][1], w: w, h: h };
          if (box.x < 2 || box.y < 2 || box.x + w > size.x - 2 || box.y + h > size.y - 2) continue;
          var clash = placed.some(function (o) { return overlaps(box, o.box); }) || covers.some(function (o) { return overlaps(box, o); }) ||
                      taken.some(function (o) { return overlaps(box, o) && !(c.radius && overlaps(o, { x: at.x - 1, y: at.y - 1, w: 2, h: 2 })); });
          if (clash) continue;
          draw(c, c.text, box);
          return;
        }
        if (c.kind !== "feature") return;
        var inside = options.map(function (o) { return { x: at.x + o[0], y: at.y + o[1], w: w, h: h }; }).filter(function (b) {
          return b.x >= 2 && b.y >= 2 && b.x + w <= size.x - 2 && b.y + h <= size.y - 2;
        });
        if (c.always && inside.length) draw(c, c.text, inside[0]);  // asked for: named even where crowded
        else missing.push(c);
      });
      if (!numbersDone) placeNumbers(missing, size);
    }

    function draw(c, text, box) {
      var span = el("span", "gm-label gm-label-" + c.kind, text);
      var where = map.containerPointToLayerPoint([box.x, box.y]);
      L.DomUtil.setPosition(span, where);
      labelPane.appendChild(span);
      if (c.dot) {
        var dot = el("span", "gm-town-dot");
        L.DomUtil.setPosition(dot, map.latLngToLayerPoint(c.latlng).subtract([2, 2]));
        labelPane.appendChild(dot);
      }
      placed.push({ text: c.text, kind: c.kind, box: box, id: c.id, always: c.always, node: span, c: c });
    }

    /* -- panels ------------------------------------------------------------------------- */

    var panels = {};
    var toolbar;
    var current = null;
    var compact = null;

    function panel(key, title) {
      var section = el("section", "gm-panel gm-panel-" + key);
      section.id = "gm-panel-" + key;
      section.setAttribute("aria-labelledby", "gm-panel-" + key + "-title");
      var head = el("div", "gm-panel-head");
      var h2 = el("h2", null, title);
      h2.id = "gm-panel-" + key + "-title";
      var close = button("\u00d7", "gm-close", function () { openPanel(null, true); });
      close.setAttribute("aria-label", T.close);
      close.setAttribute("title", T.close);
      append(section, append(head, h2, close));
      var body = append(section, el("div", "gm-panel-body")).lastChild;
      [section].forEach(function (s) { L.DomEvent.disableClickPropagation(s); L.DomEvent.disableScrollPropagation(s); });
      panels[key] = { section: section, body: body, title: title, button: null };
      return body;
    }

    function aboutPanel() {
      var body = panel("about", T.about);
      if (doc.incident.start) {
        var span = formatTime(doc.incident.start) + " \u2013 " + formatTime(doc.incident.end) + " (" + zone + ")";
        append(body, el("p", "gm-when", span));
      }
      if (doc.incident.summary) append(body, el("p", "gm-summary", doc.incident.summary));
      tables.forEach(function (t) { append(body, tableNotes(t)); });
      var list = el("ol", "gm-sources");
      doc.sources.forEach(function (s) { list.appendChild(sourceItem(s.id)); });
      countsSection(body);
      var more = el("details", "gm-source-list");
      append(more, el("summary", null, T.sources + " (" + doc.sources.length + ")"), list);
      if (doc.sources.length) append(body, more);
    }

    var countList, countsTitle;

    function countsSection(body) {
      if (!doc.counts.length) return;
      var box = el("section", "gm-counts");
      countsTitle = el("h3", null, T.counts);
      countsTitle.id = "gm-counts-title";
      box.setAttribute("aria-labelledby", countsTitle.id);
      countList = el("dl", "gm-count-list");
      append(body, append(box, countsTitle, countList));
      refreshCounts();
    }

    /** Each number the sources give (sites found, drones...) as it stood at the time shown. */
    function refreshCounts() {
      if (!countList) return;
      while (countList.firstChild) countList.removeChild(countList.firstChild);
      var whats = [], latest = {};
      doc.counts.forEach(function (c) {
        if (whats.indexOf(c.what) < 0) whats.push(c.what);
        var before = latest[c.what];
        if (Date.parse(c.at) <= now && (!before || Date.parse(c.at) >= Date.parse(before.at))) latest[c.what] = c;
      });
      whats.forEach(function (what) {
        var c = latest[what];
        var value = el("dd");
        if (c) {
          var qualifier = V.labels["qualifier." + (c.qualifier || "exact")];
          append(value, el("strong", "gm-count-value", (qualifier ? qualifier + " " : "") + number.format(c.value)));
          var dated = c.date.length > 10 ? dateTime.format(new Date(c.at)) : dayOnly.format(new Date(c.at));
          var numbers = c.sources.map(function (id) { return sources[id] ? sources[id].number : id; });
          append(value, el("span", "gm-muted", " — " + [dated, c.speaker].filter(Boolean).join(", ") +
                                                " [" + numbers.join(", ") + "]"));
        } else {
          append(value, el("span", "gm-muted", T.not_yet_known));
        }
        append(countList, el("dt", null, what), value);
      });
      var past = steps && now < steps[steps.length - 1];
      countsTitle.textContent = T.counts + (past ? " — " + T.as_of.toLowerCase() + " " + formatStep(now) : "");
    }

    var claimList;

    /** Every claim, each with its speaker: those with a direction and those without one. */
    function claimsPanel() {
      var layer = doc.layers.filter(function (l) { return l.kind === "claims"; })[0];
      if (!layer || !layer.claims.length) return;
      var body = panel("claims", T.claims);
      claimList = el("ul", "gm-claims");
      append(body, claimList, el("p", "gm-note", T.not_a_track));
      refreshClaims();
    }

    /** The claims made by the time shown, each as it stood then. */
    function refreshClaims() {
      if (!claimList) return;
      var layer = doc.layers.filter(function (l) { return l.kind === "claims"; })[0];
      var list = claimList;
      while (list.firstChild) list.removeChild(list.firstChild);
      layer.claims.forEach(function (c) {
        var p = stateAt(claimSummaries[c.id], now);
        if (!p) return;
        var item = el("li", "gm-claim");
        var head = append(el("div", "gm-claim-head"), swatch("area", c.colour, { fill: c.has_direction ? 0.3 : 0 }), " ",
                          el("strong", null, c.speaker), c.role ? el("span", "gm-muted", " (" + c.role + ")") : null);
        append(item, head, el("div", "gm-claim-title", c.title));
        if (p.status && layer.badges.indexOf(c.id) >= 0) append(item, statusBadge(p.status));
        (p.quotes || []).slice(0, 1).forEach(function (q) { append(item, el("blockquote", "gm-quote", "\u201c" + q.text + "\u201d")); });
        if (c.has_direction) {
          append(item, button(T.show_on_map, "gm-show", function () { showFeature(layer.key + "-" + c.id, c.id + "-corridor"); }));
          var fans = layer.features.some(function (f) { return f.properties.claim_id === c.id && f.properties.kind === "fan"; });
          if (fans) {
            var pick = el("label", "gm-claim-select");
            var box = el("input");
            box.type = "checkbox";
            box.checked = selectedClaim === c.id;
            box.addEventListener("change", function () { selectClaim(box.checked ? c.id : null); });
            append(pick, box, " ", T.select_claim);
            append(item, pick);
          }
        } else {
          append(item, el("p", "gm-muted", T.no_geometry));
        }
        list.appendChild(item);
      });
      if (!list.firstChild) append(list, el("li", "gm-muted", T.none_yet));
    }

    function layersPanel() {
      var body = panel("layers", T.layers);
      var list = el("ul", "gm-toggles");
      order.slice().reverse().forEach(function (key) {
        var o = overlays[key];
        var lab = el("label");
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-overlay", key);
        box.addEventListener("change", function () {
          if (box.checked) { o.group.addTo(map); untabbed(o.group); } else map.removeLayer(o.group);
          placeLabels();
          refreshTable();
        });
        append(lab, box, " ", el("span", "gm-toggle-name", o.title));
        if (!o.claim) {
          o.countNode = el("span", "gm-count");
          append(lab, o.countNode);
        }
        list.appendChild(append(el("li"), lab));
      });
      tables.forEach(function (t) { list.appendChild(tableToggles(t)); });
      append(body, list);
      refreshLayerCounts();
    }

    /** Each layer's number of features known at the time shown. */
    function refreshLayerCounts() {
      order.forEach(function (key) {
        var o = overlays[key];
        if (!o.countNode) return;
        var known = o.entries.filter(function (e) { return o.group.hasLayer(e.leaf); }).length;
        o.countNode.textContent = " (" + known + (known < o.entries.length ? " / " + o.entries.length : "") + ")";
      });
    }

    /** The legend: per layer a row, or a heading with a row per status when status sets the colour. */
    function legendGroups() {
      var groups = [];
      tables.forEach(function (t) {
        var values = t.categories ? t.categories.values : [{ label: t.title, colour: V.category_colours[0] }];
        if (t.embedded) {
          groups.push({ title: t.categories ? t.title + " \u2014 " + t.categories.column : null,
                        rows: values.map(function (v) { return [swatch(tableSymbol(t), v.colour, {}, V.panel.text), categoryLabel(v)]; }) });
        }
        if (t.grid) groups.push({ title: T.density, rows: densityRows(t.grid), note: t.embedded ? T.density_note : null });
      });
      doc.layers.slice().reverse().forEach(function (layer) {
        var rows = [];
        if (!layer.features.length) return;  // an empty layer (as of an early moment) has nothing to explain
        if (layer.kind === "point" && !layer.colour) {
          var present = {};
          layer.features.forEach(function (f) {
            present[f.properties.status] = true;
            (f.properties.history || []).forEach(function (h) { if (h.status) present[h.status] = true; });
          });
          V.statuses.forEach(function (s) {
            if (present[s]) rows.push([swatch(layer.marker, V.status_colours[s], { hollow: V.dimmed_statuses.indexOf(s) >= 0 },
                                             V.panel.background), label("status", s)]);
          });
          groups.push({ title: layer.title, note: layer.description, rows: rows });
        } else if (layer.kind === "point") {
          groups.push({ rows: [[swatch(layer.marker, layer.colour, {}, V.panel.background), layer.title]], note: layer.description });
        } else if (layer.kind === "area") {
          groups.push({ rows: [[swatch("area", layer.colour), layer.title]], note: layer.description });
        } else {
          var rows = layer.claims.filter(function (c) { return c.has_direction; }).map(function (c) {
            return [swatch("area", c.colour, { fill: 0.25 }), c.title + " \u2014 " + c.speaker];
          });
          if (layer.features.some(function (f) { return f.properties.kind === "overlap"; })) {
            rows.push([swatch("line", V.overlap_colour, { width: 6 }), T.overlap]);
          }
          groups.push({ title: layer.title, rows: rows, note: layer.description });
        }
      });
      var anyUncertain = doc.layers.some(function (layer) { return layer.features.some(function (f) { return uncertain(f.properties); }); });
      if (anyUncertain) groups.push({ rows: [[swatch("area", V.panel.muted, { dash: "3 2", fill: 0.1 }), T.uncertain]] });
      return groups;
    }

    function legendList(className) {
      var list = el("ul", className);
      legendGroups().forEach(function (g) {
        var item = el("li", "gm-legend-group");
        if (g.title) append(item, el("span", "gm-legend-title", g.title));
        g.rows.forEach(function (r) { append(item, append(el("span", "gm-legend-row"), r[0], " ", el("span", null, r[1]))); });
        if (g.note) append(item, el("span", "gm-legend-note", g.note));
        list.appendChild(item);
      });
      return list;
    }

    function legendPanel() {
      var body = panel("legend", T.legend);
      append(body, legendList("gm-legend-rows"), keyBox());
      if (doc.layers.some(function (l) { return l.kind === "claims" && l.features.length; })) append(body, el("p", "gm-note", T.not_a_track));
      if (doc.layers.some(function (l) { return l.kind === "claims" && l.features.some(function (f) { return f.properties.kind === "fan"; }); })) {
        append(body, el("p", "gm-note gm-fan-note", T.fan_meaning));
      }
    }

    /* -- the table of every feature ---------------------------------------------------------- */

    var tableBody, tableRows = [], sortKey = null, sortUp = true;

    /** One row a feature; a claim is one row (its drawn parts are not rows of their own). */
    function tableRowsOf() {
      var rows = [];
      doc.layers.slice().reverse().forEach(function (layer) {  // the most important layers first
        var claims = layer.kind === "claims";
        var features = claims ? layer.features.filter(function (f) { return f.properties.kind === "claim"; }) : layer.features;
        features.forEach(function (f) {
          var p = stateAt(f.properties, now);
          if (!p) return;  // not yet known at the time shown
          rows.push({ key: claims ? layer.key + "-" + f.id : layer.key, target: claims ? f.id + "-corridor" : f.id,
                      name: claims ? p.claim + " \u2014 " + p.speaker : p.name, layer: layer.title, what: p.reported || "",
                      status: layer.badges.indexOf(f.id) >= 0 ? label("status", p.status) : "",
                      statusOrder: V.statuses.indexOf(p.status), when: formatTime(p.time, p.time_precision),
                      whenOrder: p.time || "",
                      where: claims ? (p.entry_sector || T.no_geometry) : where(p) || (p.countries || []).join("\u2013"),
                      sources: (p.sources || []).map(function (id) { return sources[id] ? sources[id].number : id; }).join(", ") });
        });
      });
      return rows;
    }

    var COLUMNS = [["name", "name"], ["layer", "layer"], ["what", "what"], ["status", "statusOrder"], ["when", "whenOrder"],
                   ["where", "where"], ["sources", "sources"]];

    function tablePanel() {
      var body = panel("table", T.table_title);
      var table = el("table", "gm-table");
      var head = el("tr");
      COLUMNS.forEach(function (c) {
        var th = el("th");
        th.setAttribute("scope", "col");
        var b = button(T[c[0]] || c[0], "gm-sort", function () { sortTable(c[1], th); });
        b.setAttribute("title", T.sort_by + ": " + (T[c[0]] || c[0]));
        th.appendChild(b);
        head.appendChild(th);
      });
      append(table, append(el("thead"), head));
      tableBody = append(table, el("tbody")).lastChild;
      append(body, append(el("div", "gm-table-scroll"), table));
      tableRows = tableRowsOf();
      refreshTable();
    }

    function sortTable(key, th) {
      sortUp = sortKey === key ? !sortUp : true;
      sortKey = key;
      Array.prototype.forEach.call(th.parentNode.children, function (cell) { cell.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortUp ? "ascending" : "descending");
      sortRows();
      refreshTable();
    }

    function sortRows() {
      if (sortKey === null) return;
      tableRows.sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        var cmp = typeof x === "number" ? x - y : String(x).localeCompare(String(y), lang);
        return sortUp ? cmp : -cmp;
      });
    }

    /** Rows as of the time shown, in the order the reader chose. */
    function retable() {
      tableRows = tableRowsOf();
      sortRows();
      refreshTable();
    }

    function refreshTable() {
      if (!tableBody) return;
      while (tableBody.firstChild) tableBody.removeChild(tableBody.firstChild);
      tableRows.forEach(function (r) {
        var tr = el("tr");
        var drawn = overlays[r.key];
        if (drawn && !map.hasLayer(drawn.group)) tr.className = "gm-hidden-row";
        var nameCell = el("th");
        nameCell.setAttribute("scope", "row");
        if (drawn) {
          var show = button(r.name, "gm-show", function () { showFeature(r.key, r.target); });
          show.setAttribute("title", T.show_on_map);
          nameCell.appendChild(show);
        } else {
          nameCell.textContent = r.name;  // a claim with no direction: nothing on the map to show
        }
        tr.appendChild(nameCell);
        [r.layer, r.what, r.status, r.when, r.where, r.sources].forEach(function (v) { tr.appendChild(el("td", null, v)); });
        tableBody.appendChild(tr);
      });
    }

    function showFeature(key, id) {
      var leaf = leafOf(key, id);
      if (!leaf) return;
      if (overlays[key].claim && overlays[key].claim.id !== "overlap") selectClaim(overlays[key].claim.id);
      if (!map.hasLayer(overlays[key].group)) {
        overlays[key].group.addTo(map);
        var box = app.querySelector('input[data-overlay="' + key + '"]');
        if (box) box.checked = true;
      }
      if (compact) openPanel(null);
      layout();  // the popups' room, with the table as it is now
      var pad = freePadding();
      if (leaf.getLatLng && !leaf.getBounds) {
        // The feature at the middle of the map's free part: never under a panel, the table or the bars.
        map.setView(leaf.getLatLng(), Math.max(map.getZoom(), 9), { animate: false });
        var size = map.getSize();
        var middle = L.point((pad.topLeft[0] + size.x - pad.bottomRight[0]) / 2, (pad.topLeft[1] + size.y - pad.bottomRight[1]) / 2);
        map.panBy(map.latLngToContainerPoint(leaf.getLatLng()).subtract(middle), { animate: false });
      }
      else map.fitBounds(leaf.getBounds(), { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight, animate: false, maxZoom: 10 });
      leaf.openPopup(leaf.getLatLng ? leaf.getLatLng() : undefined);
    }

    /* -- the time control: replay what was known when ---------------------------------------- */

    var slider, timeText, playButton, latestButton, timer = null, shownChanges = -1, openLeaf = null;
    var positions = [];   // step -> slider position: a minute of the night is one, a later step many

    /** Slider positions: the later steps, however few, get about two fifths of the track. */
    function trackPositions() {
      var night = steps.filter(function (m, i) { return i === 0 || m - steps[i - 1] <= MINUTE; }).length;
      var wide = Math.max(1, Math.round((0.67 * night) / Math.max(1, steps.length - night)));
      var out = [], at = 0;
      steps.forEach(function (m, i) {
        if (i > 0) at += m - steps[i - 1] <= MINUTE ? 1 : wide;
        out.push(at);
      });
      return out;
    }

    /** The step nearest a slider position. */
    function nearestStep(position) {
      var best = 0;
      positions.forEach(function (p, i) { if (Math.abs(p - position) < Math.abs(positions[best] - position)) best = i; });
      return best;
    }

    function currentStep() { return nearestStep(+slider.value); }

    function icon(playing) {
      var svg = svgNode("svg", { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", focusable: "false" });
      if (playing) {
        append(svg, svgNode("rect", { x: 2, y: 1, width: 3.5, height: 12, fill: "currentColor" }),
               svgNode("rect", { x: 8.5, y: 1, width: 3.5, height: 12, fill: "currentColor" }));
      } else {
        append(svg, svgNode("polygon", { points: "2,1 13,7 2,13", fill: "currentColor" }));
      }
      return svg;
    }

    /** Play/pause, a slider over the steps (ticks where something changed), the time, and "Latest". */
    function timeControl() {
      var bar = el("section", "gm-time");
      bar.setAttribute("aria-label", T.time_control);
      playButton = button("", "gm-play", function () { if (timer) stop(); else play(); });
      slider = el("input", "gm-slider");
      slider.type = "range";
      slider.min = "0";
      positions = trackPositions();
      slider.max = String(positions[positions.length - 1]);
      slider.step = "1";
      slider.setAttribute("aria-label", T.time_control);
      slider.setAttribute("title", T.time_keys);
      var ticks = el("datalist");
      ticks.id = "gm-time-ticks";
      changes.forEach(function (c) {
        var option = el("option");
        option.value = String(positions[stepOf(c)]);
        ticks.appendChild(option);
      });
      slider.setAttribute("list", ticks.id);
      slider.addEventListener("input", function () { stop(); setStep(nearestStep(+slider.value)); });
      slider.addEventListener("keydown", onTimeKey);
      timeText = el("span", "gm-time-text", formatStep(steps[steps.length - 1]));
      timeText.setAttribute("aria-hidden", "true");  // the slider's value text says the same
      latestButton = button(T.latest, "gm-latest", function () { stop(); setStep(steps.length - 1); });
      append(bar, append(el("div", "gm-time-track"), playButton, slider, ticks),
             append(el("div", "gm-time-info"), timeText, latestButton));
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.disableScrollPropagation(bar);
      showPlaying(false);
      return bar;
    }

    /** The first step at or after instant `at`: where a change first shows. */
    function stepOf(at) {
      for (var i = 0; i < steps.length; i++) if (steps[i] >= at) return i;
      return steps.length - 1;
    }

    /** Arrows: one step; Page Up / Page Down: the next or previous change; Home / End: the ends. */
    function onTimeKey(e) {
      var i = currentStep(), last = steps.length - 1, marks = changes.map(stepOf), to;
      if (e.key === "ArrowRight" || e.key === "ArrowUp") to = i + 1;
      else if (e.key === "ArrowLeft" || e.key === "ArrowDown") to = i - 1;
      else if (e.key === "Home") to = 0;
      else if (e.key === "End") to = last;
      else if (e.key === "PageUp") to = marks.filter(function (m) { return m > i; })[0];
      else if (e.key === "PageDown") to = marks.filter(function (m) { return m < i; }).pop();
      else return;
      e.preventDefault();
      stop();
      if (to === undefined) to = e.key === "PageUp" ? last : 0;
      setStep(to);
    }

    function setStep(i) {
      i = Math.max(0, Math.min(steps.length - 1, i));
      slider.value = String(positions[i]);
      now = steps[i];
      var text = formatStep(now);
      var latest = i === steps.length - 1;
      timeText.textContent = text;
      slider.setAttribute("aria-valuetext", T.as_of + " " + text + (latest ? " (" + T.latest.toLowerCase() + ")" : ""));
      latestButton.disabled = latest;
      eventLayers.forEach(function (layer) { layer.setTime(latest ? Infinity : now); });
      var n = changesBy(now);
      if (n !== shownChanges) {
        shownChanges = n;
        applyTime();
      }
    }

    function showPlaying(on) {
      playButton.textContent = "";
      playButton.appendChild(icon(on));
      playButton.setAttribute("aria-label", on ? T.pause : T.play);
      playButton.setAttribute("title", on ? T.pause : T.play);
    }

    function play() {
      if (currentStep() >= steps.length - 1) setStep(0);
      showPlaying(true);
      timer = setTimeout(advance, 400);
    }

    function stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      showPlaying(false);
    }

    /** One step on: the night quickly, each later day slower, and a pause wherever something changed. */
    function advance() {
      var i = currentStep();
      if (i >= steps.length - 1) { stop(); return; }
      var before = shownChanges;
      setStep(i + 1);
      var changed = shownChanges !== before;
      var night = steps[i + 1] - steps[i] <= MINUTE;
      timer = setTimeout(advance, (night ? 25 : 600) + (changed ? 900 : 0));
    }

    /** Show every feature as it stood at the time shown: known or not, and its status then. */
    function applyTime() {
      order.forEach(function (key) {
        var o = overlays[key];
        o.entries.forEach(function (e) {
          var then = stateAt(e.feature.properties, now);
          var shown = o.group.hasLayer(e.leaf);
          if (then && !shown) {
            o.group.addLayer(e.leaf);
            if (e.heads) o.group.addLayer(e.heads);
          } else if (!then && shown) {
            o.group.removeLayer(e.leaf);
            if (e.heads) o.group.removeLayer(e.heads);
          }
          if (then && then.status !== e.status) {
            restyle(e, then);
            e.status = then.status;
          }
        });
        if (map.hasLayer(o.group)) untabbed(o.group);
      });
      if (openLeaf) {
        if (map.hasLayer(openLeaf)) openLeaf.getPopup().update();
        else map.closePopup();
      }
      placeLabels();
      retable();
      refreshClaims();
      refreshCounts();
      refreshLayerCounts();
    }

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

    /* -- vector SVG (#print=a5-svg): what print shows, one named group a layer, text as text -------- */

    var INKSCAPE = "http://www.inkscape.org/namespaces/inkscape";
    var FONT = FAMILY;

    function vectorGroup(parent, id, title) {
      var g = svgNode("g", { id: id });
      g.setAttributeNS(INKSCAPE, "inkscape:groupmode", "layer");
      g.setAttributeNS(INKSCAPE, "inkscape:label", title);
      parent.appendChild(g);
      return g;
    }

    /** Copies of a renderer's paths (`test` picks which), placed where they show. */
    function copyPaths(into, svgElement, origin, test) {
      if (!svgElement) return;
      var r = svgElement.getBoundingClientRect();
      var vb = (svgElement.getAttribute("viewBox") || "0 0 0 0").split(/\s+/).map(Number);
      var g = svgNode("g", { transform: "translate(" + (r.left - origin.left - vb[0]) + " " + (r.top - origin.top - vb[1]) + ")" });
      Array.prototype.forEach.call(svgElement.querySelectorAll("path"), function (path) {
        if (test && !test(path)) return;
        var copy = path.cloneNode(false);
        copy.removeAttribute("class");
        copy.removeAttribute("tabindex");
        g.appendChild(copy);
      });
      if (g.firstChild) into.appendChild(g);
    }

    /** The text of an HTML element as SVG text: one <text> a line as laid out, in its colour and font. */
    function copyText(into, element, origin) {
      var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      var range = document.createRange();
      for (var t = walker.nextNode(); t; t = walker.nextNode()) {
        var host = t.parentNode;
        if (!t.textContent.trim() || !host.getClientRects().length) continue;
        var css = getComputedStyle(host);
        var chars = t.textContent, line = null;
        for (var i = 0; i < chars.length; i++) {  // a character at a time: lines break where the page broke them
          var ch = chars[i];
          if (/\s/.test(ch)) { if (line) line.text += " "; continue; }
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          var box = range.getBoundingClientRect();
          if (!box.width) continue;
          if (line && Math.abs(line.top - box.top) < 2) { line.text += ch; continue; }
          if (line) flush(line);
          line = { top: box.top, left: box.left, bottom: box.bottom, text: ch };
        }
        if (line) flush(line);
      }
      function flush(l) {
        var size = parseFloat(css.fontSize);
        var text = svgNode("text", { x: (l.left - origin.left).toFixed(1), y: (l.bottom - origin.top - size * 0.25).toFixed(1),
                                     "font-family": FONT, "font-size": size, "font-weight": css.fontWeight,
                                     "font-style": css.fontStyle, fill: css.color });
        if (css.textTransform === "uppercase") l.text = l.text.toUpperCase();
        if (css.letterSpacing && css.letterSpacing !== "normal") text.setAttribute("letter-spacing", parseFloat(css.letterSpacing));
        text.textContent = l.text.replace(/\s+$/, "");
        text.setAttribute("xml:space", "preserve");
        into.appendChild(text);
      }
    }

    /** Inline SVG symbols inside an HTML element (markers, legend swatches), placed where they show. */
    function copySymbols(into, element, origin) {
      Array.prototype.forEach.call(element.querySelectorAll("svg"), function (icon) {
        var r = icon.getBoundingClientRect();
        if (!r.width) return;
        var g = svgNode("g", { transform: "translate(" + (r.left - origin.left) + " " + (r.top - origin.top) + ")" });
        Array.prototype.forEach.call(icon.childNodes, function (c) { g.appendChild(c.cloneNode(true)); });
        into.appendChild(g);
      });
    }

    function box(into, r, origin, attrs) {
      into.appendChild(svgNode("rect", Object.assign({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }, attrs)));
    }

    function vectorSvg() {
      var origin = app.getBoundingClientRect();
      var W = Math.round(origin.width), H = Math.round(origin.height);
      var root = svgNode("svg", { width: (W * 25.4 / 96).toFixed(1) + "mm", height: (H * 25.4 / 96).toFixed(1) + "mm",
                                  viewBox: "0 0 " + W + " " + H, version: "1.1" });
      root.setAttribute("xmlns:inkscape", INKSCAPE);
      var title = svgNode("title", {});
      title.textContent = doc.incident.title;
      root.appendChild(title);
      var clip = svgNode("clipPath", { id: "gm-map-clip" });
      clip.appendChild(svgNode("rect", { x: 0, y: 0, width: W, height: H }));
      root.appendChild(append(svgNode("defs", {}), clip));
      var base = vectorGroup(root, "basemap", "Basemap");
      base.setAttribute("clip-path", "url(#gm-map-clip)");
      base.appendChild(svgNode("rect", { x: 0, y: 0, width: W, height: H, fill: V.basemap.water }));
      copyPaths(base, map.getPane("gm-basemap").querySelector("svg"), origin);
      var overlaySvg = map.getPane("overlayPane").querySelector("svg");
      order.forEach(function (key) {
        var o = overlays[key];
        if (!map.hasLayer(o.group)) return;
        var g = vectorGroup(root, "layer-" + key, o.title);
        g.setAttribute("clip-path", "url(#gm-map-clip)");
        var mine = [];
        (function collect(l) {  // arrowheads are groups within groups
          if (l._path) mine.push(l._path);
          if (l.eachLayer) l.eachLayer(collect);
        })(o.group);
        copyPaths(g, overlaySvg, origin, function (path) { return mine.indexOf(path) >= 0; });
        o.entries.forEach(function (e) {
          var icon = e.leaf._icon;
          if (icon && o.group.hasLayer(e.leaf)) copySymbols(g, icon, origin);
        });
      });
      var names = vectorGroup(root, "labels", T.name);
      placed.forEach(function (p) {
        var node = p.node;
        if (p.kind === "number") return;
        if (node) {
          var r = node.getBoundingClientRect();
          var css = getComputedStyle(node);
          var size = parseFloat(css.fontSize);
          var text = svgNode("text", { x: (r.left - origin.left + 3).toFixed(1), y: (r.top - origin.top + 3 + size * 0.8).toFixed(1),
                                       "font-family": FONT, "font-size": size, "font-weight": css.fontWeight,
                                       "font-style": css.fontStyle, fill: css.color, stroke: V.panel.background,
                                       "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" });
          if (css.letterSpacing !== "normal") text.setAttribute("letter-spacing", parseFloat(css.letterSpacing));
          text.textContent = css.textTransform === "uppercase" ? p.text.toUpperCase() : p.text;
          names.appendChild(text);
        }
      });
      Array.prototype.forEach.call(labelPane.querySelectorAll(".gm-town-dot"), function (dot) {
        var r = dot.getBoundingClientRect();
        names.appendChild(svgNode("circle", { cx: r.left - origin.left + r.width / 2, cy: r.top - origin.top + r.height / 2,
                                              r: r.width / 2, fill: V.basemap.town }));
      });
      var numbers = vectorGroup(root, "callouts", T.numbered);
      var lines = labelPane.querySelector(".gm-leaders");
      if (lines) {
        var lr0 = lines.getBoundingClientRect();
        var lg0 = svgNode("g", { transform: "translate(" + (lr0.left - origin.left) + " " + (lr0.top - origin.top) + ")" });
        Array.prototype.forEach.call(lines.childNodes, function (c) { lg0.appendChild(c.cloneNode(true)); });
        numbers.appendChild(lg0);
      }
      Array.prototype.forEach.call(labelPane.querySelectorAll(".gm-callout"), function (disc) {
        var r = disc.getBoundingClientRect();
        numbers.appendChild(svgNode("circle", { cx: r.left - origin.left + r.width / 2, cy: r.top - origin.top + r.height / 2,
                                                r: r.width / 2, fill: V.panel.text, stroke: V.panel.background }));
        var t = svgNode("text", { x: r.left - origin.left + r.width / 2, y: r.top - origin.top + r.height / 2 + 4,
                                  "text-anchor": "middle", "font-family": FONT, "font-size": 11, "font-weight": "bold",
                                  fill: V.panel.background });
        t.textContent = disc.textContent;
        numbers.appendChild(t);
      });
      var scale = app.querySelector(".leaflet-control-scale-line");
      if (scale) {
        var sg = vectorGroup(root, "scale", T.scale), sr = scale.getBoundingClientRect();
        var x0 = sr.left - origin.left, x1 = x0 + sr.width, y = sr.bottom - origin.top;
        box(sg, sr, origin, { fill: V.panel.background, "fill-opacity": 0.8 });
        sg.appendChild(svgNode("path", { d: "M" + x0 + " " + (y - 8) + "V" + y + "H" + x1 + "V" + (y - 8), fill: "none",
                                         stroke: V.panel.text, "stroke-width": 2 }));
        copyText(sg, scale, origin);
      }
      var inset = app.querySelector(".gm-locator");
      if (inset && locatorMap) {
        var lg = vectorGroup(root, "locator", T.locator), lr = inset.getBoundingClientRect();
        var lclip = svgNode("clipPath", { id: "gm-locator-clip" });
        box(lclip, lr, origin, {});
        root.querySelector("defs").appendChild(lclip);
        lg.setAttribute("clip-path", "url(#gm-locator-clip)");
        box(lg, lr, origin, { fill: V.basemap.water });
        copyPaths(lg, inset.querySelector("svg"), origin);
        box(lg, lr, origin, { fill: "none", stroke: V.panel.text, "stroke-width": 1 });
      }
      var cap = app.querySelector(".gm-caption");
      if (cap) {
        var cg = vectorGroup(root, "caption", T.legend);
        box(cg, cap.getBoundingClientRect(), origin, { fill: V.panel.background, rx: 4 });
        var mark = cap.querySelector(".gm-logo");
        if (mark && mark.getClientRects().length) {
          var mr = mark.getBoundingClientRect();
          var image = svgNode("image", { x: mr.left - origin.left, y: mr.top - origin.top, width: mr.width, height: mr.height });
          image.setAttribute("href", house.logo);
          cg.appendChild(image);
        }
        copySymbols(cg, cap, origin);
        Array.prototype.forEach.call(cap.querySelectorAll(".gm-callout-key"), function (disc) {
          var r = disc.getBoundingClientRect();
          cg.appendChild(svgNode("circle", { cx: r.left - origin.left + r.width / 2, cy: r.top - origin.top + r.height / 2,
                                             r: r.width / 2, fill: V.panel.text }));
        });
        copyText(cg, cap, origin);
      }
      return new XMLSerializer().serializeToString(root);
    }

    /** Hand the SVG to the command line: base64 in an element that --dump-dom prints. */
    function publishSvg() {
      var bytes = new TextEncoder().encode(vectorSvg()), binary = "";
      for (var i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
      var out = el("pre", null, btoa(binary));
      out.id = "gm-svg";
      out.hidden = true;
      document.body.appendChild(out);
    }

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
      if (e.popup.getElement()) e.popup.getElement().style.pointerEvents = "";
    });
    // A closed popup fades out over 200 ms, invisible but still over the map: it takes no clicks
    // then (a click on the map just after closing one was lost when it fell where the popup had been).
    map.on("popupclose", function (e) {
      if (e.popup.getElement()) e.popup.getElement().style.pointerEvents = "none";
    });
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
