// The path stays with the page while the reader moves within it: a click in "On this page" or on a heading link
// replaces the #path-… anchor, so the page remembers the path in its history entry, where Back and a reload find it.
const tops = [...document.querySelectorAll<HTMLElement>('.path-top')];
const feet = [...document.querySelectorAll<HTMLElement>('.path-foot')];
const named = () => tops.findIndex((banner) => `#${banner.id}` === location.hash);
const remembered = () => tops.findIndex((banner) => banner.id === (history.state as { readingPath?: string } | null)?.readingPath);
const remember = (index: number) => {
  if (index >= 0) history.replaceState({ ...(history.state as object | null), readingPath: tops[index]!.id }, '');
};
// The k-th foot banner belongs to the k-th top one; only the path the reader came by shows.
const show = (index: number) => [tops, feet].forEach((banners) => banners.forEach((banner, i) => (banner.hidden = i !== index)));
const arrived = () => (named() >= 0 ? named() : remembered());

let active = arrived();
remember(active);
show(active);
addEventListener('hashchange', () => {
  if (named() >= 0) active = named();
  remember(active);
  show(active);
});
addEventListener('popstate', () => {
  active = arrived();
  show(active);
});
