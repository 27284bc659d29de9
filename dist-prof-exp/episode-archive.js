// episode-archive.js — defines the <episode-archive> custom element.
//
//   <script type="module" src="…/episode-archive.js"></script>
//   <episode-archive src="/podcast/archive.json"></episode-archive>
//
// Everything else (wasm, its JS glue, the stylesheet) is found next to this
// file through import.meta.url, so the build folder works from any path on
// any origin. The build fills in FILES with the hashed names and their
// SHA-384 digests (the wasm and the stylesheet are fetched with `integrity`).
// Adds nothing to `window`: only the custom element's registration.

const FILES = {"glue":"episode-archive-3710f67ea4f423b6.js","wasm":"episode-archive-3710f67ea4f423b6_bg.wasm","css":"archive-b14fba9b88128ba0.css","wasmIntegrity":"sha384-EgPv+ONXGP5TC7pImNGdHbdqwBCtS33EWQmy0oJcmySa+a0fRXEWcNt/bpbD7tda","cssIntegrity":"sha384-gweeh0txbtuN34Vho90rA6zAqzyPDyvvp48A0J284qCd3RAtA/NtSKS9nGI7iAhj"};
const base = new URL('./', import.meta.url);
const ATTRIBUTES = ['src', 'categories', 'query', 'theme', 'lang', 'page-size', 'url-state', 'timeout', 'max-size'];

let runtime;
/** Loads the wasm and the stylesheet once for every element on the page. */
function loadRuntime() {
  runtime ??= Promise.all([
    import(new URL(FILES.glue, base).href).then(async (glue) => {
      await glue.default({ module_or_path: fetch(new URL(FILES.wasm, base), { integrity: FILES.wasmIntegrity }) });
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

class EpisodeArchiveElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #instance = null;
  #root;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  async connectedCallback() {
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
    this.#root.append(mount);
    this.#instance = new glue.ArchiveElement(this, mount, this.#attributes());
  }

  disconnectedCallback() {
    // Moving the element fires disconnect then connect: rebuild cleanly.
    this.#instance?.destroy();
    this.#instance?.free();
    this.#instance = null;
    this.#root.replaceChildren();
  }

  attributeChangedCallback(name, oldValue, newValue) {
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
    this.#root.replaceChildren(message);
    this.dispatchEvent(
      new CustomEvent('episode-archive:error', { bubbles: true, composed: true, detail: { url: '', reason: String(error) } }),
    );
  }
}

if (!customElements.get('episode-archive')) customElements.define('episode-archive', EpisodeArchiveElement);
