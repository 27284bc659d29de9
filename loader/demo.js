// The demo page only: `?manifest=URL` shows another archive, without the
// demo archive's first screen that the page holds.
const manifest = new URLSearchParams(location.search).get('manifest');
const element = document.querySelector('episode-archive');
if (manifest && element) {
  element.shadowRoot?.replaceChildren();
  element.setAttribute('src', manifest);
}
