import { packed } from './advert-link';
import { answer, type DecodeRequest } from './decoder';

/** What the decoder page asks its worker: to decode an advert, or to compress one for a share link. */
export type WorkerRequest = ({ task: 'decode' } & DecodeRequest) | { task: 'pack'; advert: string };

/** The worker's answer to one question: its result, or why there is none. */
export type WorkerAnswer = { id: number; result: unknown } | { id: number; error: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest & { id: number }>) => void) | null;
  postMessage(message: WorkerAnswer): void;
};
const failed = (id: number) => (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
// The id pairs each answer with its question, so a slow answer to an old advert is never drawn over a newer one. Every
// question is answered, with an error if need be, so the page never waits on one that failed.
scope.onmessage = ({ data }) => {
  if (data.task === 'decode') {
    try {
      scope.postMessage({ id: data.id, result: answer(data) });
    } catch (error) {
      failed(data.id)(error);
    }
  } else packed(data.advert).then((result) => scope.postMessage({ id: data.id, result }), failed(data.id));
};
