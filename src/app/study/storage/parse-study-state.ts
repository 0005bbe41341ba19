import { migrateStoredData, studyStateMigrations, type Migration, type VersionedData } from './migrations';
import { studyStateSchema, type StudyState } from './study-state';
import { studyStateVersion } from './study-state-defaults';

/** Why stored (or imported) study data cannot be used. */
export type UnreadableReason = 'corrupt' | 'foreign' | 'newer';

export type ParseStudyStateResult =
  { ok: true; state: StudyState; migrated: boolean } | { ok: false; reason: UnreadableReason };

/**
 * Reads study data from its JSON text: parses it, migrates an older version, then validates it
 * against the current schema. Never throws.
 */
export function parseStudyState(
  text: string,
  migrations: readonly Migration[] = studyStateMigrations,
): ParseStudyStateResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isVersioned(data)) return { ok: false, reason: 'foreign' };
  if (data.version > studyStateVersion) return { ok: false, reason: 'newer' };

  let migrated: VersionedData | undefined;
  try {
    migrated = migrateStoredData(data, studyStateVersion, migrations);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  // No migration path from this version: treat it like data that is not ours.
  if (!migrated) return { ok: false, reason: 'foreign' };
  const result = studyStateSchema.safeParse(migrated);
  if (!result.success) return { ok: false, reason: 'corrupt' };
  return { ok: true, state: result.data, migrated: data.version !== studyStateVersion };
}

function isVersioned(data: unknown): data is VersionedData {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Number.isInteger((data as { version?: unknown }).version) &&
    (data as { version: number }).version >= 0
  );
}
