import { readFileSync } from 'node:fs';

/** Version of the published table schemas; bump on any change of a column's name or meaning. */
export const SCHEMA_VERSION = '1.0.0';

/** Version of the dataset layout (files and their formats). */
export const DATASET_VERSION = '1';

/** The package version, from package.json. */
export const PIPELINE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
