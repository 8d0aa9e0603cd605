// Progressive enhancement of a body's profile: each side table (joint activities, partners,
// statistics) is a page of its own that the profile links; here each is fetched after the
// profile has arrived and its section put in place of the link, and its pager then turns pages
// in place. Without JavaScript, or when a fetch fails, the links open the same tables.
(function () {
  "use strict";
  function load(section, url) {
    section.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { Accept: "text/html" } }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (text) {
      var loaded = new DOMParser().parseFromString(text, "text/html").getElementById(section.id);
      if (!loaded) { return; }
      section.innerHTML = loaded.innerHTML;
      section.dataset.loaded = url;
      section.dispatchEvent(new CustomEvent("cppcckg:side-table", { bubbles: true }));
      Array.prototype.forEach.call(section.querySelectorAll("a[rel=prev], a[rel=next]"), function (link) {
        link.addEventListener("click", function (event) {
          event.preventDefault();
          load(section, link.getAttribute("href"));
        });
      });
    }).catch(function () { /* the link stays */ }).then(function () {
      section.removeAttribute("aria-busy");
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("section.side-table[data-src]"), function (section) {
    load(section, section.dataset.src);
  });
})();
