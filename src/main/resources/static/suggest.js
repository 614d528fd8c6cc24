// Title suggestions while typing. Optional: without JavaScript the search form works the same.
(function () {
  "use strict";
  var list = document.getElementById("suggestions");
  if (!list || !window.fetch) return;
  var timer = null;
  var last = "";

  function fill(items) {
    while (list.firstChild) list.removeChild(list.firstChild);
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.text; // set as a property: never parsed as HTML
      list.appendChild(option);
    });
  }

  function lookup(text) {
    fetch("/api/suggest?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (text === last) fill(data.suggestions || []); })
      .catch(function () { /* suggestions are a convenience; stay quiet */ });
  }

  document.querySelectorAll("input[list=suggestions]").forEach(function (input) {
    input.addEventListener("input", function () {
      var text = input.value.trim();
      last = text;
      clearTimeout(timer);
      if (text.length < 2) { fill([]); return; }
      timer = setTimeout(function () { lookup(text); }, 150);
    });
  });
})();
