/* geomap.js, overlays.js: one overlay a layer: points, uncertainty circles, areas, claims (fans only for the chosen claim), the chooser for stacked symbols.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: featureColour, uncertain, pointRadius,
 * pointOptions, pointLayer, restyle, shapeStyle, arrowheads, addOverlay, pointsNear, choose, openEntry,
 * selectClaim, drawn, drawOverlays, untabbed, leafOf
 */
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

    var P = V.point_paint;  // geomap/vocab.py: POINT_PAINT
    function pointRadius(layer) { return P.radius_by_layer[layer.key] || P.radius; }

    /** How a point looks with properties `p` (its status as of the time shown): Leaflet options. */
    function pointOptions(layer, p) {
      var colour = featureColour(layer, p);
      var dimmed = V.dimmed_statuses.indexOf(p.status) >= 0;
      var cls = "gm-f gm-layer-" + layer.key + " gm-status-" + p.status;
      if (uncertain(p)) {
        var U = V.shape_parts.uncertainty;
        return { radius: p.uncertainty_km * 1000, color: colour, weight: U.width, dashArray: U.dash,
                 fillColor: colour, fillOpacity: dimmed ? U.dimmed_fill_opacity : U.fill_opacity, className: cls + " gm-uncertain" };
      }
      if (layer.marker === "circle") {
        return { radius: pointRadius(layer), color: dimmed ? colour : V.panel.background, weight: dimmed ? P.dimmed_width : P.width,
                 fillColor: colour, fillOpacity: dimmed ? 0 : P.fill_opacity, className: cls };
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
      if (p.kind === "border") return { color: colour, weight: S.border.width, opacity: S.border.opacity, className: cls };
      if (claim) {
        var part = V.claim_parts[p.kind] || {};
        if (p.kind === "fan") {
          // Fans point at a claim's named targets; they are no flight path. Strong for the selected
          // claim only, faint while none is selected, hidden while another is.
          var chosen = selectedClaim === claim.id, none = selectedClaim === null;
          return { color: colour, weight: chosen ? part.selected_width : part.faint_width,
                   opacity: chosen ? part.selected_opacity : (none ? part.faint_opacity : 0), dashArray: part.dash || null,
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

