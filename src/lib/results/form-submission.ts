import type { Instrument } from '../schemas/instrument.ts';

/**
 * Turns the plain test form (posted without JavaScript) into the body `POST /api/v1/results` takes, so
 * both paths go through the same checks. Fields: `safety.<id>`, one per item id, `research=yes`.
 */
export function formToSubmission(form: FormData, instrument: Instrument, lang: string): Record<string, unknown> {
  const answers: Record<string, number> = {};
  for (const item of instrument.items) {
    const raw = form.get(item.id);
    if (typeof raw === 'string' && /^\d{1,2}$/.test(raw)) answers[item.id] = Number(raw);
  }
  const safety: Record<string, string> = {};
  for (const q of instrument.safety) {
    const raw = form.get(`safety.${q.id}`);
    if (typeof raw === 'string') safety[q.id] = raw;
  }
  return { instrument: instrument.id, lang, safety, answers, research: form.get('research') === 'yes' };
}
