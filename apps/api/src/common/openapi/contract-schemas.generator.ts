import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';

/** Where the generated schemas are checked in (a test fails when it is stale). */
export const CONTRACT_SCHEMAS_FILE = join(__dirname, 'contract-schemas.generated.ts');

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

/** The text of contract-schemas.generated.ts: every exported type of libs/contracts as an OpenAPI schema. */
export async function generateContractSchemas(): Promise<string> {
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
  const schemas: JsonObject = {};
  for (const name of Object.keys(definitions).sort()) {
    const definition = definitions[name];
    // Functions (errorCodeOf, isValidBusinessId, …) are shared code, not shapes on the wire.
    if (!isObject(definition) || typeof definition['$comment'] === 'string') continue;
    schemas[componentName(name)] = toOpenApi(definition);
  }
  const names = Object.keys(schemas);
  const text = [
    '// Generated from libs/contracts by contract-schemas.generator.ts: do not edit. To refresh it:',
    '// UPDATE_CONTRACT_SCHEMAS=true npx jest -c apps/api/jest.config.cts contract-schemas',
    "import type { SchemaObject } from '@nestjs/swagger';",
    '',
    `export type ContractSchemaName = ${names.map((n) => `'${n}'`).join(' | ')};`,
    '',
    `export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject> = ${JSON.stringify(schemas)};`,
    '',
  ].join('\n');
  const options = await resolveConfig(CONTRACT_SCHEMAS_FILE);
  return format(text, { ...options, parser: 'typescript' });
}
