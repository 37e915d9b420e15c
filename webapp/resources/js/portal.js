/*
 * Progressive enhancements; every page works without them.
 * - copy buttons (hidden until this script shows them),
 * - the payment countdown ticking each second from the server's seconds left (the server already
 *   printed minutes left, and its meta refresh shows the page expired at expiry),
 * - one submit per form: a second click while the first request runs does nothing.
 */
(function () {
    "use strict";

    function copy(button) {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        if (!target) { return; }
        var text = target.textContent.trim();
        var done = function () {
            var label = button.textContent;
            button.textContent = button.getAttribute("data-copied") || label;
            setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () { select(target); });
        } else {
            select(target);
            try { if (document.execCommand("copy")) { done(); } } catch (e) { /* selected for manual copy */ }
        }
    }

    function select(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function pad(n) { return n < 10 ? "0" + n : "" + n; }

    // Counts down from the seconds the server computed, on the monotonic clock: a browser whose
    // clock is wrong still shows the server's time. The page's meta refresh shows it expired.
    function startCountdown(element) {
        var seconds = parseInt(element.getAttribute("data-seconds-left"), 10);
        if (isNaN(seconds)) { return; }
        var end = performance.now() + seconds * 1000;
        var tick = function () {
            var left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
            if (left === 0) {
                element.textContent = element.getAttribute("data-expired-text");
                clearInterval(timer);
                return;
            }
            var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
            element.textContent = (h > 0 ? h + ":" + pad(m) : m) + ":" + pad(s);
        };
        var timer = setInterval(tick, 1000);
        tick();
    }

    document.addEventListener("DOMContentLoaded", function () {
        Array.prototype.forEach.call(document.querySelectorAll("[data-copy-target]"), function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { copy(button); });
        });
        var countdown = document.getElementById("countdown");
        if (countdown) { startCountdown(countdown); }
        Array.prototype.forEach.call(document.querySelectorAll("form"), function (form) {
            form.addEventListener("submit", function (event) {
                if (form.getAttribute("data-submitted")) { event.preventDefault(); return; }
                form.setAttribute("data-submitted", "true");
            });
        });
    });
}());
