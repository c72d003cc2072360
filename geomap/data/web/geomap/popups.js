/* geomap.js, popups.js: sources, quotes and the popup of each feature (how it was located, how the picture changed).
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: sourceItem, facts, factValue, factRows, statusBadge, where,
 * located, claimWindow, historyList, popup
 */
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
        var asList = r[2] && Array.isArray(value);  // (its label across the popup too, above the items)
        append(dl, el("dt", asList ? "gm-span" : null, r[0]), factValue(value, asList));
      });
      return dl.childNodes.length ? dl : null;
    }

    /* A fact's value: its items one per line, across the popup, where vocab marks the fact a list (a
       run of candidates separated by semicolons reads as one paragraph on a phone); else one text. */
    function factValue(value, asList) {
      if (!asList) return el("dd", null, Array.isArray(value) ? value.join("; ") : value);
      var list = el("ul", "gm-list");
      value.forEach(function (item) { list.appendChild(el("li", null, item)); });
      return append(el("dd", "gm-span"), list);
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
      append(box, facts(factRows(V.located_facts, p)));
      return box;
    }

    /* The rows of a list of facts (vocab.POPUP_FACTS and LOCATED_FACTS say which, in what order,
       and how each is shown): this draws them and decides nothing. */
    function unset(v) { return v === undefined || v === null || v === "" || v === false || (Array.isArray(v) && !v.length); }

    function field(p, name) {
      var alternatives = name.split("|");
      for (var i = 0; i < alternatives.length; i++) {
        var path = alternatives[i].split("."), v;
        if (path.length === 1) v = p[path[0]];
        else if (path[0] === "claim") v = (claimSummaries[p.claim_id] || {})[path[1]];
        else if (path[0] === "target") v = (featureById[p.target] || { properties: {} }).properties[path[1]];
        if (!unset(v)) return v;
      }
      return undefined;
    }

    function shown(v, format) {
      if (format === "km") return km(v);
      if (format === "km2") return number.format(v) + " km\u00b2";
      if (format === "paren") return " (" + v + ")";
      if (format === "pm_km") return v ? " (\u00b1" + km(v) + ")" : undefined;  // none for a point
      if (format === "alternatives") return v.map(alternative);
      if (format.indexOf("label:") === 0) return label(format.slice(6), v);
      if (format.indexOf("template:") === 0) return T[format.slice(9)].replace("{n}", v);
      return v;
    }

    /* A rejected candidate: its name, what it is (a village, a hamlet, a gmina) where a source says,
       and the units above it: "Sobótka (village, Bliżyn, Skarżysko County, Świętokrzyskie)". */
    var OWN_LEVEL = { ADM3: 1, ADM2: 2, ADM1: 3 };
    function alternative(a) {
      var units = [a.admin3, a.admin2, a.admin1].slice(OWN_LEVEL[a.feature_code] || 0);
      var words = [a.place_type ? label("place_type", a.place_type) : ""].concat(units).filter(Boolean);
      return a.name + (words.length ? " (" + words.join(", ") + ")" : "");
    }

    function factRows(spec, p) {
      var rows = [];
      spec.forEach(function (fact) {
        if (fact.kinds && fact.kinds.indexOf(p.kind) < 0) return;
        if (fact.not_kinds && fact.not_kinds.indexOf(p.kind) >= 0) return;
        if ((fact["if"] || []).some(function (name) { return unset(field(p, name)); })) return;
        var values = fact.parts.map(function (part) {
          var v = Array.isArray(part[0])
            ? part[0].map(function (name) { return field(p, name); }).filter(function (x) { return !unset(x); })
            : field(p, part[0]);
          return unset(v) ? undefined : shown(v, part[1]);
        });
        if (values[0] === undefined) {
          if (fact.missing) rows.push([T[fact.label], T[fact.missing]]);
          return;
        }
        var value = Array.isArray(values[0]) ? values[0] : values.filter(function (x) { return x !== undefined; }).join("");
        rows.push([T[fact.label], value, fact.list]);
      });
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
      append(box, facts(factRows(V.popup_facts, p)));
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

