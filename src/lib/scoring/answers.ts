/** Answers as item id -> rating (an integer on the instrument's scale). */
export type Answers = Readonly<Record<string, number>>;

/** What can be wrong with one answer, or with the answers as a whole (`item: "*"`). */
export type AnswerProblemCode = 'unknown_item' | 'missing' | 'not_integer' | 'out_of_range' | 'wrong_type';

export interface AnswerProblem {
  /** The item id, or `*` when the answers as a whole are wrong. */
  item: string;
  problem: AnswerProblemCode;
}
