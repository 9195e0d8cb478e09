/**
 * A minimal XML writer for the EHF documents: elements, attributes and text, escaped here and nowhere else. Pure
 * string building (no DOM, no Node API), so it runs in the server and, if ever needed, in a browser.
 *
 * Two rules of the Peppol validation shape it: an element with no text and no children is never written
 * (PEPPOL-EN16931-R008: "Document MUST not contain empty elements"), so optional facts are simply passed as
 * null/undefined/blank; and text is normalised to NFC, since a receiver comparing names byte for byte should see "ø"
 * as one code point whatever keyboard typed it.
 */

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  text: string | null;
}

type Child = XmlElement | null | undefined | false;

/** An element with children; null when every child was dropped (it would be empty). */
export function el(
  name: string,
  children: readonly Child[],
  attributes: Record<string, string> = {},
): XmlElement | null {
  const kept = children.filter((c): c is XmlElement => Boolean(c));
  return kept.length === 0 ? null : { name, attributes, children: kept, text: null };
}

/** An element with text; null when the value is null, undefined or only whitespace. */
export function text(
  name: string,
  value: string | number | null | undefined,
  attributes: Record<string, string> = {},
): XmlElement | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  return s.trim() === '' ? null : { name, attributes, children: [], text: s };
}

/**
 * XML 1.0 cannot carry C0 control characters other than tab, line feed and carriage return, nor U+FFFE/U+FFFF or lone
 * surrogates, not even as character references. They have no meaning in a name or address, so they are dropped
 * rather than making the whole document unreadable.
 */
const NOT_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(NOT_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and white space that attribute-value normalisation would otherwise flatten. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function write(node: XmlElement, indent: string, out: string[]): void {
  const attrs = Object.entries(node.attributes)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  if (node.text !== null) {
    // Carriage returns in text would be turned into line feeds by any parser; keep them as references.
    out.push(`${indent}<${node.name}${attrs}>${escapeText(node.text).replace(/\r/g, '&#13;')}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const child of node.children) write(child, `${indent}  `, out);
  out.push(`${indent}</${node.name}>`);
}

/** The document: UTF-8 declaration, the root element, two-space indentation, a final newline. */
export function serialise(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
