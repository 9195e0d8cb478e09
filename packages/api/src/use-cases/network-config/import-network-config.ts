import type { EntityManager } from '@bn/db';
import {
  NETWORK_CONFIG_SECTIONS,
  NetworkConfigRejected,
  parseNetworkConfig,
  type NetworkConfig,
  type NetworkConfigSection,
  type SessionUser,
} from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { byText, exportNetworkConfig } from './export-network-config.js';
import { WRITERS, type SectionWriter, type WriteContext } from './network-config-writers.js';

export interface ImportNetworkConfigOptions {
  em: EntityManager;
  /** The document as parsed from JSON; validated here. */
  document: unknown;
  /** Who imports, for the audit log; null for the command line and the demo seed ("system"). */
  actor?: Pick<SessionUser, 'id' | 'name'> | null;
  /** Called as objects are written: (objects done, objects in the document). Reaches (total, total) at the end. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportNetworkConfigResult {
  counts: Record<NetworkConfigSection, SectionCounts>;
  /** Rows created or updated, which is also the number of audit entries written. */
  changed: number;
}

/** Rows written per flush: progress moves between flushes, and a large file is not held as one huge statement. */
const CHUNK = 200;

/**
 * Imports a network configuration document (docs/network-config.md): validates it together with what the database
 * holds, then creates or updates every object by its id in ONE transaction, in dependency order. All or nothing; a
 * second import of the same document changes nothing and writes no audit entries. Nothing absent from the document
 * is deleted. A rejected document is NetworkConfigRejected, whose `issues` name each path and reason (in Bokmål, for the command line).
 */
export async function importNetworkConfig({
  em,
  document,
  actor = null,
  onProgress,
  now = new Date(),
}: ImportNetworkConfigOptions): Promise<ImportNetworkConfigResult> {
  return configTransaction(
    em,
    async (tx) => {
      const existing = await exportNetworkConfig({ em: tx });
      const parsed = parseNetworkConfig(document, { existing });
      if (!parsed.success) {
        throw new NetworkConfigRejected(parsed.issues);
      }
      const doc = normalise(parsed.data);
      const total = NETWORK_CONFIG_SECTIONS.reduce((n, s) => n + doc[s].length, 0);
      const ctx: WriteContext = { em: tx, now, clinicOf: clinicsAfterImport(existing, doc) };
      const counts = {} as Record<NetworkConfigSection, SectionCounts>;
      let done = 0;
      let changed = 0;
      onProgress?.(0, total);
      for (const section of NETWORK_CONFIG_SECTIONS) {
        const writer = WRITERS[section] as unknown as SectionWriter<NetworkConfigSection>;
        const stored = new Map<string, object>(existing[section].map((row) => [row.id, row]));
        const rows: NetworkConfig[NetworkConfigSection][number][] = doc[section];
        counts[section] = { created: 0, updated: 0, unchanged: 0 };
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          const toUpdate = chunk
            .filter((row) => stored.has(row.id) && !same(stored.get(row.id), row))
            .map((row) => row.id);
          const loaded = new Map((toUpdate.length ? await writer.load(toUpdate, ctx) : []).map((e) => [e.id, e]));
          for (const row of chunk) {
            const before = stored.get(row.id) as typeof row | undefined;
            if (before && same(before, row)) {
              counts[section].unchanged++;
              continue;
            }
            writer.write(row, loaded.get(row.id), before, ctx);
            recordChange(tx, actor, {
              clinicId: writer.clinicId(row, ctx),
              entity: writer.entity,
              entityId: row.id,
              action: 'import',
              before: before ?? null,
              after: row,
            });
            counts[section][before ? 'updated' : 'created']++;
            changed++;
          }
          await tx.flush();
          done += chunk.length;
          onProgress?.(done, total);
        }
      }
      return { counts, changed };
    },
    () => now,
  );
}

/** Sets are compared as sets: a user's clinics and a rule's tariffs in any order are the same. */
function normalise(doc: NetworkConfig): NetworkConfig {
  return {
    ...doc,
    users: doc.users.map((u) => ({ ...u, clinicIds: [...new Set(u.clinicIds)].sort(byText) })),
    rules: doc.rules.map((r) => ({ ...r, tariffIds: [...r.tariffIds].sort(byText) })),
  };
}

/** Equal as JSON values, whatever the order of the keys. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => byText(a, b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function clinicsAfterImport(existing: NetworkConfig, doc: NetworkConfig): WriteContext['clinicOf'] {
  const map = (rows: { id: string; clinicId: string }[][]) => new Map(rows.flat().map((r) => [r.id, r.clinicId]));
  return {
    practitioners: map([existing.practitioners, doc.practitioners]),
    books: map([existing.books, doc.books]),
    types: map([existing.types, doc.types]),
  };
}
