/** The advert, compressed, as URL-safe base64: it goes after the #, which browsers never send to a server. */
export async function packed(text: string): Promise<string> {
  const compressed = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let binary = '';
  for (let at = 0; at < compressed.length; at += 0x8000) binary += String.fromCharCode(...compressed.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A link whose advert unpacks to more than the decoder reads. */
export class AdvertTooLong extends Error {}

/**
 * The compressed bytes a kilobyte at a time, and only as fast as they are read: a kilobyte of deflate unpacks to a
 * megabyte at most, so a link that unpacks to gigabytes (a deflate bomb) is stopped after a few pieces.
 */
const inPieces = (bytes: Uint8Array<ArrayBuffer>) => {
  let at = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, (at += 1024)));
      },
    },
    { highWaterMark: 0 },
  );
};

/**
 * The advert back from a link's fragment, read only as far as `maximum` characters: past that it throws
 * AdvertTooLong. Throws another error when the code was cut short or changed.
 */
export async function unpacked(code: string, maximum: number): Promise<string> {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  const reader = inPieces(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let piece = await reader.read(); !piece.done; piece = await reader.read()) {
    text += decoder.decode(piece.value, { stream: true });
    if (text.length > maximum) {
      void reader.cancel();
      throw new AdvertTooLong(`The advert is longer than ${maximum} characters.`);
    }
  }
  return text + decoder.decode();
}
