import type { DependencePattern } from '../../lib/scoring/index.ts';

/**
 * Everything the dependence check shows, already in the reader's language. Built on the server
 * (`buildDependenceCheckText`) and handed to the island, so the browser never loads the dictionaries.
 */
export interface DependenceCheckText {
  title: string;
  intro: string;
  stem: string;
  scaleLabels: string[];
  items: { id: string; text: string }[];
  dimensions: { dependence: string; independence: string };
  submit: string;
  privacy: string;
  missingTitle: string;
  /** Template with {count} and {total}. */
  missingCount: string;
  resultTitle: string;
  /** Template with {score} and {max}. */
  scoreValue: string;
  caveat: string;
  continueLabel: string;
  continueNote: string;
  change: string;
  map: {
    title: string;
    /** Template with {dep}, {ind} and {pattern}. */
    desc: string;
    xAxis: string;
    yAxis: string;
    you: string;
    regions: Record<DependencePattern, string>;
  };
  patterns: Record<DependencePattern, { leaning: string; clear: string; body: string }>;
}
