(function () {
  "use strict";
  // Entries link to highlights by plain anchors; the script adds smooth scrolling, a flash on both
  // ends of a link, and the highlight layer switches. It reads only element ids the report wrote.
  document.documentElement.classList.add("js");
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var timers = new Map();

  function flash(elements) {
    elements.forEach(function (element) {
      element.classList.remove("flash");
      void element.offsetWidth; // restart the animation on a second click
      element.classList.add("flash");
      clearTimeout(timers.get(element));
      timers.set(element, setTimeout(function () { element.classList.remove("flash"); }, 1600));
    });
  }

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  document.addEventListener("click", function (event) {
    var entry = event.target.closest("a.go[data-fact]");
    if (entry) {
      var marks = all('mark[data-fact="' + entry.getAttribute("data-fact") + '"]');
      if (!marks.length) { return; }
      event.preventDefault();
      marks[0].scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
      flash(marks);
      return;
    }
    var mark = event.target.closest("mark[data-fact]");
    if (mark) {
      var link = document.querySelector('a.go[data-fact="' + mark.getAttribute("data-fact") + '"]');
      if (link) {
        var panel = link.closest("details");
        if (panel) { panel.open = true; }
        link.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
        flash([link]);
      }
    }
  });

  document.addEventListener("change", function (event) {
    var input = event.target;
    var layer = input.getAttribute && input.getAttribute("data-layer");
    var report = input.closest && input.closest("article.report");
    if (layer && report) {
      report.classList.toggle("off-" + layer, !input.checked);
    }
  });
})();
