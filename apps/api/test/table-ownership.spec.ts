import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Each module owns its tables (ADR 0006): only its own files write them, and other modules read them only in the
 * reports module's queries or in the few places listed below. A module's tables are those of the entities in its
 * folder. The check reads every SQL text in the API's source (string and template literals) and every import.
 */
const SRC = join(__dirname, '..', 'src');

/**
 * The tables other modules may read outside the reports module, each on purpose, with the modules that read it.
 * Each is the academy's spine that a set-based query joins (who is enrolled where, in which version, trained by whom,
 * named how); none is ever written from outside. A read not listed fails the test, and so does a listed reader that no
 * longer reads. Everything else (drafts, submissions, cases, notifications, tokens, audit) is read by its owner only.
 */
const SHARED_READS: Record<string, { why: string; readers: string[] }> = {
  users: {
    why: 'names, roles and organisation of the people a row is about (never the password or the tokens)',
    readers: [
      'assessments',
      'assignments',
      'audit',
      'calls',
      'cases',
      'certificates',
      'cohorts',
      'courses',
      'developer-groups',
      'enrollments',
      'groups',
      'notifications',
      'organizations',
      'procurements',
    ],
  },
  organizations: {
    why: 'the team a participant belongs to, and its name',
    readers: [
      'assessments',
      'assignments',
      'calls',
      'cases',
      'cohorts',
      'developer-groups',
      'enrollments',
      'groups',
      'procurements',
    ],
  },
  enrollments: {
    why: 'who takes part in which cohort: every rule about a participant starts here',
    readers: [
      'assessments',
      'assignments',
      'audit',
      'certificates',
      'cohorts',
      'groups',
      'notifications',
      'progress',
    ],
  },
  cohorts: {
    why: 'the cohort an enrolment is in: its version, dates and name',
    readers: [
      'assessments',
      'assignments',
      'audit',
      'calls',
      'certificates',
      'enrollments',
      'groups',
      'notifications',
      'progress',
    ],
  },
  cohort_trainers: {
    why: 'who trains a cohort, for the rule that a trainer sees their own cohorts only',
    readers: ['assessments', 'assignments', 'enrollments', 'groups', 'progress'],
  },
  module_releases: {
    why: 'when a module opens in a cohort (locked activities, reminders)',
    readers: ['assessments', 'enrollments', 'groups', 'notifications', 'progress'],
  },
  course_versions: {
    why: 'the frozen course a cohort runs: title and required count',
    readers: ['certificates', 'cohorts', 'enrollments', 'groups', 'notifications', 'progress'],
  },
  version_modules: {
    why: 'the frozen modules of a version (releases, reminders, the participant view)',
    readers: ['cohorts', 'enrollments', 'groups', 'notifications'],
  },
  version_activities: {
    why: 'the frozen activities of a version: what a progress row, an assignment or an assessment is about',
    readers: ['assessments', 'assignments', 'cohorts', 'enrollments', 'notifications', 'progress'],
  },
  progress: {
    why: 'whether the assignment or assessment activity is already completed',
    readers: ['assessments', 'assignments'],
  },
  courses: {
    why: 'the course title an audit event names',
    readers: ['audit'],
  },
  assessment_answers: {
    why: 'whether a participant has answered the follow-up a year on, so its reminder asks only those who have not',
    readers: ['notifications'],
  },
};

type Use = { file: string; module: string; table: string; write: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.(ts|sql)$/.test(entry.name) && !/\.(spec|int-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The module a file belongs to: its first folder under src. */
function moduleOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0] : 'app';
}

function literals(file: string): string[] {
  if (file.endsWith('.sql')) return [readFileSync(file, 'utf8')];
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      // `${…}` parts become a placeholder, so that "FROM ${table}" never reads as a table name.
      texts.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const files = sourceFiles(SRC);
const owners = new Map<string, string>(); // table → module
for (const file of files.filter((f) => f.endsWith('.entity.ts'))) {
  const table = /@Entity\('(\w+)'\)/.exec(readFileSync(file, 'utf8'))?.[1];
  if (table) owners.set(table, moduleOf(file));
}

const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?(\w+)"?/gi;
const READ = /\b(?:FROM|JOIN)\s+"?(\w+)"?/gi;

function uses(): Use[] {
  const found: Use[] = [];
  for (const file of files.filter(
    (f) => !f.endsWith('.entity.ts') && !f.endsWith(`database${sep}entities.ts`),
  )) {
    const module = moduleOf(file);
    for (const text of literals(file)) {
      const writes = new Set([...text.matchAll(WRITE)].map((m) => m[1]).filter((t) => owners.has(t)));
      for (const table of writes) found.push({ file: relative(SRC, file), module, table, write: true });
      for (const [, table] of text.matchAll(READ)) {
        if (owners.has(table) && !writes.has(table))
          found.push({ file: relative(SRC, file), module, table, write: false });
      }
    }
  }
  return found;
}

describe('each module keeps to its own tables', () => {
  const all = uses();
  const foreign = all.filter((u) => owners.get(u.table) !== u.module);

  it('knows every table from its entity, and finds SQL to check', () => {
    expect(owners.size).toBeGreaterThanOrEqual(28);
    expect(all.length).toBeGreaterThan(100);
  });

  it('never writes another module’s table', () => {
    const writes = foreign
      .filter((u) => u.write)
      .map((u) => `${u.file} writes ${u.table} (${owners.get(u.table)})`);
    expect([...new Set(writes)]).toEqual([]);
  });

  it('reads another module’s tables only in reports or where listed', () => {
    const reads = new Set(
      foreign.filter((u) => !u.write && u.module !== 'reports').map((u) => `${u.module}: ${u.table}`),
    );
    const listed = Object.entries(SHARED_READS).flatMap(([table, { readers }]) =>
      readers.map((m) => `${m}: ${table}`),
    );
    expect([...reads].filter((r) => !listed.includes(r)).sort()).toEqual([]);
    expect(listed.filter((r) => !reads.has(r))).toEqual([]);
  });

  it('never imports another module’s entities (their repositories are the owner’s)', () => {
    const crossImports = files
      .filter((f) => !f.endsWith('.entity.ts') && !f.endsWith(`database${sep}entities.ts`))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*\.entity)'/g)]
          .map((m) => join(file, '..', m[1]))
          .filter((target) => moduleOf(`${target}.ts`) !== moduleOf(file))
          .map((target) => `${relative(SRC, file)} imports ${relative(SRC, target)}`),
      );
    expect(crossImports).toEqual([]);
  });
});
