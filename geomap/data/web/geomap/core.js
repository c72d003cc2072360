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
 *
 * The script is cut by concern into the files of this folder, joined in the order of
 * geomap.web.page.GEOMAP_JS into one script: this one opens it and mount(), the next ones
 * continue mount() in the same closure (each names what it holds), and main.js closes both.
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

