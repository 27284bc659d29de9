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

const FILES = /*@FILES@*/ { glue: '', wasm: '', css: '', wasmIntegrity: '', cssIntegrity: '', locales: null };
const base = new URL('./', import.meta.url);
const ATTRIBUTES = ['src', 'categories', 'query', 'theme', 'lang', 'page-size', 'url-state', 'timeout', 'max-size', 'strings'];
// The interface's catalogs beside this file, by language tag (English is
// built into the wasm): each element fetches the one it needs, if any.
const LOCALES = Object.fromEntries(Object.entries(FILES.locales ?? {}).map(([tag, file]) => [tag, new URL(file, base).href]));

/**
 * The catalog serving the language `tag`: the whole tag, then the tag
 * without its last subtag (pt-BR → pt), compared without regard to case.
 * Chinese goes by script: Simplified (zh, zh-Hans, zh-CN, zh-SG) finds
 * zh-CN, Traditional (zh-Hant, zh-TW, zh-HK, zh-MO) does not.
 */
function catalogFor(tag) {
  const subtags = tag.toLowerCase().replace(/_/g, '-').split('-');
  const find = (t) => Object.keys(LOCALES).find((k) => k.toLowerCase() === t);
  if (subtags[0] === 'zh' && !subtags.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s))) return find('zh-cn');
  for (let n = subtags.length; n > 0; n--) {
    const found = find(subtags.slice(0, n).join('-'));
    if (found) return found;
  }
  return undefined;
}

/** A text file's content, or null (reported on the console) when it cannot be had. */
async function fetchText(url, what) {
  try {
    const response = await fetch(url, AbortSignal.timeout ? { signal: AbortSignal.timeout(15000) } : {});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    console.warn(`episode-archive: ${what} ${url} could not be loaded (${error}); it is not used`);
    return null;
  }
}

/**
 * A catalog of messages (JSON text, or the object it stands for) as lines
 * the wasm reads without a JSON reader of its own: key, form (empty for a
 * plain message, a plural category, or `!` for a value that is not a
 * message, `one!` for a form that is not text) and text, tab-separated.
 * Throws on text that is not JSON.
 */
