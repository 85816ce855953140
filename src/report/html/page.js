"use strict";
(function () {
  function marksOf(id) {
    return Array.prototype.slice.call(document.querySelectorAll("mark[data-findings]")).filter(function (m) {
      return m.getAttribute("data-findings").split(" ").indexOf(id) >= 0;
    });
  }
  function scrollWithin(box, el) {
    var top = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += top - box.clientHeight / 3;
  }
  function select(id) {
    var item = document.getElementById(id);
    if (!item) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (e) { e.classList.remove("active"); });
    item.classList.add("active");
    var seen = [];
    marksOf(id).forEach(function (m) {
      m.classList.add("active");
      var box = m.closest(".text");
      if (seen.indexOf(box) < 0) {
        seen.push(box);
        box.closest(".source").scrollIntoView({ block: "nearest", inline: "nearest" });
        scrollWithin(box, m);
      }
    });
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  }
  function filter() {
    var shown = {};
    Array.prototype.forEach.call(document.querySelectorAll("#filters input[type=checkbox]"), function (c) {
      shown[c.value] = c.checked;
    });
    var fact = document.getElementById("fact").value;
    Array.prototype.forEach.call(document.querySelectorAll(".finding"), function (f) {
      var on = shown[f.getAttribute("data-severity")] && (!fact || f.getAttribute("data-fact") === fact);
      f.classList.toggle("hidden", !on);
    });
  }
  document.addEventListener("click", function (e) {
    var item = e.target.closest(".finding");
    if (item) { e.preventDefault(); select(item.id); }
  });
  document.getElementById("filters").addEventListener("change", filter);
  var start = location.hash.slice(1);
  if (/^f[0-9]+$/.test(start)) { select(start); }
})();
