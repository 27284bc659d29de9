// Types for episode-archive.js: the <episode-archive> element, its
// attributes and its events. Importing the module defines the element; it
// exports nothing else.
//
//   import 'episode-archive';
//   const archive = document.querySelector('episode-archive');
//   archive?.addEventListener('episode-archive:search', (e) => console.log(e.detail.query));

/** The element's attributes (all strings in HTML; the values it understands). */
export interface EpisodeArchiveAttributes {
  /** The manifest's URL, relative to the page. */
  src: string;
  /** Categories chosen at start, comma-separated. */
  categories?: string;
  /** Keyword typed at start. */
  query?: string;
  /** `auto` (default) follows the reader's colour scheme. */
  theme?: 'auto' | 'light' | 'dark';
  /** The interface's language (BCP 47), as `lang` does for any element; without it, the nearest ancestor's. */
  lang?: string;
  /** A JSON file (URL relative to the page) of the site's own wording: message key → message. */
  strings?: string;
  /** Episodes shown before "Show more"; `"0"` shows all. Default `"20"`. */
  'page-size'?: `${number}`;
  /** `"off"`, or the prefix the view is kept under in the page URL (default `ea`). */
  'url-state'?: string;
  /** Seconds a fetch may take. Default `"15"`. */
  timeout?: `${number}`;
  /** Megabytes above which a manifest or post is refused. Default `"20"`. */
  'max-size'?: `${number}`;
  /** `lazy`: fetch and start nothing until the element comes near the viewport. Default `eager`. */
  loading?: 'eager' | 'lazy';
}

/** `episode-archive:ready`: the manifest loaded. */
export interface ReadyDetail {
  title: string;
  episodes: number;
  /** Episodes left out because they could not be read. */
  skipped: number;
  /** The manifest's `language` (empty when it has none). */
  language: string;
}

/** `episode-archive:search`: the keyword changed. */
export interface SearchDetail {
  query: string;
  count: number;
}

/** `episode-archive:filter`: the chosen categories changed. */
export interface FilterDetail {
  categories: string[];
  count: number;
}

/** `episode-archive:expand`: a post was opened. */
export interface ExpandDetail {
  id: string;
}

/** `episode-archive:play`: an episode's audio started. */
export interface PlayDetail {
  id: string;
}

/** `episode-archive:error`: the manifest could not be loaded or read, or the widget could not start. */
export interface ErrorDetail {
  /** The URL that failed (empty when the widget itself could not start). */
  url: string;
  reason: string;
}

/** Every event the element dispatches (they bubble and cross shadow roots). */
export interface EpisodeArchiveEvents {
  'episode-archive:ready': CustomEvent<ReadyDetail>;
  'episode-archive:search': CustomEvent<SearchDetail>;
  'episode-archive:filter': CustomEvent<FilterDetail>;
  'episode-archive:expand': CustomEvent<ExpandDetail>;
  'episode-archive:play': CustomEvent<PlayDetail>;
  'episode-archive:error': CustomEvent<ErrorDetail>;
}

/** The element's events with those of any HTML element. */
export interface EpisodeArchiveEventMap extends HTMLElementEventMap, EpisodeArchiveEvents {}

/**
 * A message: text with `{placeholders}`, or one text per plural category
 * (`{ one: "{count} Folge", other: "{count} Folgen" }`). Keys and
 * placeholders are listed in locales/en.json.
 */
export type EpisodeArchiveMessage = string | Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>>;

/** The `<episode-archive>` element: set its attributes; `strings` is its one property. */
export interface EpisodeArchiveElement extends HTMLElement {
  /** The site's own wording, over the interface language's (and the `strings` file's): message key → message. */
  strings: Record<string, EpisodeArchiveMessage> | null;
  getAttribute<K extends keyof EpisodeArchiveAttributes>(name: K): string | null;
  getAttribute(name: string): string | null;
  setAttribute<K extends keyof EpisodeArchiveAttributes>(name: K, value: NonNullable<EpisodeArchiveAttributes[K]>): void;
  /** Any other attribute (`id`, `class`, `aria-*` …). */
  setAttribute<N extends string>(name: N extends keyof EpisodeArchiveAttributes ? never : N, value: string): void;
  addEventListener<K extends keyof EpisodeArchiveEventMap>(
    type: K,
    listener: (this: EpisodeArchiveElement, event: EpisodeArchiveEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof EpisodeArchiveEventMap>(
    type: K,
    listener: (this: EpisodeArchiveElement, event: EpisodeArchiveEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'episode-archive': EpisodeArchiveElement;
  }
  /** The events bubble to the document. */
  interface DocumentEventMap extends EpisodeArchiveEvents {}
}
