import type { parseDocument } from 'htmlparser2';

export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

export const isElement = (node: DomNode): node is DomElement => 'attribs' in node;

/** The data of a text node; undefined for anything else (comments and directives carry data too). */
export const textData = (node: DomNode): string | undefined =>
  (node.type as string) === 'text' && 'data' in node ? node.data : undefined;
