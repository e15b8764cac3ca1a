// What other features may use of annotations. The views themselves are loaded by the router.
export { AnnotatableSection, type AnnotatableSectionProps } from './AnnotatableSection';
export { EntryAnnotationsPanel } from './EntryAnnotationsPanel';
export { useEntryHighlights, type EntryHighlights, type SectionHighlights } from './useEntryHighlights';
export { useAutoBackup } from './useAutoBackup';
export { StorageStatus } from './StorageStatus';
export { useUserSearchDocuments, type UserSearchDocument } from './useUserSearchDocuments';
export { MarkdownBody } from './MarkdownBody';
export { useMarkdown } from './useMarkdown';
