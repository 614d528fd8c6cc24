// The editor's live preview: a moment after the editor stops typing, the form goes to POST /editor/preview as it
// is and the pane shows the page the site would render, with the same Persian problems a save would report.
// Progressive enhancement only: without script the «پیش‌نمایش» button posts the form and does the same.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData || !window.URLSearchParams) return;

  var DELAY_MS = 400;

  var form = document.querySelector("form.edit-form");
  var pane = document.getElementById("preview-pane");
  if (!form || !pane) return;
  var body = document.getElementById("preview-body");
  var list = document.getElementById("preview-problems");
  var status = document.getElementById("preview-status");
  var token = form.querySelector("input[name=_csrf]");

  var timer = null;
  var asked = 0;   // the newest request sent; an older answer arriving late must not overwrite a newer one

  function problemItem(p) {
    var li = document.createElement("li");
    var name = document.createElement("strong");
    name.textContent = p.label;
    if (p.target) {
      var a = document.createElement("a");
      a.href = "#" + p.target;
      a.appendChild(name);
      li.appendChild(a);
    } else {
      li.appendChild(name);
    }
    var text = document.createElement("bdi");
    text.textContent = p.message;
    li.appendChild(document.createTextNode("، سطر " + p.line + ": "));
    li.appendChild(text);
    return li;
  }

  function show(answer) {
    // the renderer's HTML is already made safe on the server, the same HTML the site itself serves
    body.innerHTML = answer.html;
    list.textContent = "";
    answer.problems.forEach(function (p) { list.appendChild(problemItem(p)); });
    list.hidden = answer.problems.length === 0;
    status.textContent = answer.problems.length === 0 ? "پیش‌نمایش به‌روز است."
        : "پیش‌نمایش به‌روز است؛ مقاله هنوز خطا دارد.";
  }

  function refused(code) {
    if (code === 401 || code === 403) {
      return "نشست شما پایان یافته است؛ پیش‌نمایش به‌روز نشد. متن شما هنوز در فرم است: در برگهٔ دیگری وارد شوید و دوباره ذخیره کنید.";
    }
    return "پیش‌نمایش به‌روز نشد (پاسخ " + code + ")؛ دکمهٔ «پیش‌نمایش» همچنان کار می‌کند.";
  }

  function update() {
    var data = new URLSearchParams(new FormData(form));
    data.delete("action");
    if (!data.has("slug") && form.dataset.slug) data.set("slug", form.dataset.slug);
    var mine = ++asked;
    status.textContent = "در حال به‌روزرسانی پیش‌نمایش…";
    pane.hidden = false;
    fetch("/editor/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": token ? token.value : "" },
      body: data.toString()
    }).then(function (r) {
      // an ended session is sent to the sign-in page, which fetch follows quietly
      if (r.redirected) throw 401;
      if (!r.ok) throw r.status;
      return r.json();
    }).then(function (answer) {
      if (mine === asked) show(answer);
    }).catch(function (code) {
      if (mine === asked) status.textContent = typeof code === "number" ? refused(code)
          : "پیش‌نمایش به‌روز نشد: ارتباط با سرور برقرار نیست.";
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, DELAY_MS);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
