import { mergeAttributes, Node } from '@tiptap/core';

export type FigureAttrs = {
  src: string;
  mediaId: number | null;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: FigureAttrs) => ReturnType;
      updateFigure: (attrs: Partial<FigureAttrs>) => ReturnType;
    };
  }
}

const attr = (name: string, parse: (el: HTMLElement) => unknown = (el) => el.getAttribute(`data-${name}`) ?? '') => ({
  default: null,
  parseHTML: parse,
  renderHTML: () => ({}),
});

/**
 * A photo from the library with its alt text, caption and credit: one block the writer moves as a
 * whole. Stored as `figure` in the JSON; the server renders the public <figure> (lib/articles/rich-text.ts).
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: attr('src', (el) => el.querySelector('img')?.getAttribute('src') ?? ''),
      mediaId: attr('media-id', (el) => Number(el.getAttribute('data-media-id')) || null),
      width: attr('width', (el) => Number(el.querySelector('img')?.getAttribute('width')) || null),
      height: attr('height', (el) => Number(el.querySelector('img')?.getAttribute('height')) || null),
      alt: attr('alt', (el) => el.querySelector('img')?.getAttribute('alt') ?? ''),
      caption: attr('caption', (el) => el.getAttribute('data-caption') ?? ''),
      credit: attr('credit', (el) => el.getAttribute('data-credit') ?? ''),
    };
  },

  // Only our own figures (copied within the editor) are parsed back; pasted images are dropped.
  parseHTML() {
    return [{ tag: 'figure[data-figure]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const a = node.attrs as FigureAttrs;
    const caption = [a.caption, a.credit].filter(Boolean).join(' — ');
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        'data-figure': '',
        'data-media-id': a.mediaId ?? '',
        'data-caption': a.caption,
        'data-credit': a.credit,
        class: 'desk-figure',
      }),
      ['img', { src: a.src, alt: a.alt, width: a.width ?? undefined, height: a.height ?? undefined }],
      ['figcaption', {}, caption || 'Chưa có chú thích ảnh'],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
      updateFigure:
        (attrs) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attrs),
    };
  },
});
