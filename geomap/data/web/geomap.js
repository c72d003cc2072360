/* geomap's map helpers: draw layers from GeoJSON and build popups.
 *
 * Every piece of incident text reaches the page through textContent or
 * setAttribute, never innerHTML, so report text cannot inject markup.  Only
 * http(s) URLs become links.  Layers register in window.geomapLayers so that
 * tests (and readers' consoles) can inspect what was drawn.
 */
(function () {
  "use strict";

  var AREA_PRECISIONS = ["gmina", "powiat", "voivodeship", "country"];
  var STATUS_COLOURS = { confirmed: "#b2182b", reported: "#ef8a62", disputed: "#7b3294" };
  window.geomapLayers = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function row(table, label, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) return;
    var tr = el("tr");
    tr.appendChild(el("th", null, label));
    tr.appendChild(el("td", null, Array.isArray(value) ? value.join(", ") : value));
    table.appendChild(tr);
  }

  function sourceList(p, sources) {
    var list = el("ol", "gm-sources");
    (p.sources || []).forEach(function (id) {
      var s = sources[id];
      var item = el("li");
      if (!s) { item.textContent = id; list.appendChild(item); return; }
      item.setAttribute("value", String(s.number));
      var url = safeUrl(s.url);
      var title = s.publisher + ": " + s.title;
      if (url) {
        var a = el("a", null, title);
        a.setAttribute("href", url);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer");
        item.appendChild(a);
      } else {
        item.textContent = title + (s.text ? " (text on file: " + s.text + ")" : "");
      }
      list.appendChild(item);
    });
    return list;
  }

  function popup(p, sources) {
    var box = el("div", "gm-popup");
    box.appendChild(el("h3", null, p.name));
    var status = el("span", "gm-status gm-status-" + (p.status || "reported"), p.status);
    box.appendChild(status);
    if (p.reported) box.appendChild(el("p", "gm-reported", p.reported));
    (p.quotes || []).forEach(function (q) {
      var quote = el("blockquote", "gm-quote", "\u201c" + q.text + "\u201d");
      var src = sources[q.source];
      quote.appendChild(el("cite", null, src ? " [" + src.number + "]" : " [" + q.source + "]"));
      box.appendChild(quote);
    });
    var facts = el("table", "gm-facts");
    row(facts, "When", p.time);
    row(facts, "Claimed by", p.claimed_by);
    row(facts, "Origin", p.origin);
    row(facts, "Via", p.via);
    row(facts, "Entry border", p.entry_border);
    if (p.entry_point) row(facts, "Entry point", p.entry_point[1].toFixed(4) + ", " + p.entry_point[0].toFixed(4));
    if (p.bearing_at_entry !== undefined) row(facts, "Bearing at entry", p.bearing_at_entry + "\u00b0");
    if (p.length_km !== undefined) {
      row(facts, p.kind === "border" ? "Length (measured)" : "Length", p.length_km + " km");
    }
    if (p.official_length_km !== undefined) row(facts, "Length (official)", p.official_length_km + " km");
    if (p.area_km2 !== undefined) row(facts, "Area", p.area_km2 + " km\u00b2");
    if (p.query !== undefined) {
      row(facts, "Written as", p.query);
      row(facts, "Geocoded to", p.matched_name ? p.matched_name + " (" + p.gazetteer_id + ")" : p.location_source);
      row(facts, "Match", p.match);
      row(facts, "Precision", p.precision + (p.uncertainty_km ? " \u00b1" + p.uncertainty_km + " km" : ""));
      row(facts, "Admin units", [p.admin3, p.admin2, p.admin1].filter(Boolean));
      row(facts, "Rejected", (p.alternatives || []).map(function (a) {
        return a.name + " (" + [a.admin3, a.admin2].filter(Boolean).join(", ") + ")";
      }));
      row(facts, "Warning", p.warnings);
    }
    row(facts, "Note", p.length_note || p.construction);
    box.appendChild(facts);
    box.appendChild(el("div", "gm-sources-label", "Sources"));
    box.appendChild(sourceList(p, sources));
    return box;
  }

  function tooltip(p) {
    return el("span", null, p.name);
  }

  function pointLayer(f, latlng, spec) {
    var p = f.properties;
    var colour = spec.colour || STATUS_COLOURS[p.status] || "#444";
    var cls = "gm-f gm-layer-" + spec.key + " gm-status-" + p.status;
    if (AREA_PRECISIONS.indexOf(p.precision) >= 0 && p.uncertainty_km > 0) {
      // Geocoded only to an admin unit: draw where it may be, not a pin.
      return L.circle(latlng, {
        radius: p.uncertainty_km * 1000, color: colour, weight: 2, dashArray: "4 4",
        fillColor: colour, fillOpacity: 0.12, className: cls + " gm-uncertain"
      });
    }
    return L.circleMarker(latlng, {
      radius: spec.radius || 7, color: p.status === "disputed" ? STATUS_COLOURS.disputed : "#fff",
      weight: p.status === "disputed" ? 3 : 1.5, dashArray: p.status === "disputed" ? "3 2" : null,
      fillColor: colour, fillOpacity: 0.95, className: cls
    });
  }

  function shapeStyle(f, spec) {
    var p = f.properties;
    // L.geoJSON applies this to point layers too; they carry their own style.
    if (f.geometry.type === "Point") return {};
    var cls = "gm-f gm-layer-" + spec.key + (p.kind ? " gm-kind-" + p.kind : "");
    if (p.kind === "band") {
      return { color: spec.colour, weight: 0, fillColor: spec.colour, fillOpacity: 0.18, className: cls };
    }
    if (p.kind === "border") return { color: spec.colour, weight: 4, opacity: 0.9, className: cls };
    if (spec.kind === "flight") {
      return { color: spec.colour, weight: 3, dashArray: p.status === "disputed" ? "8 6" : null, className: cls };
    }
    return { color: spec.colour, weight: 1.5, fillColor: spec.colour, fillOpacity: 0.08, className: cls };
  }

  function arrowheads(line, colour) {
    if (!L.polylineDecorator) return null;
    return L.polylineDecorator(line, {
      patterns: [{
        offset: "12%", repeat: "22%",
        symbol: L.Symbol.arrowHead({
          pixelSize: 11, polygon: true,
          pathOptions: { color: colour, fillOpacity: 1, weight: 0, className: "gm-arrow" }
        })
      }]
    });
  }

  /* One overlay: a FeatureGroup holding one Leaflet layer per feature. */
  window.geomapOverlay = function (spec, collection, sources) {
    var group = L.featureGroup();
    L.geoJSON(collection, {
      pointToLayer: function (f, latlng) { return pointLayer(f, latlng, spec); },
      style: function (f) { return shapeStyle(f, spec); },
      onEachFeature: function (f, layer) {
        layer.bindPopup(function () { return popup(f.properties, sources); }, { maxWidth: 360 });
        layer.bindTooltip(tooltip(f.properties), { sticky: true });
        layer.feature = f;
        group.addLayer(layer);
        if (spec.kind === "flight") {
          var heads = arrowheads(layer, spec.colour);
          if (heads) group.addLayer(heads);
        }
      }
    });
    window.geomapLayers[spec.key] = group;
    return group;
  };

  /* The offline basemap: land, admin-1 lines and labels, never interactive. */
  window.geomapBasemap = function (map, basemap) {
    map.createPane("gm-basemap").style.zIndex = 200;
    map.createPane("gm-labels").style.zIndex = 350;
    map.getPane("gm-labels").style.pointerEvents = "none";
    L.geoJSON(basemap.countries, {
      pane: "gm-basemap", interactive: false,
      style: function (f) {
        var home = f.properties.iso_a2 === basemap.focus;
        return { color: "#7d7d7d", weight: 1.2, fillColor: home ? "#fbfaf5" : "#ecebe4",
                 fillOpacity: basemap.fill ? 1 : 0 };
      }
    }).addTo(map);
    L.geoJSON(basemap.admin1, {
      pane: "gm-basemap", interactive: false,
      style: function () { return { color: "#a9a9a9", weight: 0.7, dashArray: "3 3", fill: false }; }
    }).addTo(map);
    basemap.labels.forEach(function (label) {
      L.marker([label.lat, label.lon], {
        pane: "gm-labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "gm-label gm-label-" + label.kind, html: el("span", null, label.text),
                          iconSize: null })
      }).addTo(map);
    });
  };
})();
