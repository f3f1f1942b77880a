import type { Db } from './db.js';

export async function loadDemo(
  _db: Db,
): Promise<Array<{ role: string; organisation: string; apiKey: string }>> {
  return [];
}
