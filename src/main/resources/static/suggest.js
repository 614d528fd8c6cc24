// Suggestions while typing, as an accessible combobox (WAI-ARIA 1.2 list autocomplete). Progressive enhancement
// only: without JavaScript the search box is a plain form that works the same, so every ARIA attribute is set here.
(function () {
  "use strict";
  if (!window.fetch || !document.querySelector) return;

  var DELAY_MS = 120;
  var MIN_LENGTH = 2;

  function persianDigits(n) {
    return String(n).replace(/\d/g, function (d) { return "۰۱۲۳۴۵۶۷۸۹".charAt(+d); });
  }

  function enhance(input, n) {
    var form = input.form;
    var listId = "suggest-list-" + n;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "پیشنهادها");
    list.hidden = true;
    form.appendChild(list);

    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var asked = "";
    var active = -1;

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function select(index) {
      var all = options();
      if (!all.length) return;
      if (index < -1) index = all.length - 1;
      if (index >= all.length) index = -1;
      for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-selected", i === index ? "true" : "false");
      active = index;
      if (index === -1) {
        input.removeAttribute("aria-activedescendant");
      } else {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      }
    }

    function show(items) {
      while (list.firstChild) list.removeChild(list.firstChild);
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var a = document.createElement("a");
        a.href = item.url;
        a.textContent = item.text; // text, never parsed as HTML
        a.tabIndex = -1; // the box keeps focus; arrows move through the list
        li.appendChild(a);
        list.appendChild(li);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = persianDigits(items.length) + " پیشنهاد؛ با کلیدهای بالا و پایین انتخاب کنید";
      } else {
        close();
        status.textContent = "";
      }
    }

    function lookup(text) {
      var address;
      try {
        address = "/api/suggest?q=" + encodeURIComponent(text);
      } catch (e) {
        return; // a lone surrogate half-way through an emoji: wait for the next keystroke
      }
      fetch(address, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (text === asked) show(data.suggestions || []); })
        .catch(function () { /* suggestions are a convenience: the form still searches */ });
    }

    input.addEventListener("input", function () {
      var text = input.value;
      asked = text;
      clearTimeout(timer);
      if (text.trim().length < MIN_LENGTH) { show([]); return; }
      timer = setTimeout(function () { lookup(text); }, DELAY_MS);
    });

    input.addEventListener("keydown", function (e) {
      var open = !list.hidden;
      if (e.key === "ArrowDown") {
        if (!open && options().length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        select(active + 1);
        e.preventDefault();
      } else if (e.key === "ArrowUp") {
        if (open) { select(active - 1); e.preventDefault(); }
      } else if (e.key === "Enter") {
        if (open && active >= 0) {
          e.preventDefault();
          window.location.assign(options()[active].querySelector("a").href);
        }
      } else if (e.key === "Escape") {
        if (open) { close(); e.preventDefault(); }
      }
    });

    input.addEventListener("blur", function () {
      // a tap on a suggestion lands after the blur; let it follow its link first
      setTimeout(close, 150);
    });
    list.addEventListener("mousedown", function (e) { e.preventDefault(); });
  }

  var inputs = document.querySelectorAll("input[data-suggest]");
  for (var i = 0; i < inputs.length; i++) enhance(inputs[i], i);
})();
