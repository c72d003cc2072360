/* geomap's diff page and site index: draws what Python decided, from the one data island.
 * Every text from the document is written with textContent; Leaflet gets DOM nodes, never HTML. */
(function () {
  "use strict";
  var doc = JSON.parse(document.getElementById("geomap-document").textContent);

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeLink(href, text) {
    /* Only relative links to the site's own files and http(s) URLs become links. */
    var ok = /^https?:\/\//i.test(href) || /^[A-Za-z0-9._-][A-Za-z0-9._\/-]*$/.test(href);
    var a = el(ok ? "a" : "span", null, text);
    if (ok) a.setAttribute("href", href);
    return a;
  }

  function makeMap(node, bounds) {
    var map = L.map(node, { attributionControl: false, zoomControl: true, zoomSnap: 0.25,
                            preferCanvas: false });
    map.createPane("gm-basemap").style.zIndex = 200;
    var b = doc.basemap, V = doc.basemap_colours;
    if (b) {
      node.style.background = V.water;
      L.geoJSON(b.countries, {
        pane: "gm-basemap", interactive: false,
        style: function () { return { color: V.border, weight: 1.2, fillColor: V.land, fillOpacity: 1 }; }
      }).addTo(map);
      L.geoJSON(b.admin1, {
        pane: "gm-basemap", interactive: false,
        style: function () { return { color: V.admin1, weight: 0.7, dashArray: "3 3", fill: false }; }
      }).addTo(map);
    }
    map.fitBounds(bounds);
    return map;
  }

  function tip(layer, lines) {
    var box = el("div", "gm-tip");
    lines.forEach(function (line, i) { box.appendChild(el(i ? "div" : "strong", null, line)); });
    layer.bindTooltip(box, { sticky: true });
  }

  function latlng(c) { return [c[1], c[0]]; }

  function centre(g) {
    if (!g) return null;
    if (g.type === "Point") return latlng(g.coordinates);
    var b = L.geoJSON(g).getBounds();
    return b.isValid() ? b.getCenter() : null;
  }

  function shape(g, style, pointStyle) {
    if (!g) return null;
    if (g.type === "Point") return L.circleMarker(latlng(g.coordinates), pointStyle);
    return L.geoJSON(g, { style: function () { return style; } });
  }

  /** Both pages' frame: the title and a line under it, a side column (class, label) and the map beside it. */
  function frame(app, headline, sideClass, sideLabel, mapLabel) {
    document.title = doc.title;
    var head = el("header", "gm-head");
    head.appendChild(el("h1", null, doc.title));
    head.appendChild(el("p", "gm-headline", headline));
    app.appendChild(head);
    var body = el("div", "gm-body");
    var side = el("section", sideClass);
    side.setAttribute("aria-label", sideLabel);
    var mapNode = el("div", "gm-map");
    mapNode.setAttribute("role", "region");
    mapNode.setAttribute("aria-label", mapLabel);
    body.appendChild(side);
    body.appendChild(mapNode);
    app.appendChild(body);
    return { side: side, map: makeMap(mapNode, doc.view.bounds) };
  }

  function attribution(parent) {
    var foot = el("p", "gm-attribution");
    foot.textContent = (doc.attribution || []).join(" · ");
    parent.appendChild(foot);
  }

  /* -- the diff page ------------------------------------------------------------------------ */

  var SIGNS = { added: "+ added", removed: "− removed", moved: "→ moved", reshaped: "✎ reshaped",
                changed: "✎ changed" };

  function diffPage(app) {
    var C = doc.colours;
    var parts = frame(app, doc.headline, "gm-side", "Changes", "Map of the changes");
    var side = parts.side, map = parts.map;

    (doc.context || []).forEach(function (f) {
      var s = shape(f.geometry, { color: C.context, weight: 1, opacity: 0.6, fillOpacity: 0.05 },
                    { radius: 3, color: C.context, weight: 1, fillOpacity: 0.3 });
      if (s) { tip(s, [f.properties && f.properties.name || f.id, "unchanged"]); s.addTo(map); }
    });

    var legend = el("ul", "gm-legend");
    var present = {};
    doc.changes.forEach(function (c) { present[c.change] = true; });
    ["added", "removed", "moved", "reshaped", "changed"].forEach(function (k) {
      if (!present[k]) return;
      var item = el("li");
      var key = el("span", "gm-key gm-key-" + k);
      key.style.borderColor = C[k];
      if (k === "added" || k === "moved") key.style.background = C[k];
      item.appendChild(key);
      item.appendChild(document.createTextNode(SIGNS[k]));
      legend.appendChild(item);
    });
    side.appendChild(legend);

    if (!doc.changes.length) side.appendChild(el("p", "gm-none", "No changes."));
    var list = el("ol", "gm-changes");
    var group = null;
    doc.changes.forEach(function (c, i) {
      var where = c.incident + " · " + c.layer;
      if (where !== group) {
        group = where;
        list.appendChild(el("li", "gm-group", where));
      }
      var drawn = drawChange(map, c, C);
      var item = el("li", "gm-change gm-" + c.change);
      item.setAttribute("data-change", c.change);
      item.setAttribute("data-id", c.id);
      var button = el("button", "gm-item");
      button.type = "button";
      var sign = el("span", "gm-sign", SIGNS[c.change]);
      sign.style.color = C[c.change];
      button.appendChild(sign);
      var title = c.kind === "claim" ? "claim “" + c.name + "”" + (c.speaker ? " (" + c.speaker + ")" : "") : c.name;
      button.appendChild(el("span", "gm-name", title));
      var details = el("ul", "gm-details");
      c.details.forEach(function (d) { details.appendChild(el("li", null, d)); });
      if (!drawn) details.appendChild(el("li", "gm-nogeom", "not on the map (no geometry)"));
      button.appendChild(details);
      button.addEventListener("click", function () {
        if (drawn) {
          var b = drawn.getBounds();
          if (b.isValid()) map.fitBounds(b, { maxZoom: 11, padding: [40, 40] });
          var last = drawn.getLayers().filter(function (l) { return l.getTooltip && l.getTooltip(); }).pop();
          if (last) {
            // At the new place, on the side away from the old one: at the arrow's middle it covered the old.
            var to = centre(c.new), from = centre(c.old);
            if (to && from) {
              var d = map.latLngToContainerPoint(to).subtract(map.latLngToContainerPoint(from));
              last.getTooltip().options.direction = Math.abs(d.x) >= Math.abs(d.y) ? (d.x >= 0 ? "right" : "left")
                : (d.y >= 0 ? "bottom" : "top");
            }
            last.openTooltip(to || (last.getBounds ? last.getBounds().getCenter() : undefined));
          }
        }
        Array.prototype.forEach.call(list.querySelectorAll(".gm-current"), function (n) {
          n.classList.remove("gm-current");
        });
        item.classList.add("gm-current");
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    side.appendChild(list);
    attribution(side);
    window.geomapDiff = { map: map, changes: doc.changes.length };
  }

  function drawChange(map, c, C) {
    var group = L.featureGroup();
    var label = [c.name].concat(c.details.slice(0, 3));
    var col = C[c.change];
    function add(layer) { if (layer) { tip(layer, label); group.addLayer(layer); } }
    if (c.change === "added") {
      add(shape(c.new, { color: col, weight: 3, fillOpacity: 0.25 },
                { radius: 7, color: "#ffffff", weight: 2, fillColor: col, fillOpacity: 1 }));
    } else if (c.change === "removed") {
      add(shape(c.old, { color: col, weight: 2.5, dashArray: "6 4", fillOpacity: 0.05 },
                { radius: 7, color: col, weight: 2.5, dashArray: "3 3", fill: false }));
    } else if (c.change === "moved" || c.change === "reshaped") {
      add(shape(c.old, { color: C.old, weight: 2, dashArray: "6 4", fillOpacity: 0.03 },
                { radius: 6, color: C.old, weight: 2, dashArray: "3 3", fill: false }));
      add(shape(c.new, { color: col, weight: 3, fillOpacity: 0.2 },
                { radius: 7, color: "#ffffff", weight: 2, fillColor: col, fillOpacity: 1 }));
      var unc = c.uncertainty_km || [];
      if (c.new && c.new.type === "Point" && unc[1]) {
        group.addLayer(L.circle(latlng(c.new.coordinates), { radius: unc[1] * 1000, color: col, weight: 1,
                                                             dashArray: "4 4", fillOpacity: 0.05 }));
      }
      var a = centre(c.old), b = centre(c.new);
      if (a && b) {
        var line = L.polyline([a, b], { color: col, weight: 2.5 });
        add(line);
        if (L.polylineDecorator) {
          group.addLayer(L.polylineDecorator(line, { patterns: [{ offset: "100%", repeat: 0,
            symbol: L.Symbol.arrowHead({ pixelSize: 12, polygon: true,
                                         pathOptions: { color: col, fillOpacity: 1, weight: 0 } }) }] }));
        }
      }
    } else {
      if (c.old && c.kind === "claim") {
        add(shape(c.old, { color: C.old, weight: 2, dashArray: "6 4", fillOpacity: 0.03 },
                  { radius: 6, color: C.old, weight: 2, dashArray: "3 3", fill: false }));
      }
      add(shape(c.new, { color: col, weight: 4, fill: false },
                { radius: 10, color: col, weight: 3, fill: false }));
      add(shape(c.new, { color: "#555555", weight: 1, fillOpacity: 0.1 },
                { radius: 5, color: "#ffffff", weight: 1, fillColor: "#555555", fillOpacity: 1 }));
    }
    if (!group.getLayers().length) return null;
    group.addTo(map);
    return group;
  }

  /* -- the site's index ------------------------------------------------------------------------ */

  function sitePage(app) {
    var parts = frame(app, doc.incidents.length + " incident(s)", "gm-side gm-wide", "Incidents", "Map of the incidents");
    var side = parts.side, map = parts.map;
    doc.incidents.forEach(function (inc) {
      if (!inc.point) return;
      var m = L.circleMarker(latlng(inc.point), { radius: 8, color: "#ffffff", weight: 2, fillColor: doc.colour,
                                                   fillOpacity: 1 });
      tip(m, [inc.title, inc.span]);
      m.on("click", function () { window.location.href = inc.page; });
      m.addTo(map);
    });

    var table = el("table", "gm-site");
    var columns = doc.columns;
    var thead = el("thead"), tr = el("tr");
    var tbody = el("tbody");
    var sortKey = "start", ascending = false;
    columns.forEach(function (col) {
      var th = el("th");
      th.setAttribute("scope", "col");
      if (col.sort) {
        var b = el("button", "gm-sort", col.label);
        b.type = "button";
        b.addEventListener("click", function () {
          ascending = sortKey === col.key ? !ascending : true;
          sortKey = col.key;
          fill();
        });
        th.appendChild(b);
      } else {
        th.textContent = col.label;
      }
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    table.appendChild(thead);
    table.appendChild(tbody);

    function fill() {
      Array.prototype.forEach.call(thead.querySelectorAll("th"), function (th, i) {
        th.setAttribute("aria-sort", columns[i].key === sortKey ? (ascending ? "ascending" : "descending") : "none");
      });
      var rows = doc.incidents.slice().sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        var r = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return ascending ? r : -r;
      });
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      rows.forEach(function (inc) {
        var row = el("tr");
        var t = el("td");
        t.appendChild(safeLink(inc.page, inc.title));
        row.appendChild(t);
        row.appendChild(el("td", null, inc.span));
        row.appendChild(el("td", "gm-num", inc.features));
        row.appendChild(el("td", "gm-num", inc.sources));
        row.appendChild(el("td", null, inc.changed));
        var d = el("td", "gm-downloads");
        inc.downloads.forEach(function (f, i) {
          if (i) d.appendChild(document.createTextNode(" · "));
          d.appendChild(safeLink(f.href, f.label));
        });
        row.appendChild(d);
        tbody.appendChild(row);
      });
    }
    fill();
    side.appendChild(table);
    attribution(side);
    window.geomapSite = { map: map, incidents: doc.incidents.length };
  }

  var app = document.getElementById("gm-app");
  if (doc.page === "diff") diffPage(app);
  else if (doc.page === "site") sitePage(app);
})();
