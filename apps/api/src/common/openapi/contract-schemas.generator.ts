import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';

/** Where the generated schemas are checked in, one JSON file per file of libs/contracts (a test keeps them current). */
export const CONTRACT_SCHEMAS_DIR = join(__dirname, 'contract-schemas');

const CONTRACTS = join(__dirname, '../../../../../libs/contracts');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// OpenAPI 3.0 component names allow no angle brackets.
const componentName = (definition: string): string => definition.replace(/<(.*)>/, '_$1');

/**
 * JSON Schema (draft 7, as the generator writes it) to the OpenAPI 3.0 dialect the document is in: `nullable`
 * instead of a `null` type, `enum` instead of `const`, component references, no `$comment`.
 */
function toOpenApi(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$comment') continue;
    if (key === '$ref' && typeof value === 'string') {
      out[key] = `#/components/schemas/${componentName(value.replace('#/definitions/', ''))}`;
    } else if (key === 'const') out['enum'] = [value];
    else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      out['type'] = types.length === 1 ? types[0] : types;
      if (types.length < value.length) out['nullable'] = true;
    } else if (key === 'anyOf' && Array.isArray(value)) {
      const options = value.filter((option) => !(isObject(option) && option['type'] === 'null'));
      if (options.length < value.length) out['nullable'] = true;
      if (options.length === 1 && out['nullable']) out['allOf'] = options.map(toOpenApi);
      else out['anyOf'] = options.map(toOpenApi);
    } else out[key] = toOpenApi(value);
  }
  return out;
}

/** Which file of libs/contracts declares each exported name (`ListResponse_X` belongs where `ListResponse` is). */
function areasOfNames(): Map<string, string> {
  const areas = new Map<string, string>();
  const dir = join(CONTRACTS, 'src/lib');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of text.matchAll(
      /^export (?:declare )?(?:interface|type|const|enum|class) (\w+)/gm,
    )) {
      areas.set(name, basename(file, '.ts'));
    }
  }
  return areas;
}

/**
 * Every exported type of libs/contracts as an OpenAPI schema, grouped by the contracts file that declares it:
 * file name (`accounts.json`) → its JSON text.
 */
export async function generateContractSchemas(): Promise<Map<string, string>> {
  const schema = createGenerator({
    path: join(CONTRACTS, 'src/lib/*.ts'),
    tsconfig: join(CONTRACTS, 'tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'basic',
    skipTypeCheck: true,
  }).createSchema('*');
  const definitions = (schema.definitions ?? {}) as JsonObject;
  const areaOf = areasOfNames();
  const byArea = new Map<string, JsonObject>();
  for (const name of Object.keys(definitions).sort()) {
    const definition = definitions[name];
    // Functions (errorCodeOf, isValidBusinessId, …) are shared code, not shapes on the wire.
    if (!isObject(definition) || typeof definition['$comment'] === 'string') continue;
    const area = areaOf.get(name.replace(/<.*$/, ''));
    if (!area) throw new Error(`No file of libs/contracts declares ${name}`);
    const schemas = byArea.get(area) ?? {};
    schemas[componentName(name)] = toOpenApi(definition);
    byArea.set(area, schemas);
  }
  const options = { ...(await resolveConfig(join(CONTRACT_SCHEMAS_DIR, 'x.json'))), parser: 'json' };
  const files = new Map<string, string>();
  for (const [area, schemas] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    files.set(`${area}.json`, await format(JSON.stringify(schemas), options));
  }
  return files;
}
