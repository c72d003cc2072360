/* geomap's page: everything visible is built here, from the document in the data island.
 *
 * The page contract: incident text reaches the DOM only through textContent,
 * setAttribute on safe attributes, or nodes handed to Leaflet (popups,
 * tooltips, icons) by node().  Nothing here parses markup from strings.  Only
 * http(s) URLs become links.  Words, colours and symbols come from the
 * document's vocabulary; this file keeps no copies of them.
 */
(function () {
  "use strict";

  /**
   * Draw the document `doc` into `app` (the standalone page), or onto an existing Leaflet map
   * (folium's, in a notebook) when `givenMap` is passed.
   */
  function mount(app, doc, givenMap) {
    var V = doc.vocab;
    var T = V.ui;
    var SVG = "http://www.w3.org/2000/svg";

    /* -- DOM helpers ------------------------------------------------------------------- */

    /** The one way to make an element with text: the text is never parsed as markup. */
    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
      return node;
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
      var n = document.createElementNS(SVG, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
      return n;
    }

    /** A point symbol as an SVG element: circle, square, triangle or diamond. */
    function symbol(marker, colour, size, options) {
      options = options || {};
      var s = size, h = s / 2, svg = svgNode("svg", { width: s, height: s, viewBox: "0 0 " + s + " " + s,
        "aria-hidden": "true", focusable: "false", "class": "gm-symbol" });
      var stroke = options.stroke || "#fff";
      var attrs = { fill: options.hollow ? "none" : colour, stroke: options.hollow ? colour : stroke,
        "stroke-width": options.hollow ? 2.5 : 1.5, "fill-opacity": options.opacity || 1 };
      var shape;
      var p = 1.5;
      if (marker === "square") shape = svgNode("rect", Object.assign({ x: p, y: p, width: s - 2 * p, height: s - 2 * p }, attrs));
      else if (marker === "triangle") shape = svgNode("polygon", Object.assign({ points: h + "," + p + " " + (s - p) + "," + (s - p) + " " + p + "," + (s - p) }, attrs));
      else if (marker === "diamond") shape = svgNode("polygon", Object.assign({ points: h + "," + p + " " + (s - p) + "," + h + " " + h + "," + (s - p) + " " + p + "," + h }, attrs));
      else shape = svgNode("circle", Object.assign({ cx: h, cy: h, r: h - p }, attrs));
      svg.appendChild(shape);
      return svg;
    }

    function swatch(kind, colour, options) {
      options = options || {};
      if (kind === "line") {
        var svg = svgNode("svg", { width: 18, height: 12, "aria-hidden": "true", focusable: "false", "class": "gm-symbol" });
        svg.appendChild(svgNode("line", { x1: 1, y1: 6, x2: 17, y2: 6, stroke: colour, "stroke-width": options.width || 3,
          "stroke-dasharray": options.dash || "none" }));
        return svg;
      }
      if (kind === "area") {
        var box = svgNode("svg", { width: 18, height: 12, "aria-hidden": "true", focusable: "false", "class": "gm-symbol" });
        box.appendChild(svgNode("rect", { x: 1, y: 1, width: 16, height: 10, fill: colour, "fill-opacity": options.fill || 0.3,
          stroke: colour, "stroke-width": 1.5, "stroke-dasharray": options.dash || "none" }));
        return box;
      }
      return symbol(kind, colour, 14, options);
    }

    /* -- formatting --------------------------------------------------------------------- */

    var lang = doc.lang;
    var zone = doc.incident.timezone;
    var dateTime = new Intl.DateTimeFormat(lang, { timeZone: zone, day: "numeric", month: "short", year: "numeric",
                                                  hour: "2-digit", minute: "2-digit" });
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

    /* -- sources and popups ------------------------------------------------------------- */

    var sources = {};
    doc.sources.forEach(function (s) { sources[s.id] = s; });

    function sourceItem(id) {
      var s = sources[id];
      var item = el("li");
      if (!s) return append(item, id);
      item.setAttribute("value", String(s.number));
      append(item, link(s.publisher + ": " + s.title, s.url), " (" + s.date + ")");
      if (s.on_file && !safeUrl(s.url)) append(item, el("span", "gm-muted", " — " + T.source_text_on_file));
      return item;
    }

    function facts(rows) {
      var dl = el("dl", "gm-facts");
      rows.forEach(function (r) {
        var value = r[1];
        if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
        append(dl, el("dt", null, r[0]), el("dd", null, Array.isArray(value) ? value.join(", ") : value));
      });
      return dl.childNodes.length ? dl : null;
    }

    function statusBadge(status) {
      var badge = el("span", "gm-badge", label("status", status));
      badge.style.backgroundColor = V.status_colours[status] || V.panel.muted;
      return badge;
    }

    function located(p) {
      if (p.match === undefined) return null;
      var box = el("details", "gm-located");
      append(box, el("summary", null, T.how_located));
      var precision = label("precision", p.precision) + (p.uncertainty_km ? " (\u00b1" + km(p.uncertainty_km) + ")" : "");
      var rejected = (p.alternatives || []).map(function (a) {
        return a.name + " (" + [a.admin3, a.admin2, a.admin1].filter(Boolean).join(", ") + ")";
      });
      append(box, facts([
        [T.written_as, p.query],
        [T.matched, p.matched_name ? p.matched_name + " (" + p.gazetteer_id + ")" : ""],
        [T.match, label("match", p.match)],
        [T.precision, precision],
        [T.admin_units, [p.admin3, p.admin2, p.admin1].filter(Boolean)],
        [T.warnings, p.warnings],
        [T.rejected, rejected]
      ]));
      return box;
    }

    function popup(p, layer) {
      var box = el("div", "gm-popup");
      append(box, el("h3", null, p.name));
      if (layer.show_status && p.status) append(box, statusBadge(p.status));
      if (p.reported) append(box, el("h4", null, T.what_reported), el("p", "gm-reported", p.reported));
      (p.quotes || []).forEach(function (q) {
        var quote = el("blockquote", "gm-quote", "\u201c" + q.text + "\u201d");
        var s = sources[q.source];
        append(quote, el("cite", null, " [" + (s ? s.number : q.source) + "]"));
        append(box, quote);
      });
      var when = formatTime(p.time, p.time_precision);
      if (when) append(box, el("h4", null, T.when), el("p", null, when));
      append(box, facts(layerFacts(p)));
      if (p.sources && p.sources.length) {
        var list = el("ol", "gm-sources");
        p.sources.forEach(function (id) { list.appendChild(sourceItem(id)); });
        append(box, el("h4", null, T.sources), list);
      }
      append(box, located(p));
      return box;
    }

    function layerFacts(p) {
      var rows = [];
      if (p.kind === "border") {
        rows.push([T.length_measured, p.length_km !== undefined ? km(p.length_km) : ""]);
        rows.push([T.length_official, p.official_length_km !== undefined ? km(p.official_length_km) : ""]);
      }
      if (p.kind === "band") rows.push([T.area, p.area_km2 !== undefined ? number.format(p.area_km2) + " km\u00b2" : ""]);
      if (p.claimed_by) {
        rows.push([T.speaker, p.claimed_by]);
        rows.push([T.origin, p.origin]);
        rows.push([T.route, p.via]);
        rows.push([T.entry_sector, p.entry_border]);
      }
      return rows;
    }

    /* -- the map ------------------------------------------------------------------------ */

    var map, mapNode;
    if (givenMap) {
      map = givenMap;
      app = mapNode = map.getContainer();
      map.attributionControl && map.removeControl(map.attributionControl);
    } else {
      document.documentElement.lang = lang;
      document.title = doc.incident.title;
      mapNode = el("div", "gm-map");
      app.appendChild(mapNode);
      mapNode.id = "gm-map";
      map = L.map(mapNode, { zoomControl: false, attributionControl: false, zoomSnap: 0.25, tap: false });
    }
    var root = app;
    app.classList.add("gm-app");
    mapNode.setAttribute("role", "region");
    mapNode.setAttribute("aria-label", doc.incident.title);
    Object.keys(V.panel).forEach(function (k) { root.style.setProperty("--gm-" + k, V.panel[k]); });
    root.style.setProperty("--gm-water", V.basemap.water);
    L.control.zoom({ position: "bottomleft", zoomInTitle: T.zoom_in, zoomOutTitle: T.zoom_out }).addTo(map);
    L.control.scale({ position: "bottomleft", imperial: false }).addTo(map);

    function drawBasemap() {
      var b = doc.basemap;
      map.createPane("gm-basemap").style.zIndex = 200;
      map.createPane("gm-labels").style.zIndex = 450;
      map.getPane("gm-labels").style.pointerEvents = "none";
      if (doc.tiles) {
        L.tileLayer(doc.tiles.url, { maxZoom: doc.tiles.max_zoom, subdomains: doc.tiles.subdomains }).addTo(map);
      }
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
      b.labels.forEach(function (l) {
        L.marker([l.lat, l.lon], {
          pane: "gm-labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "gm-label gm-label-" + l.kind, iconSize: null,
                            html: node(function () { return el("span", null, l.text); }) })
        }).addTo(map);
      });
    }

    /* -- overlays ----------------------------------------------------------------------- */

    var overlays = {};   // key -> { group, title, count, layer, claim }
    var order = [];

    function featureColour(layer, p, claim) {
      if (claim) return claim.colour;
      return layer.colour || V.status_colours[p.status] || V.panel.muted;
    }

    function pointLayer(layer, f, latlng) {
      var p = f.properties;
      var colour = featureColour(layer, p);
      var dimmed = V.dimmed_statuses.indexOf(p.status) >= 0;
      var cls = "gm-f gm-layer-" + layer.key + " gm-status-" + p.status;
      if (V.area_precisions.indexOf(p.precision) >= 0 && p.uncertainty_km > 0) {
        return L.circle(latlng, { radius: p.uncertainty_km * 1000, color: colour, weight: 2, dashArray: "5 4",
          fillColor: colour, fillOpacity: dimmed ? 0.05 : 0.12, className: cls + " gm-uncertain" });
      }
      if (layer.marker === "circle") {
        return L.circleMarker(latlng, { radius: layer.key === "crash_sites" ? 8 : 7,
          color: dimmed ? colour : "#fff", weight: dimmed ? 2.5 : 1.5, fillColor: colour,
          fillOpacity: dimmed ? 0 : 0.95, className: cls });
      }
      return L.marker(latlng, { keyboard: false, icon: L.divIcon({
        className: cls + " gm-marker", iconSize: [16, 16], iconAnchor: [8, 8],
        html: node(function () { return symbol(layer.marker, colour, 16, { hollow: dimmed }); }) }) });
    }

    function shapeStyle(layer, f, claim) {
      var p = f.properties;
      var colour = featureColour(layer, p, claim);
      var cls = "gm-f gm-layer-" + layer.key + (claim ? " gm-claim-" + claim.id : "") + (p.kind ? " gm-kind-" + p.kind : "");
      if (p.kind === "band") return { color: colour, weight: 0, fillColor: colour, fillOpacity: 0.12, className: cls };
      if (p.kind === "border") return { color: colour, weight: 3, opacity: 0.9, className: cls };
      if (claim) return { color: colour, weight: 3, dashArray: "8 6", className: cls };
      return { color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.1, className: cls };
    }

    function arrowheads(line, colour) {
      if (!L.polylineDecorator) return null;
      return L.polylineDecorator(line, { patterns: [{ offset: "12%", repeat: "22%",
        symbol: L.Symbol.arrowHead({ pixelSize: 11, polygon: true,
          pathOptions: { color: colour, fillOpacity: 1, weight: 0, className: "gm-arrow" } }) }] });
    }

    function addOverlay(key, title, layer, features, claim) {
      var group = L.featureGroup();
      L.geoJSON({ type: "FeatureCollection", features: features }, {
        pointToLayer: function (f, latlng) { return pointLayer(layer, f, latlng); },
        style: function (f) { return f.geometry.type === "Point" ? {} : shapeStyle(layer, f, claim); },
        onEachFeature: function (f, leaf) {
          leaf.feature = f;
          leaf.bindPopup(function () { return node(function () { return popup(f.properties, layer); }); },
                         { maxWidth: 340, autoPanPaddingTopLeft: [10, 60] });
          leaf.bindTooltip(node(function () { return el("span", null, f.properties.name); }), { sticky: true });
          group.addLayer(leaf);
          if (claim && f.geometry.type.indexOf("LineString") >= 0) {
            var heads = arrowheads(leaf, claim.colour);
            if (heads) group.addLayer(heads);
          }
        }
      });
      group.addTo(map);
      overlays[key] = { group: group, title: title, count: features.length, layer: layer, claim: claim };
      order.push(key);
    }

    function drawOverlays() {
      doc.layers.forEach(function (layer) {
        if (layer.kind === "claims") {
          layer.claims.forEach(function (claim) {
            var features = layer.features.filter(function (f) { return (f.properties.claim_id || f.id) === claim.id; });
            addOverlay(layer.key + "-" + claim.id, claim.title + " (" + claim.speakers.join(", ") + ")", layer, features, claim);
          });
        } else {
          addOverlay(layer.key, layer.title, layer, layer.features, null);
        }
      });
    }

    /* -- panels ------------------------------------------------------------------------- */

    var panels = {};
    var toolbar;

    function panel(key, title) {
      var section = el("section", "gm-panel gm-panel-" + key);
      section.id = "gm-panel-" + key;
      section.setAttribute("aria-label", title);
      var head = el("div", "gm-panel-head");
      append(head, el("h2", null, title), button("\u00d7", "gm-close", function () { openPanel(null); }));
      head.lastChild.setAttribute("aria-label", T.close);
      head.lastChild.setAttribute("title", T.close);
      append(section, head);
      var body = append(section, el("div", "gm-panel-body")).lastChild;
      L.DomEvent.disableClickPropagation(section);
      L.DomEvent.disableScrollPropagation(section);
      panels[key] = { section: section, body: body, title: title };
      return body;
    }

    function aboutPanel() {
      var body = panel("about", T.about);
      var span = formatTime(doc.incident.start) + " \u2013 " + formatTime(doc.incident.end) + " (" + zone + ")";
      append(body, el("p", "gm-when", span));
      if (doc.incident.summary) append(body, el("p", "gm-summary", doc.incident.summary));
      var list = el("ol", "gm-sources");
      doc.sources.forEach(function (s) { list.appendChild(sourceItem(s.id)); });
      append(body, el("h3", null, T.sources), list);
    }

    function layersPanel() {
      var body = panel("layers", T.layers);
      var list = el("ul", "gm-toggles");
      order.forEach(function (key) {
        var o = overlays[key];
        var item = el("li");
        var lab = el("label");
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-overlay", key);
        box.addEventListener("change", function () {
          if (box.checked) o.group.addTo(map); else map.removeLayer(o.group);
        });
        append(lab, box, " ", el("span", "gm-toggle-name", o.title), el("span", "gm-count", " (" + o.count + ")"));
        list.appendChild(append(item, lab));
      });
      append(body, list);
    }

    function legendPanel() {
      var body = panel("legend", T.legend);
      var list = el("ul", "gm-legend-rows");
      function row(sym, text) { list.appendChild(append(el("li"), sym, " ", el("span", null, text))); }
      doc.layers.forEach(function (layer) {
        if (layer.kind === "point" && !layer.colour) {
          var present = {};
          layer.features.forEach(function (f) { present[f.properties.status] = true; });
          V.statuses.forEach(function (s) {
            if (present[s]) row(swatch(layer.marker, V.status_colours[s], { hollow: V.dimmed_statuses.indexOf(s) >= 0 }),
                                layer.title + ": " + label("status", s));
          });
        } else if (layer.kind === "point") {
          row(swatch(layer.marker, layer.colour), layer.title);
        } else if (layer.kind === "area") {
          row(swatch("area", layer.colour), layer.title);
        } else {
          layer.claims.forEach(function (c) { row(swatch("line", c.colour, { dash: "5 3" }), c.title + " \u2014 " + c.speakers.join(", ")); });
        }
      });
      var uncertain = doc.layers.some(function (layer) {
        return layer.features.some(function (f) { return V.area_precisions.indexOf(f.properties.precision) >= 0; });
      });
      if (uncertain) row(swatch("area", V.panel.muted, { dash: "3 2", fill: 0.1 }), T.uncertain);
      append(body, list);
      if (doc.layers.some(function (l) { return l.kind === "claims"; })) append(body, el("p", "gm-note", T.not_a_track));
    }

    function header() {
      var head = el("header", "gm-header");
      append(head, el("h1", "gm-title", doc.incident.title));
      toolbar = el("nav", "gm-toolbar");
      toolbar.setAttribute("aria-label", T.about);
      ["about", "legend", "layers"].forEach(function (key) {
        var b = button(panels[key].title, "gm-tool", function () { openPanel(current === key ? null : key); });
        b.setAttribute("aria-controls", "gm-panel-" + key);
        b.setAttribute("aria-expanded", "false");
        b.setAttribute("data-panel", key);
        toolbar.appendChild(b);
      });
      append(head, toolbar);
      return head;
    }

    function attribution() {
      var foot = el("footer", "gm-attribution");
      append(foot, el("span", null, doc.attribution.join(" \u00b7 ")));
      L.DomEvent.disableClickPropagation(foot);
      return foot;
    }

    /* -- layout: panels beside the map on wide screens, one at a time on small ones -------- */

    var current = null;
    var compact = null;
    var userMoved = false;

    function openPanel(key) {
      current = key;
      Object.keys(panels).forEach(function (k) {
        var open = compact ? k === key : true;
        panels[k].section.hidden = !open;
      });
      Array.prototype.forEach.call(toolbar.querySelectorAll("button"), function (b) {
        b.setAttribute("aria-expanded", String(compact ? b.getAttribute("data-panel") === key : true));
      });
      if (compact && key) {
        var close = panels[key].section.querySelector(".gm-close");
        if (close) close.focus({ preventScroll: true });
      }
    }

    function layout() {
      var small = app.clientWidth < 700 || app.clientHeight < 560;
      if (small !== compact) {
        compact = small;
        app.classList.toggle("gm-compact", compact);
        openPanel(compact ? null : current);
      }
      var head = app.querySelector(".gm-header").getBoundingClientRect();
      root.style.setProperty("--gm-sheet-top", Math.round(head.bottom - app.getBoundingClientRect().top + 4) + "px");
    }

    /** Padding that keeps fitted features clear of whatever the panels cover, measured now. */
    function freePadding() {
      var box = mapNode.getBoundingClientRect();
      var top = 10, left = 10, right = 10, bottom = 30;
      var head = app.querySelector(".gm-header").getBoundingClientRect();
      if (compact) {
        top = Math.max(top, head.bottom - box.top + 8);
        if (current) top = Math.max(top, panels[current].section.getBoundingClientRect().bottom - box.top + 8);
      } else {
        left = Math.max(left, app.querySelector(".gm-side-left").getBoundingClientRect().right - box.left + 12);
        right = Math.max(right, box.right - app.querySelector(".gm-side-right").getBoundingClientRect().left + 12);
      }
      if (box.width - left - right < 120) { left = 10; right = 10; }
      if (box.height - top - bottom < 120) { top = 10; bottom = 10; }
      return { topLeft: [left, top], bottomRight: [right, bottom] };
    }

    function fit() {
      var pad = freePadding();
      map.fitBounds(doc.view.bounds, { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight,
                                       animate: false, maxZoom: 11 });
    }

    /* -- boot --------------------------------------------------------------------------- */

    drawBasemap();
    drawOverlays();
    aboutPanel();
    legendPanel();
    layersPanel();
    var left = append(el("div", "gm-side gm-side-left"), header(), panels.about.section);
    var right = append(el("div", "gm-side gm-side-right"), panels.layers.section, panels.legend.section);
    append(app, left, right, attribution());
    [left, right].forEach(function (side) {
      L.DomEvent.disableClickPropagation(side);
      L.DomEvent.disableScrollPropagation(side);
    });
    layout();
    map.invalidateSize();
    fit();
    // Refit on resize (a phone turned, an iframe resized) until the reader moves the map.
    var fitting = false;
    map.on("dragstart zoomstart", function () { if (!fitting) userMoved = true; });
    window.addEventListener("resize", function () {
      layout();
      map.invalidateSize();
      if (!userMoved) { fitting = true; fit(); fitting = false; }
    });

    return { map: map, overlays: overlays, document: doc, fit: fit, openPanel: openPanel };
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
