/** A tag Starlight writes into a page's head: its content is written as HTML, unescaped. */
interface HeadTag {
  tag: string;
  attrs?: Record<string, string | boolean | undefined> | undefined;
  content?: string | undefined;
}

const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The head with its title written as text. Starlight puts a page's title into `<title>` as HTML, so a title holding
 * `</title><script>` would close the element and add a script; the schemas refuse such a title, and this holds even
 * for one that reaches the head some other way.
 */
export function withTitleAsText<Tag extends HeadTag>(head: Tag[]): Tag[] {
  return head.map((tag) => (tag.tag === 'title' && tag.content !== undefined ? { ...tag, content: asHtmlText(tag.content) } : tag));
}
