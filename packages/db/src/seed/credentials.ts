// The demo sign-ins, written to <data dir>/demo-credentials.json for people and browser tests to read.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Role } from '@bn/domain';

export interface DemoCredentials {
  /**
   * `totpSecret`: the roles that read patient data come enrolled with a second factor; add the secret (base32) to an
   * authenticator app, or compute the code from it (the browser tests do).
   */
  users: { email: string; password: string; role: Role; totpSecret?: string }[];
  apiKeys: { insurer: string; key: string }[];
}

export function credentialsPath(dataDir: string): string {
  return path.join(dataDir, 'demo-credentials.json');
}

export async function readCredentials(dataDir: string): Promise<DemoCredentials | undefined> {
  try {
    return JSON.parse(await readFile(credentialsPath(dataDir), 'utf8')) as DemoCredentials;
  } catch {
    return undefined;
  }
}

export async function writeCredentials(dataDir: string, credentials: DemoCredentials): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(credentialsPath(dataDir), JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
}
