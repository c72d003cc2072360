/* geomap.js, svg.js: the vector SVG (#print=a5-svg): what print shows, one named group a layer, text as text.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: vectorGroup, copyPaths, copyText, copySymbols,
 * box, vectorSvg, publishSvg
 */
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

