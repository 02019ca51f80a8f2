/** The pure playbook: profile (+ context) -> practices and the action report. No I/O, no clock, no randomness. */
export {
  choosePractices,
  fitScore,
  FIT_POINTS,
  PLAYBOOK_MIN,
  PLAYBOOK_SIZE,
  type PracticeRule,
} from './choose-practices.ts';
export {
  buildActionReport,
  reactionOf,
  WEEK_FOCUSES,
  type ActionReport,
  type Reaction,
  type ReportContext,
  type WeekFocus,
} from './action-report.ts';
