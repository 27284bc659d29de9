// The demo page only: `?manifest=URL` shows another archive.
const manifest = new URLSearchParams(location.search).get('manifest');
if (manifest) document.querySelector('episode-archive')?.setAttribute('src', manifest);
