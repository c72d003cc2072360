/* geomap.js, time.js: the time control: replaying what was known when.
 * Runs inside mount() (core.js opens it, main.js closes it), in one closure with the other
 * parts: page.GEOMAP_JS joins them in order. Functions: trackPositions, nearestStep, currentStep, icon,
 * timeControl, stepOf, onTimeKey, setStep, showPlaying, play, stop, advance, applyTime
 */
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

