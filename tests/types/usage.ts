// How a site's TypeScript uses the package's types: checked by
// `tsc --noEmit -p tests/types` (scripts/test.sh, step "types"). Lines
// marked @ts-expect-error must stay errors: the types refuse what the
// element does not understand.
import type { EpisodeArchiveElement, SearchDetail } from '../../loader/episode-archive';

const archive: EpisodeArchiveElement | null = document.querySelector('episode-archive');
if (archive) {
  archive.setAttribute('src', '/podcast/archive.json');
  archive.setAttribute('loading', 'lazy');
  archive.setAttribute('page-size', '10');
  archive.setAttribute('theme', 'dark');
  archive.setAttribute('id', 'our-archive');
  archive.setAttribute('lang', 'de');
  archive.setAttribute('strings', '/podcast/wording.json');
  archive.strings = { read_full_post: 'Weiterlesen', episode_count: { one: '{count} Folge', other: '{count} Folgen' } };
  // @ts-expect-error: a plural form is named by its CLDR category
  archive.strings = { episode_count: { several: '{count} Folgen' } };
  // @ts-expect-error: themes are auto, light or dark
  archive.setAttribute('theme', 'sepia');
  // @ts-expect-error: loading is eager or lazy
  archive.setAttribute('loading', 'soon');

  archive.addEventListener('episode-archive:ready', (e) => {
    const total: number = e.detail.episodes + e.detail.skipped;
    const language: string = e.detail.language;
    console.log(language);
    console.log(e.detail.title, total);
  });
  archive.addEventListener('episode-archive:filter', (e) => {
    const chosen: string[] = e.detail.categories;
    console.log(chosen.join(', '), e.detail.count);
  });
  archive.addEventListener('episode-archive:error', (e) => {
    // @ts-expect-error: an error's detail has no status
    console.log(e.detail.status);
  });
}

// Events bubble to the document with their detail typed.
document.addEventListener('episode-archive:search', (e) => {
  const detail: SearchDetail = e.detail;
  console.log(detail.query, detail.count);
});
document.addEventListener('episode-archive:play', (e) => console.log(e.detail.id));

// The element is known by its tag.
const created = document.createElement('episode-archive');
created.setAttribute('src', 'archive.json');
const sameType: EpisodeArchiveElement = created;
console.log(sameType.tagName);
