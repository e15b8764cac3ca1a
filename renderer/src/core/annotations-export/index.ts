export * from './types';
export * from './webAnnotation';
export * from './merge';
export * from './markdown';
export * from './iri';
export * from './code-points';
export * from './documents';
