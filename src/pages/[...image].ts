import type { APIRoute, GetStaticPaths } from 'astro';

import { previewPng, previewsDrawnAhead } from '../knowledge/preview-image';
import { previewImagePath, previews, type Preview } from '../knowledge/previews';

// A rest route at the root comes after the guide's entry pages in Astro's order, so a build draws the cards while those
// render and serves them at the end (src/knowledge/preview-image.ts). The dev server draws a card when asked for one.
const card = import.meta.env.DEV ? previewPng : previewsDrawnAhead(previews);

export const getStaticPaths = (() =>
  previews.map((preview) => ({
    params: { image: previewImagePath(preview.path) },
    props: { preview },
  }))) satisfies GetStaticPaths;

/** Each page's link-preview image, such as /og/roles/devops.png. */
export const GET: APIRoute<{ preview: Preview }> = async ({ props }) =>
  new Response(await card(props.preview), { headers: { 'Content-Type': 'image/png' } });
