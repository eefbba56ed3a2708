import { CURRENT_SCHEMA_VERSION } from './agenda';

/**
 * One step in the history of the native format: turns a document of version
 * `from` into one of version `from + 1`. The runner sets `schemaVersion`
 * itself, so a migration only reshapes the content.
 */
export interface AgendaMigration {
  readonly from: number;
  /** A name for logs and tests, e.g. "split-venue-and-dates". */
  readonly name: string;
  /** One line: why the format changed. */
  readonly reason: string;
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Every migration ever, in order of `from`. The format is at version 1 and
 * nothing came before it, so the list is empty; the first change of the
 * format adds `{ from: 1, … }` here and a fixture of version 1 to the tests.
 */
export const AGENDA_MIGRATIONS: readonly AgendaMigration[] = [];

/** Files written before `schemaVersion` existed count as version 0. */
export const VERSIONLESS = 0;

export type MigrationOutcome =
  | { readonly status: 'current'; readonly document: unknown }
  | {
      readonly status: 'migrated';
      readonly document: Record<string, unknown>;
      readonly fromVersion: number;
      readonly applied: readonly string[];
    }
  | { readonly status: 'newer'; readonly version: number; readonly message: string }
  | { readonly status: 'refused'; readonly message: string };

/**
 * Brings a parsed `.agendum` document up to the current format.
 *
 * The result is not yet checked against the schema; the caller does that on
 * `document`. Nothing is changed in place: the input stays as it was read.
 */
export function migrateAgendaDocument(
  document: unknown,
  migrations: readonly AgendaMigration[] = AGENDA_MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  // Not an object at all: leave it to the schema, whose message says so.
  if (!isRecord(document)) return { status: 'current', document };
  const declared = document.schemaVersion;
  const version = declared === undefined ? VERSIONLESS : declared;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { status: 'refused', message: 'its format version (schemaVersion) is not a number' };
  }
  if (version > currentVersion) {
    return {
      status: 'newer',
      version,
      message:
        `it was made by a newer version of Agendum (format ${version}; this version ` +
        `reads format ${currentVersion} and older). Update Agendum to open it`,
    };
  }
  if (version === currentVersion) return { status: 'current', document };

  let migrated: Record<string, unknown> = structuredClone(document);
  const applied: string[] = [];
  for (let step = version; step < currentVersion; step += 1) {
    const migration = migrations.find((candidate) => candidate.from === step);
    if (!migration) {
      return {
        status: 'refused',
        message: `it is in format ${version}, which this version of Agendum cannot convert`,
      };
    }
    try {
      migrated = { ...migration.migrate(migrated), schemaVersion: step + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        status: 'refused',
        message: `converting it from format ${step} failed (${migration.name}: ${detail})`,
      };
    }
    applied.push(migration.name);
  }
  return { status: 'migrated', document: migrated, fromVersion: version, applied };
}

/** The list's own rules: consecutive steps from some version up to the current one. */
export function migrationListProblems(
  migrations: readonly AgendaMigration[],
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): string[] {
  const problems: string[] = [];
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && migration.from !== previous.from + 1) {
      problems.push(`${migration.name} does not follow ${previous.name}`);
    }
    if (migration.from >= currentVersion) {
      problems.push(`${migration.name} starts at or after the current format`);
    }
    if (migration.reason.trim() === '' || migration.reason.includes('\n')) {
      problems.push(`${migration.name} needs a one-line reason`);
    }
  });
  const last = migrations.at(-1);
  if (last && last.from !== currentVersion - 1) {
    problems.push(`the last migration, ${last.name}, does not reach the current format`);
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
