import { answer, type DecodeAnswer, type DecodeRequest } from './decoder';

// Scoring a megabyte takes longer than a frame: it runs here, off the page's main thread.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<DecodeRequest & { id: number }>) => void) | null;
  postMessage(answer: DecodeAnswer & { id: number }): void;
};
// The id pairs each answer with its question, so a slow answer to an old advert is never drawn over a newer one.
scope.onmessage = (event) => scope.postMessage({ ...answer(event.data), id: event.data.id });
