import type { APIRoute, GetStaticPaths } from 'astro';

import { previewPng } from '../../knowledge/preview-image';
import { previewImagePath, previews, type Preview } from '../../knowledge/previews';

export const getStaticPaths = (() =>
  previews.map((preview) => ({
    params: { image: previewImagePath(preview.path).slice('og/'.length) },
    props: { preview },
  }))) satisfies GetStaticPaths;

/** Each page's link-preview image, drawn at build time. */
export const GET: APIRoute<{ preview: Preview }> = async ({ props }) =>
  new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });
