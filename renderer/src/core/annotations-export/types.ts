// The table list and row types live with the storage schema (db/tables.ts, zod only): the
// exporters and the gateways both derive from that one list.
export { ANNOTATION_TABLES, emptyData, type AnnotationData } from '../../db/tables';

/** What the exporter knows of catalogue items, for readable labels. */
export interface TargetInfo {
  title: string;
  sourceLabel: string;
}
