// Names shared by the add-in (src/) and the local runtime (local/): tab names, document-property keys
// and developer-metadata tags. String constants only, so importing this file adds no code that runs.

/** Developer-metadata key on every tab the add-in made; its value is the tab's kind (below). */
export const GENERATED_TAG = 'ita-sheets:generated';

/** Kinds of generated tab, the value under GENERATED_TAG. */
export const GENERATED_KINDS = { itaScore: 'ita-score', findings: 'findings' } as const;

/** The kind of a report generated from a template tab: one report tab per template. */
export const REPORT_KIND_PREFIX = 'report:';

/**
 * The kind of the tabs of a per-record set (one tab per record of a table, a `{{#record}}`
 * template): every tab of the set is tagged `report-set:<template>` under GENERATED_TAG.
 */
export const REPORT_SET_KIND_PREFIX = 'report-set:';

/** Developer-metadata key on each tab of a set: `<set id>:<position>` (the record's place, from 1). */
export const SET_RECORD_TAG = 'ita-sheets:set-record';

/** Developer-metadata key on the built-in template tabs the add-in inserted (value: the template's name). */
export const TEMPLATE_TAG = 'ita-sheets:template';
export type GeneratedKind = (typeof GENERATED_KINDS)[keyof typeof GENERATED_KINDS];

/** Default names of the tabs the add-in writes (a user's tab of that name gets "name (2)" instead). */
export const TAB_NAMES = { itaScore: 'ผลคะแนน ITA', findings: 'ผลการตรวจสอบ' } as const;

/** The tab a user keeps to override the ITA framework of a year (weights, bands, pass mark). */
export const CONFIG_TAB = 'ITA_CONFIG';

/** Document properties the add-in reads. */
export const PROPERTY_KEYS = {
  /** The default assessment year (BE), e.g. "2566"; the CLI's `score --year` sets it. */
  year: 'ita-sheets.year',
  /** The document's fiscal year (BE), e.g. "2566", for measures tables whose title names none. */
  fiscalYear: 'ita-sheets.fiscal-year',
  /**
   * The backgrounds and notes of the cells validation marked, kept to restore them: the number of
   * chunks under this key, the chunks under `${marks}.0`, `${marks}.1`, … (a value holds 9 KB at most).
   */
  marks: 'ita-sheets.marks',
  /**
   * A per-record set left half-made by the time limit, as JSON: the template, the set id, the next
   * record to make and how many there are. The next "Generate report" on that template resumes it.
   */
  reportSet: 'ita-sheets.report-set',
  /** The findings tab of the last validation, `{"id":…,"name":…}`: found again by id in one call. */
  findingsTab: 'ita-sheets.findings-tab',
} as const;
