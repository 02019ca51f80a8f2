export * from './localized.ts';
export * from './category.ts';
export * from './article.ts';
export * from './page.ts';
export * from './instrument.ts';
export * from './api.ts';
export * from './practice.ts';
export * from './result.ts';
