/** The advert, compressed, as URL-safe base64: it goes after the #, which browsers never send to a server. */
export async function packed(text: string): Promise<string> {
  const compressed = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let binary = '';
  for (let at = 0; at < compressed.length; at += 0x8000) binary += String.fromCharCode(...compressed.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The advert back from a link's fragment; throws when the code was cut short or changed. */
export async function unpacked(code: string): Promise<string> {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
}
