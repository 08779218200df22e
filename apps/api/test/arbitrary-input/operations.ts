import { TestApp } from '../setup/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One operation of the OpenAPI document the app publishes, with what a caller can put in its path, query and body. */
export interface Operation {
  method: Method;
  /** As the document spells it: `/api/courses/{id}/versions/{version}`. */
  template: string;
  pathParams: { name: string; integer: boolean }[];
  queryParams: string[];
  /** The fields of its JSON body; undefined when it takes none (or a file). */
  bodyFields?: string[];
}

interface Parameter {
  in: string;
  name: string;
  schema?: { type?: string };
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
    >
  >;
  components: { schemas: Record<string, Schema> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

/** Every operation of `/api/docs-json`, so a route added later is covered without a line here. */
export async function readOperations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = op.parameters ?? [];
      const json = op.requestBody?.content['application/json'];
      return {
        method: method as Method,
        template,
        pathParams: params
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, integer: ['number', 'integer'].includes(p.schema?.type ?? '') })),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: json ? Object.keys(resolve(json.schema).properties ?? {}) : undefined,
      };
    }),
  );
}

/** Whether a concrete path (`/api/courses/1b…/versions/2`) is one of a template's. */
export function matchesTemplate(template: string, path: string): boolean {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${pattern}$`).test(path.split('?')[0]);
}

/** `path` (a concrete one of `template`) with the parameter `name` replaced by text already percent-encoded. */
export function withPathParam(template: string, path: string, name: string, wire: string): string {
  const [bare, query] = path.split('?');
  const names = template.split('/');
  const parts = bare.split('/');
  if (names.length !== parts.length) throw new Error(`${path} is not a path of ${template}`);
  const at = names.indexOf(`{${name}}`);
  parts[at] = wire;
  return query === undefined ? parts.join('/') : `${parts.join('/')}?${query}`;
}
