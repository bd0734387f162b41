/** A licence of the inputs, in the Data Package form. */
export interface DatasetLicense {
  /** Licence id (Open Definition / SPDX), e.g. `CC-BY-4.0`. */
  name?: string;
  /** Human name of the licence or of the terms. */
  title?: string;
  /** URL or path of the licence text. */
  path?: string;
}

/** A source of the inputs, in the Data Package form. */
export interface DatasetSource {
  title: string;
  path?: string;
  email?: string;
}

/**
 * What the published dataset says about itself (the config's `dataset` section, see
 * `schemas/config/dataset.schema.json`). It is written into the dataset card and
 * datapackage.json as given and changes no table, so it is not part of the config hash.
 */
export interface DatasetInfo {
  /** Machine name, the Data Package `name`. */
  name: string;
  /** Human title, the card's heading. */
  title: string;
  /** What the inputs are (Markdown), or null. */
  description: string | null;
  /** Where the dataset or its inputs are described, or null. */
  homepage: string | null;
  keywords: string[];
  /** Licences of the inputs; empty when the config gives none. */
  licenses: DatasetLicense[];
  /** Where the inputs come from; empty when the config gives none. */
  sources: DatasetSource[];
  /** How the inputs were collected, or null. */
  provenance: string | null;
}

/** The defaults: a generic title and no licence or provenance claimed. */
export const datasetDefaults: DatasetInfo = {
  name: 'newsprep-dataset', title: 'newsprep dataset', description: null, homepage: null,
  keywords: [], licenses: [], sources: [], provenance: null,
};
