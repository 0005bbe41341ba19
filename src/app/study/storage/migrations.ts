/** Stored data as read back: a JSON object with a numeric `version`. */
export type VersionedData = { version: number } & Record<string, unknown>;

/** Turns stored data of version `from` into data of version `from + 1`. */
export interface Migration {
  from: number;
  migrate(data: VersionedData): VersionedData;
}

/**
 * The upgrades of older stored data, one per version step. Version 1 is the first shape, so the
 * list is empty; when `studyStateVersion` becomes 2, add `{ from: 1, migrate }` here.
 */
export const studyStateMigrations: readonly Migration[] = [];

/**
 * Applies the migrations from `data.version` up to `targetVersion`. Returns undefined when a step
 * is missing (data too old to read).
 */
export function migrateStoredData(
  data: VersionedData,
  targetVersion: number,
  migrations: readonly Migration[],
): VersionedData | undefined {
  let current = data;
  while (current.version < targetVersion) {
    const step = migrations.find((migration) => migration.from === current.version);
    if (!step) return undefined;
    current = { ...step.migrate(current), version: current.version + 1 };
  }
  return current;
}
