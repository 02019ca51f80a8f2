/**
 * Scores the dependence check in the browser (progressive enhancement of DependenceCheckForm.astro).
 * Uses the same engine and the same result markup as the server; sends nothing anywhere. Answers are
 * kept in sessionStorage until the tab is closed, so a reload does not lose them.
 */
import type { DependenceCheckText } from '../components/assessment/dependence-check-text.ts';
import { dependenceResultHtml } from '../components/assessment/dependence-result-html.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { assess, encodeCarriedAnswers, validateAnswers, type ScoringInstrument } from '../lib/scoring/index.ts';

interface CheckData {
  instrument: ScoringInstrument;
  text: DependenceCheckText;
  testHref: string;
  idPrefix: string;
}

function readAnswers(form: HTMLFormElement): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'))
    answers[input.name] = Number(input.value);
  return answers;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // Blocked storage: the check still works, it just forgets on reload.
  }
}

function showMissing(box: HTMLElement, data: CheckData, missing: string[]): void {
  box.replaceChildren();
  const title = document.createElement('p');
  title.className = 'dc-errors-title';
  title.textContent = data.text.missingTitle;
  const count = document.createElement('p');
  count.textContent = interpolate(data.text.missingCount, { count: missing.length, total: data.text.items.length });
  const list = document.createElement('ul');
  for (const id of missing) {
    const link = document.createElement('a');
    link.href = `#${data.idPrefix}-${id}-1`;
    link.textContent = data.text.items.find((i) => i.id === id)?.text ?? id;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById(`${data.idPrefix}-${id}-1`)?.focus();
    });
    const li = document.createElement('li');
    li.append(link);
    list.append(li);
  }
  box.append(title, count, list);
  box.hidden = false;
  box.focus();
}

function enhance(section: HTMLElement): void {
  const dataEl = section.querySelector('[data-dc-data]');
  const form = section.querySelector('form');
  const errors = section.querySelector<HTMLElement>('[data-dc-errors]');
  const result = section.querySelector<HTMLElement>('[data-dc-result]');
  const after = section.querySelector<HTMLElement>('[data-dc-after]');
  const continueLink = section.querySelector<HTMLAnchorElement>('[data-dc-continue]');
  if (!dataEl?.textContent || !form || !errors || !result || !after || !continueLink) return;
  const data = JSON.parse(dataEl.textContent) as CheckData;
  const key = `rcw:check:${data.instrument.id}`;
  form.noValidate = true;

  const saved = storage()?.getItem(key);
  if (saved && Object.keys(readAnswers(form)).length === 0) {
    const answers = JSON.parse(saved) as Record<string, number>;
    for (const [item, value] of Object.entries(answers)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(item)}"][value="${Number(value)}"]`);
      if (input) input.checked = true;
    }
  }

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    input.closest('fieldset')?.removeAttribute('data-missing');
    storage()?.setItem(key, JSON.stringify(readAnswers(form)));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = readAnswers(form);
    const problems = validateAnswers(data.instrument, answers);
    const missing = problems.filter((p) => p.problem === 'missing').map((p) => p.item);
    for (const fieldset of form.querySelectorAll<HTMLElement>('fieldset[data-item]')) {
      fieldset.toggleAttribute('data-missing', missing.includes(fieldset.dataset['item'] ?? ''));
    }
    const assessment = problems.length === 0 ? assess(data.instrument, answers) : undefined;
    if (!assessment?.pattern) {
      result.hidden = true;
      after.hidden = true;
      showMissing(errors, data, missing);
      return;
    }
    errors.hidden = true;
    errors.replaceChildren();
    result.innerHTML = dependenceResultHtml({
      dependence: assessment.scores['dependence-comfort'] ?? 1,
      independence: assessment.scores['independence-comfort'] ?? 1,
      pattern: assessment.pattern,
      text: data.text,
      headingLevel: 5,
      idPrefix: data.idPrefix,
    });
    result.hidden = false;
    continueLink.href = `${data.testHref}#carry=${encodeCarriedAnswers(answers)}`;
    after.hidden = false;
    const heading = result.querySelector<HTMLElement>('[tabindex="-1"]');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  });

  section.querySelector('[data-dc-change]')?.addEventListener('click', () => {
    form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });
}

/** Enhances every dependence check below `root`. */
export function enhanceDependenceChecks(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-dependence-check]')) enhance(section);
}
