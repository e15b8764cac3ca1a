// Live views of the annotation tables, from their gateways: every component reading through
// these re-renders the moment any view writes.

export { useAllTags, useColors } from '../../db/annotations';
export { useCollections } from '../../db/collections';

export { useStorageAction } from '../../services/useStorageAction';
