// An archive of 60 categories (120 episodes, two categories each): what a
// long-running show's category list looks like. Served by a route in the
// first-screen tests and in bench/first-screen.mjs.

/** The archive as a JSON-ready object. */
export function sixtyCategories() {
  const names = Array.from({ length: 60 }, (_, i) => `Category number ${i + 1}`);
  const episodes = Array.from({ length: 120 }, (_, i) => ({
    id: `ep-${i}`,
    title: `Episode ${i + 1}: a title long enough to wrap on a phone`,
    date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
    categories: [names[i % 60], names[(i * 7 + 3) % 60]],
    summary: 'A summary of this episode, two lines or so on a narrow screen.',
  }));
  return { version: 1, title: 'Sixty Categories', description: 'A show with very many categories.', language: 'en', episodes };
}
