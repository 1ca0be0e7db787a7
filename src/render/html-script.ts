/**
 * The report's only script: the filter bar (label, speaker, text, several wordings only) and
 * expand / collapse all. It reads data attributes and toggles classes; it never writes markup,
 * so no report text can become code through it. Plain ES5, so old viewers run it too.
 */
export const HTML_SCRIPT = `(function () {
  var groups = Array.prototype.slice.call(document.querySelectorAll('details.group'));
  var byId = function (id) { return document.getElementById(id); };
  var label = byId('f-label'), speaker = byId('f-speaker'), text = byId('f-text'), multi = byId('f-multi');
  var count = byId('f-count'), empty = byId('f-empty');
  var texts = [], speakers = [];
  for (var i = 0; i < groups.length; i++) {
    texts.push(null);
    speakers.push(JSON.parse(groups[i].getAttribute('data-speakers') || '[]'));
  }
  function apply() {
    var l = label.value, s = speaker.value, t = text.value.trim().toLowerCase(), m = multi.checked, shown = 0;
    for (var i = 0; i < groups.length; i++) {
      var g = groups[i];
      var ok = (!l || (' ' + g.getAttribute('data-labels') + ' ').indexOf(' ' + l + ' ') >= 0)
        && (!s || speakers[i].indexOf(s) >= 0)
        && (!m || Number(g.getAttribute('data-size')) > 1);
      if (ok && t) {
        if (texts[i] === null) texts[i] = g.textContent.toLowerCase();
        ok = texts[i].indexOf(t) >= 0;
      }
      g.classList.toggle('hidden-by-filter', !ok);
      if (ok) shown++;
    }
    count.textContent = shown + ' of ' + groups.length + ' groups';
    empty.style.display = shown ? 'none' : 'block';
  }
  function openAll(open) {
    for (var i = 0; i < groups.length; i++) if (!groups[i].classList.contains('hidden-by-filter')) groups[i].open = open;
  }
  label.addEventListener('change', apply);
  speaker.addEventListener('change', apply);
  multi.addEventListener('change', apply);
  text.addEventListener('input', apply);
  byId('f-open').addEventListener('click', function () { openAll(true); });
  byId('f-close').addEventListener('click', function () { openAll(false); });
  apply();
})();`;

/**
 * Base64 SHA-256 of `HTML_SCRIPT`, for the page's Content-Security-Policy: only this script may
 * run, so even markup that slipped past escaping could not execute. A test keeps it in step.
 */
export const HTML_SCRIPT_SHA256 = 'pz+UF61m4l5hjYBtWJQ1E+eQGDYEwizcjcSfhHp641k=';
