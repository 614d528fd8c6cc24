// The agents' console by keyboard: results follow the typing, ↑/↓ move through them, Enter opens the answer beside
// the list, Esc goes back to the box, Alt+C/Alt+S copy the answer and the SMS, Alt+Q records the caller's question
// and Alt+R reports a fault in the open answer. The server renders every fragment; this file only swaps them in.
(function () {
  "use strict";
  if (!window.fetch || !document.querySelector) return;

  var DELAY_MS = 150;
  var SMS_SINGLE = 70, SMS_PART = 67, GSM_SINGLE = 160, GSM_PART = 153;

  var box = document.getElementById("agent-q");
  var found = document.getElementById("agent-found");
  var cardPane = document.getElementById("agent-card");
  var said = document.getElementById("agent-said");
  var recordForm = document.getElementById("record-form");
  var recordText = document.getElementById("record-text");
  var recordSlug = document.getElementById("record-slug");
  if (!box || !found || !cardPane || !recordForm) return;
  var token = recordForm.querySelector("input[name=_csrf]").value;

  var timer = null;
  var asked = 0;
  var active = -1;

  function persianDigits(n) {
    return String(n).replace(/\d/g, function (d) { return "۰۱۲۳۴۵۶۷۸۹".charAt(+d); });
  }

  function say(text) {
    // the same words twice in a row must be read out again
    said.textContent = "";
    window.setTimeout(function () { said.textContent = text; }, 30);
  }

  function options() {
    return found.querySelectorAll("[role=option]");
  }

  function select(index) {
    var all = options();
    if (!all.length) return;
    if (index < 0) index = 0;
    if (index >= all.length) index = all.length - 1;
    for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-selected", i === index ? "true" : "false");
    active = index;
    box.setAttribute("aria-activedescendant", all[index].id);
    all[index].scrollIntoView({ block: "nearest" });
  }

  // a piece of the page rendered by the server; an ended session is sent to the sign-in page, which fetch follows
  function fragment(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (r.redirected || r.status === 401 || r.status === 403) throw new Error("signed-out");
      if (!r.ok) throw new Error("status " + r.status);
      return r.text();
    });
  }

  function search() {
    var q = box.value.trim();
    var mine = ++asked;
    fragment("/agent/results?q=" + encodeURIComponent(q))
      .then(function (html) {
        if (mine !== asked) return;
        found.innerHTML = html;
        active = -1;
        box.removeAttribute("aria-activedescendant");
        if (options().length) select(0);
      })
      .catch(function (e) {
        if (mine === asked) say(e.message === "signed-out" ? "نشست شما پایان یافته است؛ صفحه را دوباره باز کنید و وارد شوید."
            : "جستجو انجام نشد؛ دوباره بنویسید.");
      });
  }

  function open(slug, thenFocusCard) {
    fragment("/agent/card/" + encodeURIComponent(slug))
      .then(function (html) {
        cardPane.innerHTML = html;
        var card = document.getElementById("answer-card");
        openedInRecordForm(card.getAttribute("data-slug"), card.getAttribute("data-title"));
        history.replaceState(null, "", "/agent?q=" + encodeURIComponent(box.value.trim()) + "&open=" + encodeURIComponent(slug));
        if (thenFocusCard) card.focus();
        say("پاسخ باز شد: " + card.getAttribute("data-title"));
      })
      .catch(function (e) {
        say(e.message === "signed-out" ? "نشست شما پایان یافته است؛ صفحه را دوباره باز کنید و وارد شوید."
            : "پاسخ باز نشد؛ دوباره تلاش کنید.");
      });
  }

  // the question is recorded against the answer open on the screen unless the agent chooses none
  function openedInRecordForm(slug, title) {
    var first = recordSlug.options[0];
    if (first && first.value !== "") {
      first.value = slug;
      first.textContent = title;
    } else {
      var option = document.createElement("option");
      option.value = slug;
      option.textContent = title;
      recordSlug.insertBefore(option, recordSlug.firstChild);
    }
    recordSlug.value = slug;
  }

  function copy(text, done) {
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      say(ok ? done : "کپی نشد؛ متن را انتخاب و با Ctrl+C کپی کنید.");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { say(done); }, fallback);
    } else {
      fallback();
    }
  }

  function copyAnswer() {
    var button = document.getElementById("copy-answer");
    if (!button) { say("نخست پاسخی را باز کنید."); return; }
    copy(button.getAttribute("data-copy"), "پاسخ کپی شد.");
  }

  function copySms() {
    var sms = document.getElementById("sms-text");
    if (!sms) { say(document.getElementById("answer-card") ? "این پاسخ پیامک آماده ندارد." : "نخست پاسخی را باز کنید."); return; }
    copy(sms.value, "پیامک کپی شد.");
  }

  // the same count as the server's SmsText.count: any letter outside ASCII makes the SMS UCS-2
  function smsCount(text) {
    var unicode = /[^\x20-\x7e\n\r]/.test(text);
    var length = unicode ? text.length : text.length + (text.match(/[\^{}\\\[~\]|]/g) || []).length;
    var single = unicode ? SMS_SINGLE : GSM_SINGLE, part = unicode ? SMS_PART : GSM_PART;
    var segments = length === 0 ? 0 : length <= single ? 1 : Math.ceil(length / part);
    return persianDigits(length) + " نویسه، " + persianDigits(segments) + " پیامک";
  }

  function postJson(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (r.status === 401) throw new Error("نشست شما پایان یافته است؛ دوباره وارد شوید. متن شما هنوز در کادر است.");
      return r.json().catch(function () { return {}; }).then(function (answer) {
        if (!r.ok) throw new Error(answer.error || "ثبت نشد (پاسخ " + r.status + ").");
        return answer;
      });
    });
  }

  function record(event) {
    event.preventDefault();
    var text = recordText.value.trim();
    if (!text) { say("پرسش را در یک سطر بنویسید، سپس Enter."); recordText.focus(); return; }
    postJson("/api/agent/questions", {
      text: text,
      channel: document.getElementById("record-channel").value,
      slug: recordSlug.value || null
    }).then(function () {
      recordText.value = "";
      say("پرسش ثبت شد.");
      box.focus();
    }, function (e) { say(e.message); });
  }

  function flag(event) {
    event.preventDefault();
    var form = event.target;
    var input = form.querySelector("[name=text]");
    var text = input.value.trim();
    if (!text) { say("ایراد را در یک سطر بنویسید، سپس Enter."); input.focus(); return; }
    postJson("/api/agent/flags", {
      slug: form.getAttribute("data-slug"),
      target: form.querySelector("[name=target]").value,
      text: text
    }).then(function () {
      input.value = "";
      say("گزارش ایراد برای ویراستاران فرستاده شد.");
      box.focus();
    }, function (e) { say(e.message); });
  }

  box.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DELAY_MS);
  });

  box.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      select(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      var all = options();
      if (!all.length) return;      // no results yet: the form is sent and the page answers
      e.preventDefault();
      open(all[active < 0 ? 0 : active].getAttribute("data-slug"), false);
    }
  });

  found.addEventListener("click", function (e) {
    var item = e.target.closest("[role=option]");
    if (!item) return;
    e.preventDefault();
    select(+item.getAttribute("data-index"));
    open(item.getAttribute("data-slug"), false);
  });

  cardPane.addEventListener("click", function (e) {
    if (e.target.closest("#copy-answer")) copyAnswer();
    else if (e.target.closest("#copy-sms")) copySms();
    var related = e.target.closest(".related a");
    if (related) {
      e.preventDefault();
      open(related.getAttribute("data-slug"), true);
    }
  });

  cardPane.addEventListener("input", function (e) {
    if (e.target.id === "sms-text") document.getElementById("sms-count").textContent = smsCount(e.target.value);
  });

  cardPane.addEventListener("submit", function (e) {
    if (e.target.id === "flag-form") flag(e);
  });

  recordForm.addEventListener("submit", record);

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      e.preventDefault();
      box.focus();
      box.select();
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    // by the key's place, not its letter: the same keys work with the Persian layout on
    var action = { KeyC: copyAnswer, KeyS: copySms, KeyQ: function () { recordText.focus(); },
      KeyR: function () {
        var input = document.getElementById("flag-text");
        if (input) input.focus(); else say("نخست پاسخی را باز کنید.");
      } }[e.code];
    if (action) {
      e.preventDefault();
      action();
    }
  });
})();
