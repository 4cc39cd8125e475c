import { packed } from './advert-link';
import { answer, type DecodeRequest } from './decoder';

/** What the decoder page asks its worker: to decode an advert, or to compress one for a share link. */
export type WorkerRequest = ({ task: 'decode' } & DecodeRequest) | { task: 'pack'; advert: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest & { id: number }>) => void) | null;
  postMessage(message: { id: number; result: unknown }): void;
};
// The id pairs each answer with its question, so a slow answer to an old advert is never drawn over a newer one.
scope.onmessage = ({ data }) => {
  if (data.task === 'decode') scope.postMessage({ id: data.id, result: answer(data) });
  else void packed(data.advert).then((result) => scope.postMessage({ id: data.id, result }));
};
