// The path stays with the page while the reader moves within it: a click in "On this page" or on a heading link
// replaces the #path-… anchor, so each history entry of the page records the path it belongs to (or none), where Back
// and a reload find it again.
const tops = [...document.querySelectorAll<HTMLElement>('.path-top')];
const feet = [...document.querySelectorAll<HTMLElement>('.path-foot')];
type Entry = { readingPath?: string | null } | null;

/** The path the address names with its #path-… anchor, if any. */
const named = () => tops.findIndex((banner) => `#${banner.id}` === location.hash);
/** The path this history entry recorded: null for none, undefined for an entry the page has not seen yet. */
const recorded = () => {
  const entry = history.state as Entry;
  return entry && 'readingPath' in entry ? tops.findIndex((banner) => banner.id === entry.readingPath) : undefined;
};

let active = named() >= 0 ? named() : (recorded() ?? -1);
const record = () => history.replaceState({ ...(history.state as object | null), readingPath: tops[active]?.id ?? null }, '');
// The k-th foot banner belongs to the k-th top one; only the path the reader came by shows.
const show = () => [tops, feet].forEach((banners) => banners.forEach((banner, i) => (banner.hidden = i !== active)));

// A new entry (a click within the page) keeps the path it was made from; an entry seen before has its own.
const follow = () => {
  active = named() >= 0 ? named() : (recorded() ?? active);
  record();
  show();
};
record();
show();
addEventListener('popstate', follow);
addEventListener('hashchange', follow);
