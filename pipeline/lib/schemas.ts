import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { usageError } from './exit-codes.ts';

const addFormats = formats.default;

/** The project's `schemas/` folder. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Arrow type hints a table schema may give a column with the `x-arrow` keyword. */
export const ARROW_HINTS = { timestamp: 'timestamp', date: 'date', dictionary: 'dictionary' } as const;
export type ArrowHint = (typeof ARROW_HINTS)[keyof typeof ARROW_HINTS];

const KEY_FIELDS = { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true };
const FOREIGN_KEYS = {
  type: 'array',
  items: {
    type: 'object', required: ['fields', 'reference'], additionalProperties: false,
    properties: {
      fields: KEY_FIELDS,
      reference: { type: 'object', required: ['table', 'fields'], additionalProperties: false, properties: { table: { type: 'string' }, fields: KEY_FIELDS } },
    },
  },
};

/** A JSON Schema as loaded from disk. */
export type JsonSchema = Record<string, unknown> & { $id: string };

/** The first schema error of a failed validation, as `path: message`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): { path: string; message: string } {
  const e = errors?.[0];
  if (!e) return { path: '/', message: 'invalid' };
  const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
  return { path: e.instancePath || '/', message: `${e.message ?? 'invalid'}${extra}` };
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(path));
    else if (entry.name.endsWith('.schema.json')) out.push(path);
  }
  return out.sort();
}

/**
 * Every schema of the project, compiled once (strict mode) before any document is read.
 * A broken schema throws a usage error (exit 1) naming the file.
 *
 * @example
 * const registry = SchemaRegistry.load();
 * const ok = registry.validator('newsprep:tables/articles')(row);
 */
export class SchemaRegistry {
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(schemas: Map<string, JsonSchema>, ajv: Ajv2020) {
    this.schemas = schemas;
    for (const id of [...schemas.keys()].sort()) {
      try {
        this.compiled.set(id, ajv.getSchema(id) ?? ajv.compile(schemas.get(id)!));
      } catch (error) {
        throw usageError(`schema ${id}: ${(error as Error).message}`);
      }
    }
  }

  /** Loads and compiles every `*.schema.json` below `dir`. */
  static load(dir: string = SCHEMA_DIR): SchemaRegistry {
    const ajv = new Ajv2020({ strict: true, allErrors: false });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-arrow', schemaType: 'string', metaSchema: { enum: Object.values(ARROW_HINTS) } });
    ajv.addKeyword({ keyword: 'x-primary-key', schemaType: 'array', metaSchema: KEY_FIELDS });
    ajv.addKeyword({ keyword: 'x-foreign-keys', schemaType: 'array', metaSchema: FOREIGN_KEYS });
    const schemas = new Map<string, JsonSchema>();
    for (const file of listJson(dir)) {
      const name = relative(dir, file);
      let schema: JsonSchema;
      try {
        schema = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
      } catch (error) {
        throw usageError(`schemas/${name}: not valid JSON (${(error as Error).message})`);
      }
      if (typeof schema.$id !== 'string') throw usageError(`schemas/${name}: missing $id`);
      if (schemas.has(schema.$id)) throw usageError(`schemas/${name}: duplicate $id ${schema.$id}`);
      try {
        ajv.addSchema(schema);
      } catch (error) {
        throw usageError(`schemas/${name}: ${(error as Error).message}`);
      }
      schemas.set(schema.$id, schema);
    }
    return new SchemaRegistry(schemas, ajv);
  }

  /** The compiled validator of a schema id. */
  validator(id: string): ValidateFunction {
    const fn = this.compiled.get(id);
    if (!fn) throw usageError(`no schema with $id ${id}`);
    return fn;
  }

  /** The raw schema of an id. */
  schema(id: string): JsonSchema {
    const s = this.schemas.get(id);
    if (!s) throw usageError(`no schema with $id ${id}`);
    return s;
  }
}
