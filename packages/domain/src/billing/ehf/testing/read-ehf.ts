// Reads an EHF document back the way a receiver does — a real XML parser, XPath with the UBL namespaces — so the
// tests assert what the Peppol rules check, on the parsed document rather than on the strings we wrote.
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

const NAMESPACES = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cn: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export interface EhfReader {
  root: { localName: string; namespace: string | null };
  /** The text of every node the expression selects (elements: their text content; attributes: their value). */
  all(expression: string): string[];
  /** The one node's text; throws unless exactly one node is selected. */
  one(expression: string): string;
  count(expression: string): number;
  /** An XPath 1.0 boolean. */
  test(expression: string): boolean;
  /** The local names of an element's children, in document order. */
  childNames(expression: string): string[];
}

interface DomNode {
  localName?: string;
  namespaceURI?: string | null;
  textContent?: string | null;
  nodeValue?: string | null;
  nodeType: number;
  childNodes?: ArrayLike<DomNode>;
}

/** Amounts as øre, exactly: "1182.99" → 118299 (no floating point sums in the assertions). */
export function decimalToOre(value: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(value);
  if (!m) throw new Error(`Not an amount with two decimals: ${value}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

export function readEhf(xml: string): EhfReader {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
    xml,
    'text/xml',
  );
  if (problems.length > 0) throw new Error(`Not well-formed XML:\n${problems.join('\n')}`);
  const select = xpath.useNamespaces(NAMESPACES);
  const nodes = (expression: string) => select(expression, doc as never) as unknown as DomNode[];
  const textOf = (n: DomNode) => (n.nodeType === 2 ? (n.nodeValue ?? '') : (n.textContent ?? ''));
  const element = doc.documentElement as unknown as DomNode;
  return {
    root: { localName: element.localName ?? '', namespace: element.namespaceURI ?? null },
    all: (expression) => nodes(expression).map(textOf),
    one(expression) {
      const found = nodes(expression);
      if (found.length !== 1) throw new Error(`${expression}: ${found.length} nodes, expected 1`);
      return textOf(found[0]!);
    },
    count: (expression) => nodes(expression).length,
    test: (expression) => select(`boolean(${expression})`, doc as never) as unknown as boolean,
    childNames(expression) {
      const [parent] = nodes(expression);
      if (!parent) throw new Error(`${expression}: no such element`);
      return Array.from(parent.childNodes ?? [])
        .filter((c) => c.nodeType === 1)
        .map((c) => c.localName ?? '');
    },
  };
}