function flatten(json) {
  const value = typeof json === 'string' ? JSON.parse(json) : json;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('not an object');
  const clean = (text) => String(text).replace(/[\t\r\n]/g, ' ');
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);
  let lines = '';
  for (const [key, message] of Object.entries(value)) {
    const k = clean(key);
    if (typeof message === 'string') lines += `${k}\t\t${clean(message)}\n`;
    else if (message && typeof message === 'object' && !Array.isArray(message))
      for (const [form, text] of Object.entries(message))
        lines += typeof text === 'string' ? `${k}\t${clean(form)}\t${clean(text)}\n` : `${k}\t${clean(form)}!\t\n`;
    else lines += `${k}\t!\t${kind(message)}\n`;
  }
  return lines;
}

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
  /** The `strings` property: the site's own wording, key → message. */
  #strings = null;
  /** The interface language and its messages, as handed to the wasm. */
  #texts = { lang: 'en', catalog: null, siteStrings: null };
  /** Counts the fetches of #texts, so only the latest is used. */
  #textsTurn = 0;
  /** The manifest's language, once read: the interface's if no `lang` is in effect here. */
  #manifestLanguage = null;

  /**
   * The interface language: the `lang` in effect on the element (its own,
   * else its nearest ancestor's), else the manifest's, else the browser's.
   */
  #language() {
    return (
      this.closest('[lang]')?.getAttribute('lang')?.trim() ||
      this.#manifestLanguage ||
      navigator.languages?.[0] ||
      navigator.language ||
      'en'
    );
  }

  /** Fetches the messages the interface needs: its language's catalog and the site's `strings`. */
  async #loadTexts() {
    const lang = this.#language();
    const tag = catalogFor(lang);
    const strings = this.getAttribute('strings');
    const stringsUrl = strings && new URL(strings, document.baseURI).href;
    const [catalog, file] = await Promise.all([
      tag ? fetchText(LOCALES[tag], 'the catalog') : null,
      stringsUrl ? fetchText(stringsUrl, 'the strings file') : null,
    ]);
    let siteStrings = '';
    // The property's messages after the file's: they win.
    for (const [json, what] of [
      [file, `the strings file ${stringsUrl}`],
      [this.#strings, 'the strings property'],
    ]) {
      if (json == null) continue;
      try {
        siteStrings += flatten(json);
      } catch (error) {
        console.warn(`episode-archive: ${what} is not a JSON object of messages (${error.message}); it is ignored`);
      }
    }
    return { lang, catalog, siteStrings: siteStrings || null };
  }

  /** Fetches the messages again (the language or the site's strings changed) and hands them over. */
  async #refreshTexts() {
    const turn = ++this.#textsTurn;
    const texts = await this.#loadTexts();
    if (turn !== this.#textsTurn) return;
    this.#texts = texts;
    this.#instance?.update(this.#attributes());
  }

  /** Fetches the messages of the language in effect, when it is not the one handed over. */
  #followLanguage() {
    if (this.#language() !== this.#texts.lang) this.#refreshTexts();
  }

  /** Watches the page's `lang` attributes: a page that changes its language takes the widget along. */
  #langWatch = new MutationObserver(() => this.#followLanguage());

  /** The manifest is read: its language is the interface's when no `lang` is in effect. */
  #onReady = (event) => {
    this.#manifestLanguage = event.detail?.language || null;
    this.#followLanguage();
  };

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
    // The interface's messages come with the wasm, not after it.
    const turn = ++this.#textsTurn;
    const texts = this.#loadTexts();
    // With a first screen on show, the wasm's download waits for its first
    // paint: the reader sees episodes first, the widget follows.
    if (this.#firstScreen.length) await afterFirstPaint();
    let loaded;
    try {
      loaded = await loadRuntime();
    } catch (error) {
      // Said in the interface language when its catalog came.
      if (turn === this.#textsTurn) this.#texts = await texts;
      this.#showFailure(error);
      return;
    }
    const loadedTexts = await texts;
    if (!this.isConnected || this.#instance) return;
    if (turn === this.#textsTurn) this.#texts = loadedTexts;
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
    this.addEventListener('episode-archive:ready', this.#onReady);
    this.#langWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.#instance = new glue.ArchiveElement(this, mount, this.#attributes());
  }

  disconnectedCallback() {
    this.#lazy?.disconnect();
    this.#lazy = null;
    this.removeEventListener('episode-archive:ready', this.#onReady);
    this.#langWatch.disconnect();
    this.#preload?.remove();
    this.#preload = null;
    // Moving the element fires disconnect then connect: rebuild cleanly.
    this.#instance?.destroy();
    this.#instance?.free();
    this.#instance = null;
    this.#firstScreen = [];
    this.#root.replaceChildren();
  }

  /** The site's own wording for the interface (message key → message), set from script. */
  get strings() {
    return this.#strings;
  }

  set strings(value) {
    this.#strings = value ?? null;
    if (this.#instance) this.#refreshTexts();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue) {
      this.#preload?.remove();
      this.#preload = null;
    }
    if (oldValue === newValue || name === 'theme') return;
    // A new language or wording is handed over once its messages are here.
    if (name === 'lang' || name === 'strings') {
      if (this.#instance) this.#refreshTexts();
    } else {
      this.#instance?.update(this.#attributes());
    }
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
      // The interface language and its messages (see #language()).
      lang: this.#texts.lang,
      timeout: this.getAttribute('timeout'),
      maxSize: this.getAttribute('max-size'),
      catalog: this.#texts.catalog,
      siteStrings: this.#texts.siteStrings,
    };
  }

  #showFailure(error) {
    console.error('episode-archive: could not start', error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    // The catalog's "crashed" message, the site's wording first.
    const said = (lines) => /(?:^|\n)crashed\t\t([^\n]*)/.exec(lines ?? '')?.[1];
    message.textContent =
      said(this.#texts.siteStrings) ??
      said(this.#texts.catalog) ??
      'The episode archive could not start. Reload the page to try again.';
    // A first screen stays: the newest episodes are still worth reading.
    if (this.#firstScreen.length) this.#root.prepend(message);
    else this.#root.replaceChildren(message);
    this.dispatchEvent(
      new CustomEvent('episode-archive:error', { bubbles: true, composed: true, detail: { url: '', reason: String(error) } }),
    );
  }
}

if (!customElements.get('episode-archive')) customElements.define('episode-archive', EpisodeArchiveElement);
