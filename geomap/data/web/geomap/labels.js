/* geomap.js, labels.js: labels placed greedily by priority, leader lines, numbered callouts when the view is crowded.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: textWidth, minTownPopulation, labelCandidates,
 * overlaps, placeNumbers, fillKey, keyBox, coverRects, placeLabels, draw
 */
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

