/**
 * Measuring code that runs inside the page, kept as plain JavaScript source: functions
 * passed to page.evaluate() from TypeScript get helper calls added by the transpiler
 * that do not exist in the page. Evaluate `inPage + "expression"`.
 */
export const inPage = String.raw`
function xcRgb(value) {
  var m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error("unexpected colour " + value);
  var p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function xcLuminance(c) {
  var f = function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
function xcRatio(a, b) {
  var x = xcLuminance(xcRgb(a)), y = xcLuminance(xcRgb(b));
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
/** The colour painted behind an element: the nearest opaque background up the tree. */
function xcBackground(el) {
  for (var e = el; e; e = e.parentElement) {
    var bg = getComputedStyle(e).backgroundColor;
    if (xcRgb(bg).a > 0) return bg;
  }
  return "rgb(255, 255, 255)";
}
function xcDescribe(el) {
  return el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") + " “" + el.textContent.trim().slice(0, 20) + "”";
}
/** Visible elements that hold text of their own (not only through children). */
function xcTextElements() {
  return Array.prototype.filter.call(document.body.querySelectorAll("*"), function (el) {
    var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
    if (!own) return false;
    var r = el.getBoundingClientRect();
    // checkVisibility: closed <details> content keeps its boxes in Chromium but is not shown
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== "hidden" && el.checkVisibility();
  });
}
/** Contrast of every visible text element against what is painted behind it. */
function xcContrasts(elements) {
  return (elements || xcTextElements()).map(function (el) {
    var s = getComputedStyle(el);
    return { what: xcDescribe(el), ratio: xcRatio(s.color, xcBackground(el)) };
  });
}
function xcTargets() {
  return Array.prototype.filter.call(document.querySelectorAll("a[href], button"), function (el) {
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.closest(".xc-visually-hidden") && el.checkVisibility();
  });
}
/** Pairs of targets whose boxes overlap (nested targets excluded). */
function xcOverlaps() {
  // inline links inside running text wrap across lines: their boxes are not the targets' shapes
  var t = xcTargets().filter(function (el) { return getComputedStyle(el).display !== "inline"; }).map(function (el) { return { el: el, r: el.getBoundingClientRect() }; });
  var out = [];
  for (var i = 0; i < t.length; i++) for (var j = i + 1; j < t.length; j++) {
    var a = t[i].r, b = t[j].r;
    if (t[i].el.contains(t[j].el) || t[j].el.contains(t[i].el)) continue;
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(xcDescribe(t[i].el) + " × " + xcDescribe(t[j].el));
  }
  return out;
}
`;
