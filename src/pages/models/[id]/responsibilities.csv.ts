import type { APIRoute, GetStaticPaths } from 'astro';

import { entries, matrix } from '../../../knowledge/content';
import { raciCsv, raciInputs, responsibilityMatrix } from '../../../knowledge/raci';

/** Each model's responsibility matrix as a CSV file, linked from its page: the same rows the page shows. */
export const getStaticPaths = (() => entries.models.map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const model = raciInputs((props as { model: (typeof entries.models)[number] }).model.data);
  const csv = raciCsv(model.teams, responsibilityMatrix(model, matrix.activities));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
