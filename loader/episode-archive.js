// episode-archive.js — defines the <episode-archive> custom element.
//
//   <script type="module" src="…/episode-archive.js"></script>
//   <episode-archive src="/podcast/archive.json"></episode-archive>
//
// With loading="lazy", an element fetches and starts nothing until it comes
// within about a screen of the viewport.
//
// Everything else (wasm, its JS glue, the stylesheet) is found next to this
// file through import.meta.url, so the build folder works from any path on
// any origin. The build fills in FILES with the hashed names and their
// SHA-384 digests (the wasm and the stylesheet are fetched with `integrity`).
// Adds nothing to `window`: only the custom element's registration.

const FILES = /*@FILES@*/ { glue: '', wasm: '', css: '', wasmIntegrity: '', cssIntegrity: '' };
const base = new URL('./', import.meta.url);
const ATTRIBUTES = ['src', 'categories', 'query', 'theme', 'lang', 'page-size', 'url-state', 'timeout', 'max-size'];

let runtime;
/** Loads the wasm and the stylesheet once for every element on the page. */
function loadRuntime() {
  if (runtime) return runtime;
  // The wasm's download starts with the glue's, not after it; the glue
  // compiles it as it streams in.
  const wasm = fetch(new URL(FILES.wasm, base), { integrity: FILES.wasmIntegrity });
  wasm.catch(() => {}); // reported through the glue's promise below
  runtime = Promise.all([
    import(new URL(FILES.glue, base).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    }),
    fetch(new URL(FILES.css, base), { integrity: FILES.cssIntegrity }).then((r) => {
      if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
      return r.text();
    }),
  ]).then(([glue, css]) => {
    let sheet = null;
    // Constructable stylesheets work under a strict style-src; older
    // engines get a <link> inside the shadow root instead.
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return { glue, sheet };
  });
  return runtime;
}

/**
 * Resolves once `element` comes within a screen's height of the viewport;
 * calls `watching` with the observer, so it can be stopped if the element
 * leaves the page first. Where there is no IntersectionObserver, at once.
 */
function nearViewport(element, watching) {
  if (!('IntersectionObserver' in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    watching(observer);
  });
}

/** Resolves after the browser has painted the next frame. */
function afterFirstPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Starts the manifest's download while the wasm loads, as a preload the
 * widget's own fetch then takes over (same URL, `cors` mode, same-origin
 * credentials): the list no longer waits for the wasm before asking for
 * its data.
 */
function preloadManifest(href) {
  if (!href || [...document.head.querySelectorAll('link[rel=preload]')].some((l) => l.href === href)) return null;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
  return link;
}

class EpisodeArchiveElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #instance = null;
  #root;
  /** The manifest's preload, dropped when the manifest is no longer wanted. */
  #preload = null;
  /** The first screen the page brought (a declarative shadow root), shown until the widget is ready. */
  #firstScreen = [];
  /** For loading="lazy": what watches for the element to come near the viewport. */
  #lazy = null;

  constructor() {
    super();
    // A page made with the importer's `embed` already holds the first screen
    // in a declarative shadow root: keep it (attachShadow would empty it).
    this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#firstScreen = [...this.#root.childNodes];
  }

  async connectedCallback() {
    if (this.getAttribute('loading') === 'lazy' && !this.#instance) {
      await nearViewport(this, (observer) => (this.#lazy = observer));
      this.#lazy = null;
      if (!this.isConnected) return;
    }
    if (!this.#instance) this.#preload = preloadManifest(this.#attributes().src);
    // With a first screen on show, the wasm's download waits for its first
    // paint: the reader sees episodes first, the widget follows.
    if (this.#firstScreen.length) await afterFirstPaint();
    let loaded;
    try {
      loaded = await loadRuntime();
    } catch (error) {
      this.#showFailure(error);
      return;
    }
    if (!this.isConnected || this.#instance) return;
    const { glue, sheet } = loaded;
    if (sheet) {
      this.#root.adoptedStyleSheets = [sheet];
    } else {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(FILES.css, base).href;
      this.#root.append(link);
    }
    const mount = document.createElement('div');
    mount.className = 'ea-root';
    if (this.#firstScreen.length) {
      // The live widget takes the first screen's place in one step, once it
      // shows the archive (or why it cannot), never a loading state between.
      mount.hidden = true;
      const swap = () => {
        this.removeEventListener('episode-archive:ready', swap);
        this.removeEventListener('episode-archive:error', swap);
        for (const node of this.#firstScreen) node.remove();
        this.#firstScreen = [];
        mount.hidden = false;
      };
      this.addEventListener('episode-archive:ready', swap);
      this.addEventListener('episode-archive:error', swap);
    }
    this.#root.append(mount);
    this.#instance = new glue.ArchiveElement(this, mount, this.#attributes());
  }

  disconnectedCallback() {
    this.#lazy?.disconnect();
    this.#lazy = null;
    this.#preload?.remove();
    this.#preload = null;
    // Moving the element fires disconnect then connect: rebuild cleanly.
    this.#instance?.destroy();
    this.#instance?.free();
    this.#instance = null;
    this.#firstScreen = [];
    this.#root.replaceChildren();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue) {
      this.#preload?.remove();
      this.#preload = null;
    }
    if (oldValue !== newValue && name !== 'theme') this.#instance?.update(this.#attributes());
  }

  #attributes() {
    const src = this.getAttribute('src') ?? '';
    return {
      // Relative to the page, like any attribute URL.
      src: src ? new URL(src, document.baseURI).href : '',
      categories: this.getAttribute('categories'),
      query: this.getAttribute('query'),
      pageSize: this.getAttribute('page-size'),
      urlState: this.getAttribute('url-state'),
      lang: this.getAttribute('lang'),
      timeout: this.getAttribute('timeout'),
      maxSize: this.getAttribute('max-size'),
    };
  }

  #showFailure(error) {
    console.error('episode-archive: could not start', error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'The episode archive could not start. Reload the page to try again.';
    // A first screen stays: the newest episodes are still worth reading.
    if (this.#firstScreen.length) this.#root.prepend(message);
    else this.#root.replaceChildren(message);
    this.dispatchEvent(
      new CustomEvent('episode-archive:error', { bubbles: true, composed: true, detail: { url: '', reason: String(error) } }),
    );
  }
}

if (!customElements.get('episode-archive')) customElements.define('episode-archive', EpisodeArchiveElement);
